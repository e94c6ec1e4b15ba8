package org.alongside.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.audit.AuditTrail;
import org.alongside.audit.AuditVerification;
import org.alongside.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the audit chain over the API. Administrators only. */
@RestController
class AuditApi {

    private final AuditTrail trail;
    private final AuditLog log;

    AuditApi(AuditTrail trail, AuditLog log) {
        this.trail = trail;
        this.log = log;
    }

    @Operation(summary = "Walk the audit hash chain; names the first broken record")
    @GetMapping("/api/v1/audit/verify")
    AuditVerification verify(@AuthenticationPrincipal CurrentUser user) {
        AuditVerification result = VerifyAndRecord.run(trail, log, user);
        return result;
    }

    /** Seal what is waiting, verify, and record that a verification ran and how it ended. */
    static final class VerifyAndRecord {
        private VerifyAndRecord() {
        }

        static AuditVerification run(AuditTrail trail, AuditLog log, CurrentUser user) {
            trail.sealNow();
            AuditVerification result = trail.verify();
            log.record(AuditEvent.of(user.id(), "audit.verify", "audit", null)
                    .withOutcome(result.valid() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE)
                    .withDetail("checked=" + result.checked() + (result.valid() ? "" : " firstBroken=" + result.firstBrokenId())));
            return result;
        }
    }
}
