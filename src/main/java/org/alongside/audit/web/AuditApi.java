package org.alongside.audit.web;

import io.swagger.v3.oas.annotations.Operation;
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

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "Walk the audit hash chain; names the first broken record")
    @GetMapping("/api/v1/audit/verify")
    AuditVerification verify(@AuthenticationPrincipal CurrentUser user) {
        return trail.verifyAndRecord(user.id());
    }
}
