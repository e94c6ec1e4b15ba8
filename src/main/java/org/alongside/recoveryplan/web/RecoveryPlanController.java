package org.alongside.recoveryplan.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alongside.recoveryplan.AgreementKind;
import org.alongside.recoveryplan.GoalStatus;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.recoveryplan.domain.PlanChangedElsewhere;
import org.alongside.recoveryplan.domain.PlanDiff;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Dates;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recovery plan pages, written with the person on a phone or a desk. */
@Controller
class RecoveryPlanController {

    private final RecoveryPlanManagement plans;
    private final Texts texts;
    private final Dates dates;

    RecoveryPlanController(RecoveryPlanManagement plans, Texts texts, Dates dates) {
        this.dates = dates;
        this.texts = texts;
        this.plans = plans;
    }

    @GetMapping("/people/{id}/plan")
    String plan(StaffMember user, @PathVariable UUID id, Model model) {
        RecoveryPlanManagement.PlanPage page = plans.page(user, id);
        model.addAttribute("view", page.plan());
        model.addAttribute("person", page.person());
        model.addAttribute("dimensions", WellnessDimension.values());
        model.addAttribute("statuses", GoalStatus.values());
        model.addAttribute("agreementKinds", AgreementKind.values());
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("typed", model.getAttribute("typed") == null ? Map.of() : model.getAttribute("typed"));
        model.addAttribute("section", model.getAttribute("section") == null ? "" : model.getAttribute("section"));
        return "recoveryplan/plan";
    }

    @PostMapping("/people/{id}/plan")
    String describe(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String hopesAndDreams,
            @RequestParam(defaultValue = "") String strengths,
            @RequestParam(defaultValue = "") String reviewDate,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, "about", model, redirect, texts.of("flash.saved"), () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            var review = FormValues.date(reviewDate, "reviewDate", errors);
            Forms.refuseIfAny(errors);
            plans.describe(user, id, hopesAndDreams, strengths, review, version);
        });
    }

    @PostMapping("/people/{id}/plan/goals")
    String addGoal(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String words,
            @RequestParam(required = false) List<String> dimensions,
            @RequestParam(defaultValue = "") String targetDate,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        UUID goalId = UUID.randomUUID();
        String next = save(user, id, "goal-" + goalId, model, redirect, texts.of("flash.goalAdded"), () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            var target = FormValues.date(targetDate, "targetDate", errors);
            Set<WellnessDimension> chosen = dimensions(dimensions, errors);
            Forms.refuseIfAny(errors);
            plans.addGoal(user, id, goalId, words, chosen, target, version);
            redirect.addFlashAttribute("addedGoal", goalId.toString());
        });
        if (!next.startsWith("redirect:")) {
            // a refused new goal is shown beside the form it was typed in
            model.addAttribute("section", "new-goal");
        }
        return next;
    }

    @PostMapping("/people/{id}/plan/goals/{goalId}")
    String reviseGoal(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam(defaultValue = "") String words,
            @RequestParam(required = false) List<String> dimensions,
            @RequestParam(defaultValue = "") String targetDate,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, "goal-" + goalId, model, redirect, texts.of("flash.goalSaved"), () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            var target = FormValues.date(targetDate, "targetDate", errors);
            Set<WellnessDimension> chosen = dimensions(dimensions, errors);
            GoalStatus next = FormValues.choice(GoalStatus.class, status, "status", errors);
            Forms.refuseIfAny(errors);
            plans.reviseGoal(user, id, goalId, words, chosen, target, next, version);
        });
    }

    @PostMapping("/people/{id}/plan/goals/{goalId}/steps")
    String addStep(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String whoHelps,
            @RequestParam(defaultValue = "") String byWhen,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, "goal-" + goalId, model, redirect, texts.of("flash.stepAdded"), () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            var by = FormValues.date(byWhen, "byWhen", errors);
            Forms.refuseIfAny(errors);
            plans.addStep(user, id, goalId, UUID.randomUUID(), what, whoHelps, by, version);
        });
    }

    @PostMapping("/people/{id}/plan/goals/{goalId}/steps/{stepId}")
    String markStep(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @PathVariable UUID stepId,
            @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(
                user,
                id,
                "goal-" + goalId,
                model,
                redirect,
                done ? texts.of("flash.stepDone") : texts.of("flash.stepNotYet"),
                () -> plans.reviseStep(user, id, goalId, stepId, null, null, null, done, version));
    }

    @PostMapping("/people/{id}/plan/goals/{goalId}/progress")
    String progress(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String selfRating,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, "goal-" + goalId, model, redirect, texts.of("flash.progressNoted"), () -> {
            Integer rating = null;
            if (!selfRating.isBlank()) {
                try {
                    rating = Integer.valueOf(selfRating.trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("selfRating", "A self-rating is a whole number from 0 to 10");
                }
            }
            plans.addProgress(user, id, goalId, null, note, rating, version);
        });
    }

    @PostMapping("/people/{id}/plan/agreement")
    String agree(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String signedName,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, "agreement", model, redirect, texts.of("flash.agreementRecorded"), () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            AgreementKind chosen = FormValues.choice(AgreementKind.class, kind, "kind", errors);
            Forms.refuseIfAny(errors);
            plans.recordAgreement(user, id, chosen, signedName, version);
        });
    }

    @GetMapping("/people/{id}/plan/history")
    String history(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            Model model) {
        var page = plans.historyPage(user, id, from, to);
        var entries = page.content().entries();
        model.addAttribute("person", page.person());
        model.addAttribute("entries", entries);
        model.addAttribute(
                "said",
                entries.stream()
                        .collect(Collectors.toMap(
                                RecoveryPlanManagement.HistoryEntry::version,
                                e -> e.changes().stream().map(this::said).toList())));
        if (from != null && to != null) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute(
                    "changes", page.content().changes().stream().map(this::said).toList());
        }
        return "recoveryplan/history";
    }

    @GetMapping("/people/{id}/plan/versions/{number}")
    String atVersion(StaffMember user, @PathVariable UUID id, @PathVariable long number, Model model) {
        var page = plans.atVersionPage(user, id, number);
        model.addAttribute("person", page.person());
        model.addAttribute("plan", page.content());
        model.addAttribute("number", number);
        return "recoveryplan/version";
    }

    /** Runs a change; refused, the plan again with the messages beside the section's form (see {@link Forms}). */
    private String save(
            StaffMember user,
            UUID id,
            String section,
            Model model,
            RedirectAttributes redirect,
            String message,
            Runnable change) {
        return Forms.submit(
                model,
                () -> {
                    change.run();
                    redirect.addFlashAttribute("saved", message);
                    redirect.addFlashAttribute("savedSection", section);
                    return "redirect:/people/" + id + "/plan#" + section;
                },
                refusal -> {
                    model.addAttribute("section", section);
                    model.addAttribute(
                            "conflictChanges",
                            refusal instanceof PlanChangedElsewhere plan
                                    ? plan.planChanges().stream()
                                            .map(this::said)
                                            .toList()
                                    : List.of());
                    return plan(user, id, model);
                });
    }

    private static Set<WellnessDimension> dimensions(List<String> names, Map<String, String> errors) {
        Set<WellnessDimension> chosen = EnumSet.noneOf(WellnessDimension.class);
        for (String name : names == null ? List.<String>of() : names) {
            WellnessDimension dimension = FormValues.choice(WellnessDimension.class, name, "dimensions", errors);
            if (dimension != null) {
                chosen.add(dimension);
            }
        }
        return chosen;
    }

    /** A change in the reader's language: dates as they write them, a goal's state and the kind of agreement in words. */
    private String said(PlanDiff.Change change) {
        return texts.of(change.key(), change.args().stream().map(this::word).toArray());
    }

    private Object word(Object arg) {
        Locale locale = LocaleContextHolder.getLocale();
        if (arg == null) {
            return texts.of("plan.change.none");
        }
        if (arg instanceof LocalDate day) {
            return dates.record(day);
        }
        if (arg instanceof GoalStatus status) {
            return texts.of("goalStatus." + status).toLowerCase(locale);
        }
        if (arg instanceof AgreementKind kind) {
            return texts.of("agreementKind." + kind).toLowerCase(locale);
        }
        return arg;
    }
}
