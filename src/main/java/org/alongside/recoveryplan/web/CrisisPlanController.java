package org.alongside.recoveryplan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.recoveryplan.CrisisPlanManagement;
import org.alongside.recoveryplan.domain.CrisisPlanDocument;
import org.alongside.recoveryplan.domain.CrisisPlanDocument.Contact;
import org.alongside.shared.Blank;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The crisis plan: a read view first (what was written, contacts as call buttons), and its edit form. */
@Controller
class CrisisPlanController {

    static final int CONTACT_ROWS = 3;

    private final CrisisPlanManagement plans;
    private final Texts texts;

    CrisisPlanController(CrisisPlanManagement plans, Texts texts) {
        this.texts = texts;
        this.plans = plans;
    }

    /** The plan as written, readable at a glance on a phone; editing is a step of its own. */
    @GetMapping("/people/{id}/crisis-plan")
    String read(StaffMember user, @PathVariable UUID id, Model model) {
        var page = plans.page(user, id);
        model.addAttribute("view", page.content());
        model.addAttribute("person", page.person());
        return "recoveryplan/crisis-plan";
    }

    @GetMapping("/people/{id}/crisis-plan/edit")
    String page(StaffMember user, @PathVariable UUID id, Model model) {
        var page = plans.page(user, id);
        var view = page.content();
        // after a refused save the form shows what was typed, not the stored plan: nothing typed is lost
        CrisisPlanDocument shown =
                model.getAttribute("typed") instanceof CrisisPlanDocument typed ? typed : view.plan();
        model.addAttribute("view", view);
        model.addAttribute("shown", shown);
        model.addAttribute("person", page.person());
        model.addAttribute("people", padded(shown.people()));
        model.addAttribute("professionals", padded(shown.professionals()));
        return "recoveryplan/crisis-plan-edit";
    }

    @PostMapping("/people/{id}/crisis-plan")
    String revise(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        CrisisPlanDocument typed = new CrisisPlanDocument(
                form.get("whenWell"),
                form.get("triggers"),
                form.get("earlyWarningSigns"),
                form.get("whatHelps"),
                form.get("whatOthersCanDo"),
                form.get("whatToAvoid"),
                contacts(form, "people"),
                contacts(form, "professionals"),
                form.get("placesICanGo"),
                List.of());
        model.addAttribute("typed", typed);
        return save(
                user,
                id,
                model,
                redirect,
                texts.of("flash.crisisSaved"),
                () -> plans.revise(user, id, typed, version(form)));
    }

    @PostMapping("/people/{id}/crisis-plan/notes")
    String note(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(
                user,
                id,
                model,
                redirect,
                texts.of("flash.noteSaved"),
                () -> plans.addNoteAfterCrisis(user, id, null, text, version));
    }

    private String save(
            StaffMember user, UUID id, Model model, RedirectAttributes redirect, String message, Runnable change) {
        return Forms.submit(
                model,
                () -> {
                    change.run();
                    redirect.addFlashAttribute("saved", message);
                    return "redirect:/people/" + id + "/crisis-plan";
                },
                () -> page(user, id, model));
    }

    private static List<Contact> contacts(Map<String, String> form, String prefix) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < CONTACT_ROWS; i++) {
            String name = form.getOrDefault(prefix + "[" + i + "].name", "");
            String phone = form.getOrDefault(prefix + "[" + i + "].phone", "");
            String role = form.getOrDefault(prefix + "[" + i + "].role", "");
            if (!name.isBlank() || !phone.isBlank() || !role.isBlank()) {
                contacts.add(new Contact(name.trim(), phone.trim(), Blank.toNull(role)));
            }
        }
        return contacts;
    }

    private static List<Contact> padded(List<Contact> contacts) {
        List<Contact> rows = new ArrayList<>(contacts);
        while (rows.size() < CONTACT_ROWS) {
            rows.add(new Contact("", "", ""));
        }
        return rows;
    }

    private static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
