package org.alongside.participant.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A period during which one peer worker was the person's primary worker. */
@Table("caseload_assignment")
public record CaseloadAssignment(UUID workerId, Instant assignedAt, UUID assignedBy, Instant endedAt, String reason) {

    CaseloadAssignment end(Instant at) {
        return new CaseloadAssignment(workerId, assignedAt, assignedBy, at, reason);
    }
}
