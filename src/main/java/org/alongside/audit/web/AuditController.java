package org.alongside.audit.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.audit.AuditTrail;
import org.alongside.audit.AuditTrail.Entry;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators: filter, page through, and verify the chain. */
@Controller
class AuditController {

    private static final int PAGE = 100;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String browse(
            @RequestParam(defaultValue = "") String participant,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) Long before,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        String notAnId = "Paste an id like 3f2c…-…; names are not searched here";
        AuditTrail.Filter filter = new AuditTrail.Filter(
                FormValues.uuid(participant, "participant", notAnId, errors),
                FormValues.uuid(actor, "actor", notAnId, errors),
                action,
                FormValues.date(from, "from", errors),
                FormValues.date(to, "to", errors));
        List<Entry> entries = errors.isEmpty() ? trail.find(filter, before, PAGE, ZoneId.systemDefault()) : List.of();
        model.addAttribute("entries", entries);
        model.addAttribute("errors", errors);
        model.addAttribute("actions", trail.actions());
        model.addAttribute("participant", participant);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute(
                "nextBefore",
                entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
        return "audit/trail";
    }

    @PostMapping("/admin/audit/verify")
    String verify(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("result", trail.verifyAndRecord(user.id()));
        return "audit/trail :: verification";
    }
}
