package org.alongside.contact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.contact.BillingUnitRule;
import org.alongside.contact.ContactNoteReturned;
import org.alongside.contact.ContactNoteSigned;
import org.alongside.contact.CosignRequested;
import org.alongside.contact.NoteContent;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.StaleVersionException;

/**
 * A peer contact note and its life cycle: a draft its author edits, signed by the author (then
 * final, or waiting for a supervisor's co-sign), co-signed or returned to the author by a
 * supervisor of the author. Every move is a named method that refuses what its rule does not
 * allow; the store only loads and saves.
 */
public final class ContactNote {

    static final String WHAT = "This contact note";

    /** A draft; signed by its author and waiting for a co-sign; returned to the author; or signed and final. */
    public enum Status {
        DRAFT,
        PENDING_COSIGN,
        RETURNED,
        SIGNED,
        /** A draft its author set aside: kept, with its audit trail, but in no list and no reminder. */
        DISCARDED;

        /** Only the author's unsigned versions change: a draft, or a note returned for changes. */
        public boolean editable() {
            return this == DRAFT || this == RETURNED;
        }
    }

    /** Who signs: the author's name and credential as they are at signing, and whether they need a co-sign. */
    public record Signer(UUID staffId, String name, String credential, boolean requiresCosign) {}

    /** Units already billed for the person on a day under a code (read under the (person, day) lock). */
    @FunctionalInterface
    public interface UnitsBilled {
        int on(LocalDate day, String code);
    }

    /** The signature as kept on the note. */
    public record Signature(Instant at, String name, String credential, String billingCode, int units) {}

    /** A supervisor's co-sign, and the last return with the comment the author saw (kept after a co-sign). */
    public record Review(
            UUID cosignedBy,
            String cosignedName,
            Instant cosignedAt,
            UUID returnedBy,
            String returnedComment,
            Instant returnedAt) {}

    private final UUID id;
    private final UUID participantId;
    private final UUID authorId;
    private final UUID groupSessionId;
    private final Instant createdAt;
    private Status status;
    private NoteContent content;
    private Signature signature;
    private Review review;
    private Instant updatedAt;
    private long version;
    private final List<Object> events = new ArrayList<>();

    ContactNote(
            UUID id,
            UUID participantId,
            UUID authorId,
            UUID groupSessionId,
            Instant createdAt,
            Status status,
            NoteContent content,
            Signature signature,
            Review review,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.participantId = participantId;
        this.authorId = authorId;
        this.groupSessionId = groupSessionId;
        this.createdAt = createdAt;
        this.status = status;
        this.content = content;
        this.signature = signature;
        this.review = review;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new draft; it may be unfinished, but nothing impossible is kept. */
    public static ContactNote draft(
            UUID id, UUID participantId, UUID authorId, NoteContent content, LocalDate today, Instant at) {
        content.checkDraft(today);
        return new ContactNote(id, participantId, authorId, null, at, Status.DRAFT, content, null, null, at, 0);
    }

    /** A note of a group session: written by the facilitator who signs the session, and signed with it. */
    public static ContactNote ofGroupSession(
            UUID id, UUID participantId, UUID sessionId, Signer signer, NoteContent content, Instant at) {
        return new ContactNote(
                id, participantId, signer.staffId(), sessionId, at, Status.DRAFT, content, null, null, at, 0);
    }

    public boolean editable() {
        return status.editable();
    }

    /** The author saves a new version of the draft, naming the version they read. */
    public void revise(UUID by, NoteContent newContent, long expectedVersion, LocalDate today, Instant at) {
        requireEditableBy(by);
        requireVersion(expectedVersion);
        newContent.checkDraft(today);
        content = newContent;
        touch(at);
    }

    /**
     * The author signs: the note must be complete; its units are counted by the payer rule within
     * what is left of the person's daily cap; it is final, or waits for a co-sign when the author
     * needs one. The one signing transition, whichever way a note comes to be signed.
     */
    public void sign(Signer signer, BillingUnitRule rule, UnitsBilled billed, LocalDate today, Instant at) {
        requireEditableBy(signer.staffId());
        content.checkComplete(today);
        int units = rule.unitsFor(content.minutes(), billed.on(content.contactDate(), rule.code()));
        signature = new Signature(at, signer.name(), signer.credential(), rule.code(), units);
        status = signer.requiresCosign() ? Status.PENDING_COSIGN : Status.SIGNED;
        touch(at);
        if (status == Status.PENDING_COSIGN) {
            events.add(new CosignRequested(id, participantId, authorId));
        }
        registerIfFinal();
    }

    /**
     * The author sets a draft aside (it was started by mistake, or for the wrong person). Nothing is
     * deleted: the note keeps its content and leaves every list and reminder.
     */
    public void discard(UUID by, long expectedVersion, Instant at) {
        requireEditableBy(by);
        if (status != Status.DRAFT) {
            throw new ConflictException("Only a draft can be discarded; a returned note waits for your changes");
        }
        requireVersion(expectedVersion);
        status = Status.DISCARDED;
        touch(at);
    }

    /** A supervisor of the author co-signs a waiting note; it is then signed and final. */
    public void cosign(UUID supervisorId, String supervisorName, boolean supervisesAuthor, Instant at) {
        requireReviewableBy(supervisorId, supervisesAuthor);
        review = review == null
                ? new Review(supervisorId, supervisorName, at, null, null, null)
                : new Review(
                        supervisorId,
                        supervisorName,
                        at,
                        review.returnedBy(),
                        review.returnedComment(),
                        review.returnedAt());
        status = Status.SIGNED;
        touch(at);
        registerIfFinal();
    }

    /** A supervisor of the author returns a waiting note with a comment; the author corrects and signs again. */
    public void returnToAuthor(UUID supervisorId, boolean supervisesAuthor, String comment, Instant at) {
        requireReviewableBy(supervisorId, supervisesAuthor);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "Say what the author should look at again");
        }
        if (comment.length() > 2000) {
            throw new InvalidInputException("comment", "Use at most 2000 characters");
        }
        review = new Review(null, null, null, supervisorId, comment.trim(), at);
        status = Status.RETURNED;
        touch(at);
        events.add(new ContactNoteReturned(id, participantId, authorId, supervisorId));
    }

    /** After signing a note changes only by addendum, kept beside the original. */
    public Addendum addAddendum(UUID by, String byName, String text, Instant at) {
        if (status != Status.SIGNED) {
            throw new ConflictException("Addenda are for signed notes; a draft can still be edited");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Write the addendum");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("text", "Use at most 4000 characters");
        }
        return new Addendum(UUID.randomUUID(), id, by, byName, text, at);
    }

    /** An addendum as written, for the store to append. */
    public record Addendum(UUID id, UUID noteId, UUID authorId, String authorName, String text, Instant createdAt) {}

    private void requireEditableBy(UUID by) {
        if (status == Status.DISCARDED) {
            throw new ConflictException("This draft was discarded");
        }
        if (status == Status.SIGNED) {
            throw new ConflictException("This note is signed. It changes only by addendum.");
        }
        if (status == Status.PENDING_COSIGN) {
            throw new ConflictException("This note is waiting for a supervisor's co-sign");
        }
        if (!authorId.equals(by)) {
            throw new ConflictException("Only the author edits or signs a draft note");
        }
    }

    private void requireReviewableBy(UUID supervisorId, boolean supervisesAuthor) {
        if (authorId.equals(supervisorId)) {
            throw new ConflictException("You cannot co-sign or return your own note");
        }
        if (status != Status.PENDING_COSIGN) {
            throw new ConflictException("This note is not waiting for a co-sign");
        }
        if (!supervisesAuthor) {
            throw new ConflictException("Only a supervisor of the author co-signs or returns this note");
        }
    }

    /** Refuses a change made from an older version than this one. */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new StaleVersionException(WHAT, version);
        }
    }

    private void registerIfFinal() {
        if (status == Status.SIGNED) {
            events.add(new ContactNoteSigned(
                    id, participantId, authorId, content.contactDate(), signature.billingCode(), signature.units()));
        }
    }

    /** What other modules react to since the note was loaded: the store's caller publishes them after saving. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    private void touch(Instant at) {
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public UUID authorId() {
        return authorId;
    }

    public UUID groupSessionId() {
        return groupSessionId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public NoteContent content() {
        return content;
    }

    public Signature signature() {
        return signature;
    }

    public Review review() {
        return review;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version as loaded; the store's save moves it on. */
    public long version() {
        return version;
    }

    void saved() {
        version++;
    }

    @Override
    public String toString() {
        return "ContactNote[" + id + " " + status + "]";
    }
}
