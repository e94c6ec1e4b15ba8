package org.alongside.audit.web;

import java.time.LocalDate;
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
import org.alongside.audit.BreachScope;
import org.alongside.shared.CsvCells;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final BreachScope breach;
    private final AuditScope scope;
    private final Texts texts;
    private final ActionVocabulary vocabulary;
    private final Map<Kind, AuditSubjects> subjects = new LinkedHashMap<>();

    AuditController(
            AuditTrail trail,
            BreachScope breach,
            AuditScope scope,
            List<AuditSubjects> subjects,
            Texts texts,
            ActionVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.trail = trail;
        this.breach = breach;
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
        boolean scoping = filter.actorId() != null && filter.participantId() == null && before == null;
        Found found = errors.isEmpty()
                ? scope.browse(
                        user,
                        filter.participantId(),
                        people -> new Found(
                                trail.find(filter, people, before, PAGE, ZoneId.systemDefault()),
                                scoping
                                        ? breach.openedBy(
                                                filter.actorId(),
                                                filter.from(),
                                                filter.to(),
                                                people,
                                                ZoneId.systemDefault())
                                        : List.of()))
                : new Found(List.of(), List.of());
        List<Entry> entries = found.entries();
        model.addAttribute("entries", entries);
        model.addAttribute("opened", found.opened());
        model.addAttribute("scoping", scoping && errors.isEmpty());
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

    /** A page of the trail and, when it is filtered by a staff member, everyone they opened in the period. */
    private record Found(List<Entry> entries, List<BreachScope.Opened> opened) {}

    /**
     * Everyone a staff member opened in a period, as CSV (each cell neutralised), for scoping a
     * possible breach; the download is itself recorded, as every browse of the trail is.
     */
    @GetMapping(value = "/admin/audit/opened.csv", produces = "text/csv")
    ResponseEntity<String> openedCsv(
            StaffMember user,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID actorId = FormValues.uuid(actor, "staff", "Choose from the names offered", errors);
        if (actorId == null && !errors.containsKey("staff")) {
            errors.put("staff", "Choose from the names offered");
        }
        LocalDate first = FormValues.date(from, "from", errors);
        LocalDate last = FormValues.date(to, "to", errors);
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.parseMediaType("text/plain; charset=UTF-8"))
                    .body(String.join(
                            "\n", errors.values().stream().map(texts::said).toList()));
        }
        List<BreachScope.Opened> opened = scope.browse(
                user, null, people -> breach.openedBy(actorId, first, last, people, ZoneId.systemDefault()));
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(
                    texts.of("audit.opened.col.person"),
                    texts.of("audit.opened.col.id"),
                    texts.of("audit.opened.col.times"),
                    texts.of("audit.opened.col.first"),
                    texts.of("audit.opened.col.last"),
                    texts.of("audit.opened.col.actions"));
            for (BreachScope.Opened o : opened) {
                printer.printRecord(
                        CsvCells.neutralise(o.name()),
                        o.participantId(),
                        o.times(),
                        o.first(),
                        o.last(),
                        CsvCells.neutralise(String.join(" ", o.actions())));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"opened-by-" + actorId + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(csv.toString());
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
