package org.alongside.participant;

import java.util.UUID;

/** One line of a caseload or search result. */
public record ParticipantRow(
        UUID id,
        String preferredName,
        String pronouns,
        String programName,
        EnrolmentStatus status,
        UUID primaryWorkerId,
        String primaryWorkerName,
        boolean active) {}
