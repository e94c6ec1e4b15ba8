package org.alongside.contact;

import java.time.LocalDate;
import java.util.UUID;

/** Three check-in calls in a row did not reach the person: their worker and supervisor should know. */
public record CallsUnanswered(UUID participantId, UUID calledBy, LocalDate on) {}
