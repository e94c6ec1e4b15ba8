package org.alongside.participant;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's enrolment in a program ended (for example, a closeout measure becomes due). Ids and
 * the date only: the reason is the person's story and stays in their record.
 */
public record ParticipantDischarged(UUID participantId, UUID programId, LocalDate endedOn) {}
