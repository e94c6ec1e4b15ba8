package org.alongside.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant's record as the people allowed to see it are shown it. */
public record ParticipantView(
        UUID id,
        ParticipantDetails details,
        UUID primaryWorkerId,
        String primaryWorkerName,
        List<EnrolmentView> enrolments,
        List<AssignmentView> assignments,
        boolean active,
        String deactivatedReason,
        long version) {

    public record EnrolmentView(
            UUID programId,
            String programName,
            String referralSource,
            LocalDate startDate,
            EnrolmentStatus status,
            String dischargeReason,
            LocalDate endedOn) {}

    public record AssignmentView(
            UUID workerId, String workerName, Instant assignedAt, Instant endedAt, String reason) {}

    public EnrolmentView currentEnrolment() {
        return enrolments.isEmpty() ? null : enrolments.get(enrolments.size() - 1);
    }
}
