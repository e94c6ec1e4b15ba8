package org.alongside.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.contact.BillingExport;
import org.alongside.contact.LanguageGuide;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.staff.ProgramManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for the language guide's word list (administrators) and the billable-contacts export. */
@Controller
class ContactAdminController {

    private final Clock clock;

    private final LanguageGuide guide;
    private final BillingExport export;
    private final ProgramManagement programs;
    private final Texts texts;

    ContactAdminController(
            LanguageGuide guide, BillingExport export, ProgramManagement programs, Texts texts, Clock clock) {
        this.clock = clock;
        this.texts = texts;
        this.guide = guide;
        this.export = export;
        this.programs = programs;
    }

    @GetMapping("/admin/language")
    String words(Model model) {
        model.addAttribute("terms", guide.terms());
        return "contact/language";
    }

    @PostMapping("/admin/language")
    String add(
            StaffMember user,
            @RequestParam(defaultValue = "") String term,
            @RequestParam(defaultValue = "") String suggestion,
            @RequestParam(defaultValue = "en") String language,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    LanguageGuide.Term added = guide.add(user, term, suggestion, language);
                    redirect.addFlashAttribute("saved", texts.of("guide.saved", added.term()));
                    return "redirect:/admin/language";
                },
                () -> {
                    model.addAttribute("term", term);
                    model.addAttribute("suggestion", suggestion);
                    model.addAttribute("language", language);
                    return words(model);
                });
    }

    @GetMapping("/billing")
    String billing(StaffMember user, Model model) {
        model.addAttribute("programs", programs.names(programs.programsOf(user.id())));
        if (!model.containsAttribute("typed")) {
            LocalDate lastMonth = LocalDate.now(clock).withDayOfMonth(1).minusMonths(1);
            model.addAttribute(
                    "typed",
                    Map.of(
                            "from",
                            lastMonth.toString(),
                            "to",
                            lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()).toString()));
        }
        return "contact/billing";
    }

    /** The CSV download; bad dates or a program the user is not in come back to the form. */
    @GetMapping("/billing/contacts.csv")
    Object csv(
            StaffMember user,
            @RequestParam(required = false) String programId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    UUID program = FormValues.uuid(programId, "programId", "Choose one of your programs", errors);
                    LocalDate first = FormValues.date(from, "from", errors);
                    LocalDate last = FormValues.date(to, "to", errors);
                    Forms.refuseIfAny(errors);
                    try {
                        return BillingExportApi.attachment(export.csv(user, program, first, last), first, last);
                    } catch (NotFoundException e) {
                        throw new InvalidInputException("programId", "Choose one of your programs");
                    }
                },
                () -> billing(user, model));
    }
}
