package org.alongside.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.alongside.audit.ActionVocabulary;
import org.alongside.audit.AuditScope;
import org.alongside.audit.AuditTrail;
import org.alongside.audit.AuditVerification;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over the API, for administrators: its records, filtered as on the page and
 * scoped the same way (rows about a person only for people the administrator may see), and
 * verification of the chain.
 */
@RestController
class AuditApi {

    private final AuditTrail trail;
    private final AuditScope scope;
    private final ActionVocabulary vocabulary;

    AuditApi(AuditTrail trail, AuditScope scope, ActionVocabulary vocabulary) {
        this.trail = trail;
        this.scope = scope;
        this.vocabulary = vocabulary;
    }

    @Operation(
            summary = "Audit records, newest first; a person this administrator may not see (or no such person)"
                    + " gives an empty list; an action code no module declares is a 400")
    @GetMapping("/api/v1/audit/events")
    List<AuditTrail.Entry> events(
            StaffMember user,
            @RequestParam(required = false) UUID participant,
            @RequestParam(required = false) UUID actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "Ask for 1 to 500 records");
        }
        AuditTrail.Filter filter =
                new AuditTrail.Filter(participant, actor, vocabulary.checkFilter("action", action), from, to);
        return scope.browse(
                user, participant, people -> trail.find(filter, people, before, limit, ZoneId.systemDefault()));
    }

    @Operation(summary = "Walk the audit hash chain; names the first broken record")
    @GetMapping("/api/v1/audit/verify")
    AuditVerification verify(@AuthenticationPrincipal CurrentUser user) {
        return trail.verifyAndRecord(user.id());
    }
}
