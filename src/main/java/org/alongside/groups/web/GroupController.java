package org.alongside.groups.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.groups.AttendanceManagement;
import org.alongside.groups.GroupManagement;
import org.alongside.groups.GroupType;
import org.alongside.groups.GroupView;
import org.alongside.groups.SessionView;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recovery-group pages: the groups, a group with its roster and sessions, and taking attendance on a phone. */
@Controller
class GroupController {

    private final Clock clock;

    private final GroupManagement groups;
    private final AttendanceManagement attendance;
    private final ProgramManagement programs;
    private final StaffDirectory staff;
    private final Texts texts;

    GroupController(
            GroupManagement groups,
            AttendanceManagement attendance,
            ProgramManagement programs,
            StaffDirectory staff,
            Texts texts,
            Clock clock) {
        this.clock = clock;
        this.texts = texts;
        this.groups = groups;
        this.attendance = attendance;
        this.programs = programs;
        this.staff = staff;
    }

    @GetMapping("/groups")
    String list(StaffMember user, Model model) {
        List<UUID> mine = programs.programsOf(user.id());
        model.addAttribute("groups", groups.list(user));
        model.addAttribute("programs", programs.names(mine));
        model.addAttribute("types", GroupType.values());
        Map<UUID, String> facilitators = new LinkedHashMap<>();
        staff.find(user.id()).ifPresent(me -> facilitators.put(me.id(), me.displayName() + " (you)"));
        staff.peerWorkersIn(mine).forEach(s -> facilitators.putIfAbsent(s.id(), s.displayName()));
        model.addAttribute("facilitators", facilitators);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new LinkedMultiValueMap<String, String>());
        }
        return "groups/list";
    }

    @PostMapping("/groups")
    String create(
            StaffMember user,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<UUID> facilitators = form.getOrDefault("facilitatorIds", List.of()).stream()
                .map(v -> FormValues.uuid(v, "facilitatorIds", "Choose from the list", errors))
                .toList();
        GroupManagement.NewGroup command = new GroupManagement.NewGroup(
                FormValues.uuid(form.getFirst("programId"), "programId", "Choose one of your programs", errors),
                form.getFirst("name"),
                FormValues.choice(GroupType.class, form.getFirst("type"), "type", errors),
                form.getFirst("schedule"),
                FormValues.integer(form.getFirst("capacity"), "capacity", errors),
                facilitators);
        model.addAttribute("typed", form);
        return Forms.submit(
                model,
                () -> {
                    Forms.refuseIfAny(errors);
                    GroupView group = groups.create(user, command);
                    redirect.addFlashAttribute("saved", texts.of("flash.groupSetUp"));
                    return "redirect:/groups/" + group.id();
                },
                () -> list(user, model));
    }

    @GetMapping("/groups/{groupId}")
    String group(StaffMember user, @PathVariable UUID groupId, Model model) {
        model.addAttribute("group", attendance.get(user, groupId));
        model.addAttribute("candidates", attendance.candidates(user, groupId));
        model.addAttribute("today", LocalDate.now(clock));
        return "groups/group";
    }

    @PostMapping("/groups/{groupId}/roster")
    String addToRoster(
            StaffMember user,
            @PathVariable UUID groupId,
            @RequestParam(defaultValue = "") String participantId,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    attendance.addToRoster(user, groupId, person(participantId, "participantId"));
                    redirect.addFlashAttribute("saved", texts.of("flash.addedToRoster"));
                    return "redirect:/groups/" + groupId;
                },
                () -> group(user, groupId, model));
    }

    @PostMapping("/groups/{groupId}/sessions")
    String startSession(
            StaffMember user,
            @PathVariable UUID groupId,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        GroupManagement.NewSession command = new GroupManagement.NewSession(
                FormValues.date(form.get("date"), "date", errors),
                FormValues.time(form.get("start"), "start", errors),
                FormValues.time(form.get("end"), "end", errors),
                form.get("topic"));
        return Forms.submit(
                model,
                () -> {
                    Forms.refuseIfAny(errors);
                    SessionView session = groups.startSession(user, groupId, command);
                    return "redirect:/groups/" + groupId + "/sessions/" + session.id();
                },
                () -> group(user, groupId, model));
    }

    @GetMapping("/groups/{groupId}/sessions/{sessionId}")
    String session(StaffMember user, @PathVariable UUID groupId, @PathVariable UUID sessionId, Model model) {
        GroupView group = attendance.get(user, groupId);
        SessionView session = attendance.getSession(user, groupId, sessionId);
        Set<UUID> onRoster = new LinkedHashSet<>();
        group.roster().forEach(p -> onRoster.add(p.id()));
        model.addAttribute("group", group);
        model.addAttribute("groupSession", session);
        model.addAttribute(
                "present",
                session.attendance().stream()
                        .map(SessionView.Attendee::participantId)
                        .toList());
        model.addAttribute(
                "walkIns",
                attendance.candidates(user, groupId).stream()
                        .filter(p -> !onRoster.contains(p.id()))
                        .toList());
        return "groups/session";
    }

    @PostMapping("/groups/{groupId}/sessions/{sessionId}/attendance")
    String attendance(
            StaffMember user,
            @PathVariable UUID groupId,
            @PathVariable UUID sessionId,
            @RequestParam(name = "participantIds", required = false) List<String> present,
            Model model,
            RedirectAttributes redirect) {
        return act(
                user,
                groupId,
                sessionId,
                model,
                redirect,
                texts.of("flash.attendanceSaved"),
                () -> attendance.takeAttendance(user, groupId, sessionId, ids(present)));
    }

    private static Set<UUID> ids(List<String> values) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            ids.add(person(value, "participantIds"));
        }
        return ids;
    }

    @PostMapping("/groups/{groupId}/sessions/{sessionId}/walk-ins")
    String walkIn(
            StaffMember user,
            @PathVariable UUID groupId,
            @PathVariable UUID sessionId,
            @RequestParam(defaultValue = "") String participantId,
            Model model,
            RedirectAttributes redirect) {
        return act(
                user,
                groupId,
                sessionId,
                model,
                redirect,
                texts.of("flash.walkInAdded"),
                () -> attendance.markPresent(user, groupId, sessionId, person(participantId, "participantId")));
    }

    @PostMapping("/groups/{groupId}/sessions/{sessionId}/sign")
    String sign(
            StaffMember user,
            @PathVariable UUID groupId,
            @PathVariable UUID sessionId,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean signNow,
            @RequestParam(defaultValue = "false") boolean withAttendance,
            @RequestParam(name = "participantIds", required = false) List<String> present,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typedNote", note);
        if (withAttendance) {
            model.addAttribute("typedPresent", present == null ? List.of() : present);
        }
        return act(
                user,
                groupId,
                sessionId,
                model,
                redirect,
                signNow
                        ? texts.of("flash.sessionSigned")
                        : (withAttendance
                                ? texts.of("flash.attendanceAndNoteSaved")
                                : texts.of("flash.groupNoteSaved")),
                () -> attendance.saveSession(
                        user,
                        groupId,
                        sessionId,
                        new AttendanceManagement.SessionSave(
                                note,
                                FormValues.requiredVersion(version, "session"),
                                withAttendance ? ids(present) : null,
                                signNow)));
    }

    private String act(
            StaffMember user,
            UUID groupId,
            UUID sessionId,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable action) {
        return Forms.submit(
                model,
                () -> {
                    action.run();
                    redirect.addFlashAttribute("saved", done);
                    return "redirect:/groups/" + groupId + "/sessions/" + sessionId;
                },
                () -> session(user, groupId, sessionId, model));
    }

    private static UUID person(String value, String field) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID id = FormValues.uuid(value, field, "Choose a person from the list", errors);
        if (id == null) {
            throw new InvalidInputException(field, "Choose a person from the list");
        }
        return id;
    }
}
