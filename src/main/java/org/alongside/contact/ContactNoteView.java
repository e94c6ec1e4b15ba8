package org.alongside.contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contact note as shown: its content, whether it is signed (and as whom), its units, and its addenda. */
public record ContactNoteView(UUID id, UUID participantId, UUID authorId, Status status, NoteContent content,
        Integer minutes, Instant signedAt, String signedName, String signedCredential, String billingCode,
        Integer units, List<Addendum> addenda, long version, Cosign cosign,
        Map<String, List<LanguageGuide.Suggestion>> languageGuide) {

    /** A draft; signed by its author and waiting for a co-sign; returned to the author; or signed and final. */
    public enum Status { DRAFT, PENDING_COSIGN, RETURNED, SIGNED }

    /** The supervisor's co-sign, or the comment a returned note came back with. */
    public record Cosign(String cosignedName, Instant cosignedAt, String returnedComment, Instant returnedAt) {
    }

    /** The same note with the language guide's suggestions for the worker's own fields. */
    public ContactNoteView withLanguageGuide(Map<String, List<LanguageGuide.Suggestion>> suggestions) {
        return new ContactNoteView(id, participantId, authorId, status, content, minutes, signedAt, signedName,
                signedCredential, billingCode, units, addenda, version, cosign, suggestions);
    }

    public record Addendum(UUID id, String authorName, String text, Instant createdAt) {
    }
}
