package org.alongside.participant.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.alongside.participant.EnrolmentStatus;
import org.springframework.data.relational.core.mapping.Table;

/** One episode of a person's enrolment in a program. */
@Table("enrolment")
public record Enrolment(
        UUID programId,
        String referralSource,
        LocalDate startDate,
        EnrolmentStatus status,
        String dischargeReason,
        LocalDate endedOn) {

    Enrolment withStatus(EnrolmentStatus newStatus, String reason, LocalDate on) {
        boolean ends = newStatus == EnrolmentStatus.DISCHARGED;
        return new Enrolment(programId, referralSource, startDate, newStatus, ends ? reason : null, ends ? on : null);
    }
}
