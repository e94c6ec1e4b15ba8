package org.alongside.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact note as shown: its content, whether it is signed (and as whom), its units, and its addenda. */
public record ContactNoteView(UUID id, UUID participantId, UUID authorId, Status status, NoteContent content,
        Integer minutes, Instant signedAt, String signedName, String signedCredential, String billingCode,
        Integer units, List<Addendum> addenda, long version) {

    public enum Status { DRAFT, SIGNED }

    public record Addendum(UUID id, String authorName, String text, Instant createdAt) {
    }
}
