package org.alongside.contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contact note as shown: its content, whether it is signed (and as whom), its units, and its addenda. */
public record ContactNoteView(UUID id, UUID participantId, UUID authorId, Status status, NoteContent content,
        Integer minutes, Instant signedAt, String signedName, String signedCredential, String billingCode,
        Integer units, List<Addendum> addenda, long version,
        Map<String, List<LanguageGuide.Suggestion>> languageGuide) {

    public enum Status { DRAFT, SIGNED }

    /** The same note with the language guide's suggestions for the worker's own fields. */
    public ContactNoteView withLanguageGuide(Map<String, List<LanguageGuide.Suggestion>> suggestions) {
        return new ContactNoteView(id, participantId, authorId, status, content, minutes, signedAt, signedName,
                signedCredential, billingCode, units, addenda, version, suggestions);
    }

    public record Addendum(UUID id, String authorName, String text, Instant createdAt) {
    }
}
