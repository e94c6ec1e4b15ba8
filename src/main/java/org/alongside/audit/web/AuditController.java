package org.alongside.audit.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.ActionVocabulary;
import org.alongside.audit.AuditScope;
import org.alongside.audit.AuditSubjects;
import org.alongside.audit.AuditSubjects.Kind;
import org.alongside.audit.AuditSubjects.Named;
import org.alongside.audit.AuditTrail;
import org.alongside.audit.AuditTrail.Entry;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Texts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: filter by a person's or a staff member's name (typed, with
 * choices offered as they type), by action and by dates; page through; and verify the chain.
 */
@Controller
class AuditController {

    private static final int PAGE = 50;

    private final AuditTrail trail;
    private final AuditScope scope;
    private final Texts texts;
    private final ActionVocabulary vocabulary;
    private final Map<Kind, AuditSubjects> subjects = new LinkedHashMap<>();

    AuditController(
            AuditTrail trail,
            AuditScope scope,
            List<AuditSubjects> subjects,
            Texts texts,
            ActionVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.trail = trail;
        this.scope = scope;
        this.texts = texts;
        subjects.forEach(source -> this.subjects.put(source.kind(), source));
    }

    @GetMapping("/admin/audit")
    String browse(
            StaffMember user,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String participant,
            @RequestParam(defaultValue = "") String staff,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) Long before,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        String notAnId = "Choose from the names offered";
        UUID participantId = FormValues.uuid(participant, "person", notAnId, errors);
        UUID actorId = FormValues.uuid(actor, "staff", notAnId, errors);
        if (participantId == null && !person.isBlank() && !errors.containsKey("person")) {
            participantId = resolve(user, Kind.PERSON, person, "person", model, errors);
        }
        if (actorId == null && !staff.isBlank() && !errors.containsKey("staff")) {
            actorId = resolve(user, Kind.STAFF, staff, "staff", model, errors);
        }
        AuditTrail.Filter filter = new AuditTrail.Filter(
                participantId,
                actorId,
                knownAction(action, errors),
                FormValues.date(from, "from", errors),
                FormValues.date(to, "to", errors));
        List<Entry> entries = errors.isEmpty()
                ? scope.browse(
                        user,
                        filter.participantId(),
                        people -> trail.find(filter, people, before, PAGE, ZoneId.systemDefault()))
                : List.of();
        model.addAttribute("entries", entries);
        model.addAttribute("errors", errors);
        model.addAttribute("actions", vocabulary.codes());
        model.addAttribute("person", person);
        model.addAttribute("participant", participantId == null ? "" : participantId.toString());
        model.addAttribute("staff", staff);
        model.addAttribute("actor", actorId == null ? "" : actorId.toString());
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute(
                "nextBefore",
                entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
        return "audit/trail";
    }

    /** The chosen action, or none with the problem beside the field when no module declares it. */
    private String knownAction(String action, Map<String, String> errors) {
        try {
            return vocabulary.checkFilter("action", action);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
            return null;
        }
    }

    /** The choices for a name as it is typed: a list of radio rows, swapped in by htmx. */
    @GetMapping("/admin/audit/choices")
    String choices(
            StaffMember user,
            @RequestParam(defaultValue = "person") String kind,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String staff,
            Model model) {
        Kind which = "staff".equals(kind) ? Kind.STAFF : Kind.PERSON;
        String q = which == Kind.STAFF ? staff : person;
        String field = which == Kind.STAFF ? "staff" : "person";
        model.addAttribute("field", field);
        model.addAttribute("choices", q.trim().length() < 2 || q.length() > 100 ? List.of() : named(user, which, q));
        return "audit/trail :: choices";
    }

    /** One match is used; several are offered to choose from; none is said beside the field. */
    private UUID resolve(
            StaffMember user, Kind kind, String name, String field, Model model, Map<String, String> errors) {
        if (name.length() > 100) {
            errors.put(field, "Type at most 100 characters of the name");
            return null;
        }
        List<Named> found = named(user, kind, name);
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            errors.put(field, texts.of("audit.nobodyCalled", name.trim()));
        } else {
            errors.put(field, "Several match: choose one");
            model.addAttribute(field + "Choices", found);
        }
        return null;
    }

    private List<Named> named(StaffMember user, Kind kind, String query) {
        AuditSubjects source = subjects.get(kind);
        return source == null ? List.of() : source.named(user, query.trim());
    }

    @PostMapping("/admin/audit/verify")
    String verify(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("result", trail.verifyAndRecord(user.id()));
        return "audit/trail :: verification";
    }
}
