package org.alongside.contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.contact.domain.ContactNote;
import org.alongside.contact.domain.ContactNote.Status;

/** A contact note as shown: its content, whether it is signed (and as whom), its units, and its addenda. */
public record ContactNoteView(
        UUID id,
        UUID participantId,
        UUID authorId,
        Status status,
        NoteContent content,
        Integer minutes,
        Instant signedAt,
        String signedName,
        String signedCredential,
        String billingCode,
        Integer units,
        List<Addendum> addenda,
        long version,
        Cosign cosign,
        Map<String, List<LanguageGuide.Suggestion>> languageGuide) {

    /** A note as shown, from the note itself and its addenda. */
    public static ContactNoteView of(ContactNote note, List<Addendum> addenda) {
        ContactNote.Signature signed = note.signature();
        ContactNote.Review review = note.review();
        return new ContactNoteView(
                note.id(),
                note.participantId(),
                note.authorId(),
                note.status(),
                note.content(),
                note.content().minutes(),
                signed == null ? null : signed.at(),
                signed == null ? null : signed.name(),
                signed == null ? null : signed.credential(),
                signed == null ? null : signed.billingCode(),
                signed == null ? null : signed.units(),
                addenda,
                note.version(),
                review == null
                        ? null
                        : new Cosign(
                                review.cosignedName(),
                                review.cosignedAt(),
                                review.returnedComment(),
                                review.returnedAt()),
                Map.of());
    }

    /** Signed by an author who needs a co-sign, and not co-signed yet. */
    public boolean waitingForCosign() {
        return status == Status.PENDING_COSIGN;
    }

    /** Whether the author can still edit it (a draft, or returned for changes). */
    public boolean editable() {
        return status.editable();
    }

    /** The supervisor's co-sign, or the comment a returned note came back with. */
    public record Cosign(String cosignedName, Instant cosignedAt, String returnedComment, Instant returnedAt) {}

    /** The same note with the language guide's suggestions for the worker's own fields. */
    public ContactNoteView withLanguageGuide(Map<String, List<LanguageGuide.Suggestion>> suggestions) {
        return new ContactNoteView(
                id,
                participantId,
                authorId,
                status,
                content,
                minutes,
                signedAt,
                signedName,
                signedCredential,
                billingCode,
                units,
                addenda,
                version,
                cosign,
                suggestions);
    }

    public record Addendum(UUID id, String authorName, String text, Instant createdAt) {}
}
