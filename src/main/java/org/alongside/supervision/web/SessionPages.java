package org.alongside.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.staff.StaffDirectory;
import org.alongside.staff.StaffSummary;
import org.alongside.supervision.Supervisees;
import org.alongside.supervision.SupervisionSessions;
import org.alongside.supervision.domain.Competency;
import org.alongside.supervision.domain.PeerValue;
import org.alongside.supervision.domain.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision pages: a supervisor's supervisees with when each was last supervised, the form
 * that records a session (tags, what was said, actions agreed and those carried in), a session as
 * the viewer may read it with the supervisee's reflection, and a worker's own sessions with who
 * can read them.
 */
@Controller
class SessionPages {

    private final SupervisionSessions sessions;
    private final Supervisees supervisees;
    private final StaffDirectory directory;
    private final Texts texts;
    private final Clock clock;

    SessionPages(
            SupervisionSessions sessions, Supervisees supervisees, StaffDirectory directory, Texts texts, Clock clock) {
        this.sessions = sessions;
        this.supervisees = supervisees;
        this.directory = directory;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String home(StaffMember user, Model model) {
        if (!user.isSupervisor()) {
            return "redirect:/supervision/staff/" + user.id();
        }
        model.addAttribute("supervisees", supervisees.of(user));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("me", user.id());
        model.addAttribute(
                "peerExperience",
                directory.find(user.id()).map(StaffSummary::peerExperience).orElse(false));
        return "supervision/home";
    }

    /** The guide to the peer role and its values in supervision, for every supervisor, offered first to those without peer experience. */
    @GetMapping("/supervision/guide")
    String guide(Model model) {
        model.addAttribute("values", PeerValue.values());
        return "supervision/guide";
    }

    @GetMapping("/supervision/staff/{staffId}")
    String staff(StaffMember user, @PathVariable UUID staffId, Model model) {
        List<SupervisionSessions.SessionView> list = sessions.of(user, staffId);
        model.addAttribute("sessions", list);
        model.addAttribute("staffId", staffId);
        model.addAttribute("self", staffId.equals(user.id()));
        model.addAttribute("name", directory.names(List.of(staffId)).get(staffId));
        model.addAttribute(
                "names",
                names(list.stream()
                        .map(SupervisionSessions.SessionView::session)
                        .toList()));
        model.addAttribute("administratorsRead", sessions.administratorsReadContent());
        return "supervision/staff";
    }

    @GetMapping("/supervision/sessions/new")
    String form(StaffMember user, @RequestParam(name = "with", required = false) List<UUID> with, Model model) {
        List<UUID> chosen = with == null ? List.of() : with;
        model.addAttribute("supervisees", supervisees.of(user));
        model.addAttribute("chosen", chosen);
        model.addAttribute("open", sessions.openActions(user, chosen));
        model.addAttribute("values", PeerValue.values());
        model.addAttribute("competencies", Competency.values());
        model.addAttribute("formats", Session.Format.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("me", user.id());
        Forms.errorsIfNone(model);
        return "supervision/form";
    }

    @PostMapping("/supervision/sessions")
    String record(
            StaffMember user,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        List<UUID> chosen = ids(form.get("supervisees"));
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    LocalDate on = FormValues.date(form.getFirst("heldOn"), "heldOn", errors);
                    Integer minutes = FormValues.integer(form.getFirst("minutes"), "minutes", errors);
                    Session.Format format =
                            FormValues.choice(Session.Format.class, form.getFirst("format"), "format", errors);
                    List<SupervisionSessions.NewAction> actions = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        actions.add(new SupervisionSessions.NewAction(
                                form.getFirst("action" + i),
                                FormValues.uuid(form.getFirst("owner" + i), "actions", "Choose who does it", errors),
                                FormValues.date(form.getFirst("due" + i), "actions", errors)));
                    }
                    Forms.refuseIfAny(errors);
                    SupervisionSessions.SessionView saved = sessions.record(
                            user,
                            new SupervisionSessions.NewSession(
                                    chosen,
                                    on,
                                    minutes,
                                    format,
                                    choices(PeerValue.class, form.get("values")),
                                    choices(Competency.class, form.get("competencies")),
                                    form.getFirst("strengths"),
                                    form.getFirst("growthAreas"),
                                    actions,
                                    ids(form.get("done"))));
                    redirect.addFlashAttribute("saved", texts.of("supervision.flash.recorded"));
                    return "redirect:/supervision/sessions/" + saved.session().id();
                },
                () -> form(user, chosen, model));
    }

    @GetMapping("/supervision/sessions/{id}")
    String session(StaffMember user, @PathVariable UUID id, Model model) {
        SupervisionSessions.SessionView view = sessions.read(user, id);
        model.addAttribute("view", view);
        model.addAttribute("names", names(List.of(view.session())));
        Forms.errorsIfNone(model);
        return "supervision/session";
    }

    @PostMapping("/supervision/sessions/{id}/reflections")
    String reflect(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(required = false) String words,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    sessions.reflect(user, id, words);
                    redirect.addFlashAttribute("saved", texts.of("supervision.flash.reflected"));
                    return "redirect:/supervision/sessions/" + id + "#reflections-heading";
                },
                () -> session(user, id, model));
    }

    private Map<UUID, String> names(List<Session> list) {
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        list.forEach(s -> {
            ids.addAll(s.supervisors());
            ids.addAll(s.supervisees());
        });
        return directory.names(ids);
    }

    private static List<UUID> ids(List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                // a value that is no id names no one: the rules answer "choose who was supervised"
            }
        }
        return ids;
    }

    private static <E extends Enum<E>> List<E> choices(Class<E> type, List<String> values) {
        List<E> chosen = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                // a tag the form never offered is left out
            }
        }
        return chosen;
    }
}
