package org.alongside.participant;

import java.time.LocalDate;
import java.util.UUID;

/** A person was enrolled in a program (for example, a baseline measure becomes due). Ids and dates only. */
public record ParticipantEnrolled(UUID participantId, UUID programId, UUID primaryWorkerId, LocalDate startDate) {}
