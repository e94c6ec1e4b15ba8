package org.alongside.contact;

import java.util.UUID;

/** A supervisor returned a note to its author with a comment: the author should know. Ids only. */
public record ContactNoteReturned(UUID noteId, UUID participantId, UUID authorId, UUID supervisorId) {}
