package org.alongside.workforce.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.workforce.Credentials;
import org.alongside.workforce.Profiles;
import org.alongside.workforce.ProofFiles;
import org.alongside.workforce.RuleSetCatalog;
import org.alongside.workforce.Trainings;
import org.alongside.workforce.WorkforceDashboard;
import org.alongside.workforce.domain.LivedExperience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workforce pages: the dashboard for supervisors and administrators, a staff member's own page
 * (profile, credentials with what each still needs, trainings), and the forms that record a
 * credential, a renewal and a training with its proof.
 */
@Controller
class WorkforceController {

    private final WorkforceDashboard dashboard;
    private final Profiles profiles;
    private final Credentials credentials;
    private final Trainings trainings;
    private final ProofFiles proofs;
    private final RuleSetCatalog catalog;
    private final Texts texts;
    private final Clock clock;

    WorkforceController(
            WorkforceDashboard dashboard,
            Profiles profiles,
            Credentials credentials,
            Trainings trainings,
            ProofFiles proofs,
            RuleSetCatalog catalog,
            Texts texts,
            Clock clock) {
        this.dashboard = dashboard;
        this.profiles = profiles;
        this.credentials = credentials;
        this.trainings = trainings;
        this.proofs = proofs;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/workforce")
    String dashboard(StaffMember user, Model model) {
        if (!(user.isAdmin() || user.isSupervisor())) {
            return "redirect:/workforce/staff/" + user.id();
        }
        model.addAttribute("view", dashboard.of(user));
        model.addAttribute("buckets", WorkforceDashboard.Bucket.values());
        model.addAttribute("me", user.id());
        return "workforce/dashboard";
    }

    @GetMapping("/workforce/staff/{staffId}")
    String staff(StaffMember user, @PathVariable UUID staffId, Model model) {
        model.addAttribute("profile", profiles.get(user, staffId));
        model.addAttribute("titles", profiles.titles());
        model.addAttribute("held", credentials.of(user, staffId));
        model.addAttribute("trainings", trainings.of(user, staffId));
        Forms.errorsIfNone(model);
        return "workforce/staff";
    }

    /** Withdraws a training logged by mistake; refused, the page again with the message beside that training's reason. */
    @PostMapping("/workforce/staff/{staffId}/trainings/{trainingId}/withdraw")
    String withdrawTraining(
            StaffMember user,
            @PathVariable UUID staffId,
            @PathVariable UUID trainingId,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    trainings.withdraw(user, staffId, trainingId, reason);
                    redirect.addFlashAttribute("saved", texts.of("workforce.flash.trainingWithdrawn"));
                    return "redirect:/workforce/staff/" + staffId + "#trainings-heading";
                },
                () -> {
                    model.addAttribute("withdrawing", trainingId);
                    return staff(user, staffId, model);
                });
    }

    @GetMapping("/workforce/staff/{staffId}/profile")
    String profileForm(StaffMember user, @PathVariable UUID staffId, Model model) {
        model.addAttribute("profile", profiles.get(user, staffId));
        model.addAttribute("titles", profiles.titles());
        model.addAttribute("livedChoices", LivedExperience.values());
        model.addAttribute("employments", Profiles.Employment.values());
        Forms.errorsIfNone(model);
        return "workforce/profile";
    }

    @PostMapping("/workforce/staff/{staffId}/profile")
    String profile(
            StaffMember user,
            @PathVariable UUID staffId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    Profiles.Employment employment = FormValues.choice(
                            Profiles.Employment.class, form.getFirst("employment"), "employment", errors);
                    BigDecimal hours = CredentialPages.decimal(form.getFirst("hoursPerWeek"), "hoursPerWeek", errors);
                    List<LivedExperience> lived = form.containsKey("livedShown")
                            ? form.getOrDefault("livedExperience", List.of()).stream()
                                    .map(v -> FormValues.choice(LivedExperience.class, v, "livedExperience", errors))
                                    .toList()
                            : null;
                    Forms.refuseIfAny(errors);
                    profiles.change(
                            user,
                            staffId,
                            new Profiles.ProfileChange(
                                    form.getFirst("titleCode"),
                                    employment,
                                    form.getFirst("languages") == null
                                            ? List.of()
                                            : List.of(form.getFirst("languages").split(",")),
                                    hours,
                                    lived,
                                    version(form.getFirst("version"))));
                    redirect.addFlashAttribute("saved", texts.of("workforce.flash.profile"));
                    return "redirect:/workforce/staff/" + staffId;
                },
                () -> profileForm(user, staffId, model));
    }

    /** The version the form was drawn from; anything unreadable is 0, which a stored profile refuses as stale. */
    private static long version(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
