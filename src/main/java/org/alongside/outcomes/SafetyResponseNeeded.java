package org.alongside.outcomes;

import java.util.UUID;

/** A safety item was answered above its lowest value: the person's supervisor is to be told now. */
public record SafetyResponseNeeded(UUID participantId, UUID responseId, UUID enteredBy) {}
