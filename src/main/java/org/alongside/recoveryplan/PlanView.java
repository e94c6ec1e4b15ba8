package org.alongside.recoveryplan;

import java.time.Instant;
import java.util.UUID;
import org.alongside.recoveryplan.domain.PlanDocument;

/**
 * A person's plan as shown: the plan itself, its version, who saved it last, and whether it changed
 * after the person agreed to it.
 */
public record PlanView(
        UUID participantId,
        PlanDocument plan,
        long version,
        Instant updatedAt,
        String updatedBy,
        boolean changedSinceAgreement,
        String agreementRecordedBy) {}
