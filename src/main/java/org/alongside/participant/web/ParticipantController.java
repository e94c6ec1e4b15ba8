package org.alongside.participant.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.participant.ContactKind;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantRow;
import org.alongside.participant.ParticipantView;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.staff.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My people", the participant profile and the participant form. */
@Controller
class ParticipantController {

    private final Clock clock;

    private final ParticipantManagement participants;
    private final StaffDirectory staff;
    private final Texts texts;

    ParticipantController(ParticipantManagement participants, StaffDirectory staff, Texts texts, Clock clock) {
        this.clock = clock;
        this.texts = texts;
        this.participants = participants;
        this.staff = staff;
    }

    @GetMapping("/people")
    String caseload(
            StaffMember user,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) String worker,
            @RequestParam(defaultValue = "false") boolean attention,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        boolean mineOnly = !"all".equals(scope) && q == null && worker == null;
        ParticipantManagement.CaseloadPage page;
        try {
            Map<String, String> errors = new java.util.HashMap<>();
            UUID whose = FormValues.uuid(worker, "worker", "Choose a peer worker from your team", errors);
            Forms.refuseIfAny(errors);
            page = participants.caseloadPage(user, q, mineOnly ? user.id() : whose, attention);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.fieldErrors());
            page = new ParticipantManagement.CaseloadPage(List.of(), Map.of());
        }
        List<ParticipantRow> people = page.people();
        model.addAttribute("people", people);
        model.addAttribute("reminders", page.reminders());
        model.addAttribute("truncated", people.size() >= ParticipantManagement.MAX_RESULTS);
        model.addAttribute("limit", ParticipantManagement.MAX_RESULTS);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("scope", mineOnly ? "mine" : "all");
        model.addAttribute("attention", attention);
        return htmx != null ? "participant/caseload :: results" : "participant/caseload";
    }

    @GetMapping("/people/new")
    String newForm(StaffMember user, Model model) {
        return form(user, ParticipantForm.empty(LocalDate.now(clock)), Map.of(), null, model);
    }

    @PostMapping("/people")
    String create(
            StaffMember user,
            @ModelAttribute ParticipantForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    ParticipantForm.rejectUnreadable(binding);
                    ParticipantView created = participants.enrol(user, form.toNewParticipant());
                    redirect.addFlashAttribute(
                            "saved",
                            texts.of("flash.personAdded", created.details().preferredName()));
                    return "redirect:/people/" + created.id();
                },
                () -> form(user, form, ParticipantForm.formErrors(Forms.errors(model), form), null, model));
    }

    /** The person's page: a summary first (contact, plans), one tap from writing a note. */
    @GetMapping("/people/{id}")
    String profile(StaffMember user, @PathVariable UUID id, Model model) {
        model.addAttribute("page", participants.page(user, id));
        return "participant/profile";
    }

    /** The administrative side of the record: details, enrolment status, transfers, making it inactive. */
    @GetMapping("/people/{id}/record")
    String record(StaffMember user, @PathVariable UUID id, Model model) {
        var page = participants.recordPage(user, id);
        ParticipantView person = page.person();
        model.addAttribute("person", person);
        model.addAttribute("disclosures", page.content());
        model.addAttribute("statuses", EnrolmentStatus.values());
        model.addAttribute("canTransfer", user.isAdmin() || user.isSupervisor());
        if (user.isAdmin() || user.isSupervisor()) {
            var enrolment = person.currentEnrolment();
            model.addAttribute(
                    "workers", enrolment == null ? List.of() : staff.peerWorkersIn(List.of(enrolment.programId())));
        }
        return "participant/record";
    }

    @GetMapping("/people/{id}/edit")
    String editForm(StaffMember user, @PathVariable UUID id, Model model) {
        ParticipantView person = participants.get(user, id);
        return form(user, ParticipantForm.of(person), Map.of(), person, model);
    }

    @PostMapping("/people/{id}/edit")
    String update(
            StaffMember user,
            @PathVariable UUID id,
            @ModelAttribute ParticipantForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    ParticipantForm.rejectUnreadable(binding);
                    participants.update(user, id, form.toDetails(), form.version() == null ? -1 : form.version());
                    redirect.addFlashAttribute("saved", texts.of("flash.changesSaved"));
                    return "redirect:/people/" + id;
                },
                () -> form(
                        user,
                        form,
                        ParticipantForm.formErrors(Forms.errors(model), form),
                        participants.get(user, id),
                        model));
    }

    @PostMapping("/people/{id}/transfer")
    String transfer(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String workerId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return change(
                user,
                id,
                model,
                redirect,
                texts.of("flash.transferSaved"),
                () -> participants.transfer(user, id, parseWorker(workerId), reason, version));
    }

    @PostMapping("/people/{id}/status")
    String status(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return change(
                user,
                id,
                model,
                redirect,
                texts.of("flash.statusSaved"),
                () -> participants.changeEnrolmentStatus(user, id, parseStatus(status), reason, version));
    }

    @PostMapping("/people/{id}/deactivate")
    String deactivate(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return change(
                user,
                id,
                model,
                redirect,
                texts.of("flash.inactive"),
                () -> participants.deactivate(user, id, reason, version));
    }

    private String change(
            StaffMember user, UUID id, Model model, RedirectAttributes redirect, String message, Runnable action) {
        return Forms.submit(
                model,
                () -> {
                    action.run();
                    redirect.addFlashAttribute("saved", message);
                    return "redirect:/people/" + id + "/record";
                },
                () -> record(user, id, model));
    }

    private String form(
            StaffMember user, ParticipantForm form, Map<String, String> errors, ParticipantView existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("person", existing);
        model.addAttribute("contactKinds", ContactKind.values());
        if (existing == null) {
            model.addAttribute("choices", participants.enrolmentChoices(user));
        }
        return "participant/form";
    }

    private static UUID parseWorker(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("workerId", "Choose the peer worker to transfer to");
        }
    }

    private static EnrolmentStatus parseStatus(String value) {
        try {
            return EnrolmentStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Choose active, paused or discharged");
        }
    }
}
