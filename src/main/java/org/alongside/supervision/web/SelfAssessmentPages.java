package org.alongside.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.supervision.SupervisorSelfAssessments;
import org.alongside.supervision.domain.SupervisorCompetency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A supervisor's self-assessment against the peer-supervision competencies: over time, and the form. */
@Controller
class SelfAssessmentPages {

    private final SupervisorSelfAssessments assessments;
    private final Texts texts;
    private final Clock clock;

    SelfAssessmentPages(SupervisorSelfAssessments assessments, Texts texts, Clock clock) {
        this.assessments = assessments;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/supervision/staff/{staffId}/self-assessment")
    String page(StaffMember user, @PathVariable UUID staffId, Model model) {
        model.addAttribute("assessments", assessments.of(user, staffId));
        model.addAttribute("competencies", SupervisorCompetency.values());
        model.addAttribute("own", staffId.equals(user.id()));
        model.addAttribute("staffId", staffId);
        model.addAttribute("today", LocalDate.now(clock));
        Forms.errorsIfNone(model);
        return "supervision/self-assessment";
    }

    @PostMapping("/supervision/self-assessment")
    String assess(
            StaffMember user,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    LocalDate on = FormValues.date(form.getFirst("assessedOn"), "assessedOn", errors);
                    Map<SupervisorCompetency, Integer> scores =
                            CompetencyPages.scores(SupervisorCompetency.class, form, errors);
                    Forms.refuseIfAny(errors);
                    assessments.assess(user, on, scores);
                    redirect.addFlashAttribute("saved", texts.of("competency.flash.saved"));
                    return "redirect:/supervision/staff/" + user.id() + "/self-assessment";
                },
                () -> page(user, user.id(), model));
    }
}
