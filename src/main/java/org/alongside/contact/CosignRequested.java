package org.alongside.contact;

import java.util.UUID;

/** A signed note waits for a supervisor's co-sign: its author's supervisors should know. Ids only. */
public record CosignRequested(UUID noteId, UUID participantId, UUID authorId) {}
