package org.alongside.supervision.web;

import java.util.HashMap;
import java.util.Map;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.supervision.WellbeingCheckIns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker's own wellbeing check-in page: the form and their earlier check-ins, seen by no one else. */
@Controller
class WellbeingPages {

    private final WellbeingCheckIns checkIns;
    private final Texts texts;

    WellbeingPages(WellbeingCheckIns checkIns, Texts texts) {
        this.checkIns = checkIns;
        this.texts = texts;
    }

    @GetMapping("/supervision/wellbeing")
    String page(StaffMember user, Model model) {
        model.addAttribute("checkIns", checkIns.mine(user));
        model.addAttribute("workloads", WellbeingCheckIns.Workload.values());
        Forms.errorsIfNone(model);
        return "supervision/wellbeing";
    }

    @PostMapping("/supervision/wellbeing")
    String checkIn(
            StaffMember user,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    Integer doing = FormValues.integer(form.getFirst("doing"), "doing", errors);
                    WellbeingCheckIns.Workload workload = FormValues.choice(
                            WellbeingCheckIns.Workload.class, form.getFirst("workload"), "workload", errors);
                    Forms.refuseIfAny(errors);
                    checkIns.checkIn(
                            user, doing, workload, form.getFirst("words"), "true".equals(form.getFirst("wantsToTalk")));
                    redirect.addFlashAttribute("saved", texts.of("wellbeing.flash.saved"));
                    return "redirect:/supervision/wellbeing";
                },
                () -> page(user, model));
    }
}
