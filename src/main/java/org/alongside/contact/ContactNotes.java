package org.alongside.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.contact.ContactNoteView.Status;
import org.alongside.contact.domain.ContactNoteStore;
import org.alongside.participant.ParticipantAccess;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.shared.ConflictException;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.staff.StaffDirectory;
import org.alongside.staff.StaffSummary;
import org.alongside.staff.SupervisionManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer contact notes: drafts saved as the worker types, signing by the author (the note then
 * locks and its billing units are counted), and addenda afterwards. Every call checks access to
 * the person first and is audited.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class ContactNotes {

    private static final String WHAT = "This contact note";
    public static final int MAX_LIST = 200;

    private final ContactNoteStore store;
    private final ParticipantAccess access;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final RecoveryPlanManagement plans;
    private final LanguageGuide guide;
    private final SupervisionManagement supervision;
    private final Clock clock = Clock.systemDefaultZone();

    ContactNotes(ContactNoteStore store, ParticipantAccess access, AuditLog audit, StaffDirectory staff,
            RecoveryPlanManagement plans, LanguageGuide guide, SupervisionManagement supervision) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.staff = staff;
        this.plans = plans;
        this.guide = guide;
        this.supervision = supervision;
    }

    public ContactNoteView startDraft(CurrentUser actor, UUID participantId, NoteContent content) {
        access.require(actor, participantId, "contact.draft");
        checkDraft(participantId, content);
        UUID id = UUID.randomUUID();
        store.insertDraft(id, participantId, actor.id(), content, Instant.now(clock));
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.draft", participantId).withDetail("note=" + id));
        return load(participantId, id);
    }

    public ContactNoteView saveDraft(CurrentUser actor, UUID participantId, UUID noteId, NoteContent content,
            long expectedVersion) {
        access.require(actor, participantId, "contact.draft");
        ContactNoteView note = ownDraft(actor, participantId, noteId);
        checkDraft(participantId, content);
        if (note.version() != expectedVersion || !store.updateDraft(noteId, content, expectedVersion, Instant.now(clock))) {
            throw new StaleVersionException(WHAT, note(participantId, noteId).version());
        }
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.draft", participantId).withDetail("note=" + noteId));
        return load(participantId, noteId);
    }

    /** The author signs: the note locks, their name and credential are kept, and its units are counted. */
    public ContactNoteView sign(CurrentUser actor, UUID participantId, UUID noteId, long expectedVersion) {
        access.require(actor, participantId, "contact.sign");
        ContactNoteView note = ownDraft(actor, participantId, noteId);
        note.content().checkComplete(LocalDate.now(clock));
        BillingUnitRule rule = store.rule(note.content().mode() == ContactMode.GROUP);
        int units = rule.unitsFor(note.content().minutes(),
                store.unitsBilled(participantId, note.content().contactDate(), rule.code()));
        StaffDirectory.Signature author = staff.signature(actor.id()).orElseThrow(() -> new NotFoundException("Your account"));
        if (note.version() != expectedVersion
                || !store.sign(noteId, expectedVersion, Instant.now(clock), author.displayName(), author.credential(),
                        rule.code(), units, author.requiresCosign() ? Status.PENDING_COSIGN : Status.SIGNED)) {
            throw new StaleVersionException(WHAT, note(participantId, noteId).version());
        }
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.sign", participantId)
                .withDetail("note=" + noteId + " units=" + units));
        return load(participantId, noteId);
    }

    /** Who was at a signed group session, and what the group did. */
    public record GroupContact(UUID sessionId, List<UUID> attendees, LocalDate date, java.time.LocalTime start,
            java.time.LocalTime end, String place, String groupNote) {
    }

    /**
     * Signing a group session writes one signed group contact per attendee, its units counted by
     * the group rule within each person's daily cap. Runs inside the session's own transaction,
     * so the session and its contacts are signed together or not at all.
     */
    public int recordGroupContacts(CurrentUser actor, GroupContact group) {
        StaffDirectory.Signature author = staff.signature(actor.id()).orElseThrow(() -> new NotFoundException("Your account"));
        BillingUnitRule rule = store.rule(true);
        NoteContent content = new NoteContent(group.date(), group.start(), group.end(), null, ContactMode.GROUP,
                group.place(), java.util.Set.of(Activity.LEADING_GROUP), null, null, group.groupNote(), null, null, null);
        Status status = author.requiresCosign() ? Status.PENDING_COSIGN : Status.SIGNED;
        Instant now = Instant.now(clock);
        int total = 0;
        for (UUID participantId : group.attendees()) {
            int units = rule.unitsFor(content.minutes(), store.unitsBilled(participantId, group.date(), rule.code()));
            UUID id = UUID.randomUUID();
            store.insertSigned(id, participantId, actor.id(), content, now, author.displayName(), author.credential(),
                    rule.code(), units, status, group.sessionId());
            audit.record(AuditEvent.onParticipant(actor.id(), "contact.group", participantId)
                    .withDetail("note=" + id + " session=" + group.sessionId() + " units=" + units));
            total += units;
        }
        return total;
    }

    /**
     * A finished note written and signed in one request (a phone that writes the whole note at
     * once, or an import): the same checks as a draft that is then signed, in one transaction.
     */
    public ContactNoteView writeSigned(CurrentUser actor, UUID participantId, NoteContent content) {
        BillingUnitRule rule = store.rule(content.mode() == ContactMode.GROUP);
        var signing = store.signing(actor, participantId, content.contactDate(), rule.code())
                .orElseThrow(() -> new NotFoundException("Your account"));
        if (!signing.visible()) {
            access.refuse(actor, participantId, "contact.sign");
        }
        content.checkComplete(LocalDate.now(clock));
        if (!plans.goalsBelongTo(participantId, content.goalIds())) {
            throw new InvalidInputException("goalIds", "Link goals from this person's own plan");
        }
        int units = rule.unitsFor(content.minutes(), signing.billed());
        Status status = signing.requiresCosign() ? Status.PENDING_COSIGN : Status.SIGNED;
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        store.insertSigned(id, participantId, actor.id(), content, now, signing.authorName(), signing.credential(),
                rule.code(), units, status, null);
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.sign", participantId)
                .withDetail("note=" + id + " units=" + units));
        return new ContactNoteView(id, participantId, actor.id(), status, content, content.minutes(), now,
                signing.authorName(), signing.credential(), rule.code(), units, List.of(), 0, null, Map.of())
                .withLanguageGuide(guide.checkAll(workerText(content)));
    }

    /** The author's supervisor co-signs a waiting note; it is then signed and final. */
    public ContactNoteView cosign(CurrentUser actor, UUID participantId, UUID noteId) {
        access.require(actor, participantId, "contact.cosign");
        ContactNoteView note = waitingForMe(actor, participantId, noteId);
        String name = staff.find(actor.id()).map(StaffSummary::displayName).orElse("Unknown");
        if (!store.cosign(note.id(), actor.id(), name, Instant.now(clock))) {
            throw new StaleVersionException(WHAT, note(participantId, noteId).version());
        }
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.cosign", participantId).withDetail("note=" + noteId));
        return load(participantId, noteId);
    }

    /** The supervisor returns a waiting note with a comment the author sees; the author corrects and signs again. */
    public ContactNoteView returnToAuthor(CurrentUser actor, UUID participantId, UUID noteId, String comment) {
        access.require(actor, participantId, "contact.return");
        ContactNoteView note = waitingForMe(actor, participantId, noteId);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "Say what the author should look at again");
        }
        if (comment.length() > 2000) {
            throw new InvalidInputException("comment", "Use at most 2000 characters");
        }
        if (!store.returnToAuthor(note.id(), actor.id(), comment.trim(), Instant.now(clock))) {
            throw new StaleVersionException(WHAT, note(participantId, noteId).version());
        }
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.return", participantId).withDetail("note=" + noteId));
        return load(participantId, noteId);
    }

    /** Notes waiting for the signed-in supervisor's co-sign. */
    public List<ContactNoteView> reviewQueue(CurrentUser actor) {
        List<ContactNoteView> waiting = store.waitingFor(actor);
        audit.record(AuditEvent.of(actor.id(), "contact.review-queue", "contact-note", null)
                .withDetail("results=" + waiting.size()));
        return waiting;
    }

    private ContactNoteView waitingForMe(CurrentUser actor, UUID participantId, UUID noteId) {
        ContactNoteView note = note(participantId, noteId);
        if (note.authorId().equals(actor.id())) {
            throw new ConflictException("You cannot co-sign or return your own note");
        }
        if (note.status() != Status.PENDING_COSIGN) {
            throw new ConflictException("This note is not waiting for a co-sign");
        }
        boolean supervises = supervision.supervisorsOf(note.authorId()).stream()
                .anyMatch(link -> link.supervisorId().equals(actor.id()));
        if (!supervises) {
            throw new ConflictException("Only a supervisor of the author co-signs or returns this note");
        }
        return note;
    }

    /** After signing, a note changes only by addendum, shown with the original. */
    public ContactNoteView addAddendum(CurrentUser actor, UUID participantId, UUID noteId, String text) {
        access.require(actor, participantId, "contact.addendum");
        ContactNoteView note = note(participantId, noteId);
        if (note.status() != Status.SIGNED) {
            throw new ConflictException("Addenda are for signed notes; a draft can still be edited");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Write the addendum");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("text", "Use at most 4000 characters");
        }
        String name = staff.find(actor.id()).map(StaffSummary::displayName).orElse("Unknown");
        store.addAddendum(noteId, actor.id(), name, text, Instant.now(clock));
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.addendum", participantId).withDetail("note=" + noteId));
        return load(participantId, noteId);
    }

    public ContactNoteView get(CurrentUser actor, UUID participantId, UUID noteId) {
        access.require(actor, participantId, "contact.view");
        ContactNoteView note = load(participantId, noteId);
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.view", participantId).withDetail("note=" + noteId));
        return note;
    }

    /** The person's latest notes, newest first: at most {@code limit} (1 to 200). */
    public List<ContactNoteView> list(CurrentUser actor, UUID participantId, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException("limit", "Ask for 1 to " + MAX_LIST + " notes");
        }
        List<ContactNoteView> notes = store.list(actor, participantId, limit).orElse(null);
        if (notes == null) {
            access.refuse(actor, participantId, "contact.list");
        }
        audit.record(AuditEvent.onParticipant(actor.id(), "contact.list", participantId));
        return notes;
    }

    private ContactNoteView ownDraft(CurrentUser actor, UUID participantId, UUID noteId) {
        ContactNoteView note = note(participantId, noteId);
        if (note.status() == Status.SIGNED) {
            throw new ConflictException("This note is signed. It changes only by addendum.");
        }
        if (note.status() == Status.PENDING_COSIGN) {
            throw new ConflictException("This note is waiting for a supervisor's co-sign");
        }
        if (!note.authorId().equals(actor.id())) {
            throw new ConflictException("Only the author edits or signs a draft note");
        }
        return note;
    }

    private void checkDraft(UUID participantId, NoteContent content) {
        content.checkDraft(LocalDate.now(clock));
        if (!plans.goalsBelongTo(participantId, content.goalIds())) {
            throw new InvalidInputException("goalIds", "Link goals from this person's own plan");
        }
    }

    private ContactNoteView note(UUID participantId, UUID noteId) {
        return store.find(participantId, noteId).orElseThrow(() -> new NotFoundException(WHAT));
    }

    /**
     * The note as answered, with the language guide's suggestions for what the worker wrote. The
     * person's own words are theirs, kept as said, and are not checked.
     */
    private ContactNoteView load(UUID participantId, UUID noteId) {
        ContactNoteView note = note(participantId, noteId);
        return note.withLanguageGuide(guide.checkAll(workerText(note.content())));
    }

    private static Map<String, String> workerText(NoteContent content) {
        Map<String, String> workerText = new java.util.LinkedHashMap<>();
        workerText.put("narrative", content.narrative());
        workerText.put("nextSteps", content.nextSteps());
        workerText.put("place", content.place());
        return workerText;
    }
}
