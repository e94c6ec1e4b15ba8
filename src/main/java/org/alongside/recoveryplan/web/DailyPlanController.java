package org.alongside.recoveryplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.recoveryplan.CheckInResult;
import org.alongside.recoveryplan.DailyPlanManagement;
import org.alongside.recoveryplan.Habit;
import org.alongside.recoveryplan.HabitArea;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
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

/** The wellness daily plan page: quick check-ins from a phone, the last four weeks, adding habits. */
@Controller
class DailyPlanController {

    private final Clock clock;

    private final DailyPlanManagement plan;
    private final Texts texts;

    DailyPlanController(DailyPlanManagement plan, Texts texts, Clock clock) {
        this.clock = clock;
        this.plan = plan;
        this.texts = texts;
    }

    @GetMapping("/people/{id}/daily-plan")
    String page(StaffMember user, @PathVariable UUID id, Model model) {
        var page = plan.habitsPage(user, id);
        model.addAttribute("habits", page.content());
        model.addAttribute("person", page.person());
        model.addAttribute("areas", HabitArea.values());
        model.addAttribute("results", CheckInResult.values());
        model.addAttribute("frequencies", Habit.Frequency.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("typed", model.getAttribute("typed") == null ? Map.of() : model.getAttribute("typed"));
        return "recoveryplan/daily-plan";
    }

    @PostMapping("/people/{id}/daily-plan/habits")
    String add(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    plan.addHabit(
                            user,
                            id,
                            new DailyPlanManagement.NewHabit(
                                    choice(HabitArea.class, form.get("area"), "area"),
                                    form.get("description"),
                                    choice(Habit.Frequency.class, form.get("frequency"), "frequency"),
                                    form.get("whyItMatters"),
                                    form.get("supporterName"),
                                    form.get("supporterRelationship")));
                    redirect.addFlashAttribute("saved", texts.of("daily.flash.added"));
                    return "redirect:/people/" + id + "/daily-plan";
                },
                () -> page(user, id, model));
    }

    @PostMapping("/people/{id}/daily-plan/habits/{habitId}/check-ins")
    String checkIn(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID habitId,
            @RequestParam(defaultValue = "") String result,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    CheckInResult chosen = choice(CheckInResult.class, result, "result");
                    DailyPlanManagement.CheckInOutcome outcome = plan.checkIn(user, id, habitId, null, chosen, note);
                    String now = texts.of("checkIn." + chosen).toLowerCase(LocaleContextHolder.getLocale());
                    redirect.addFlashAttribute(
                            "saved",
                            outcome.changed()
                                    ? texts.of(
                                            "daily.flash.changed",
                                            texts.of("checkIn." + outcome.before())
                                                    .toLowerCase(LocaleContextHolder.getLocale()),
                                            now)
                                    : texts.of("daily.flash.checkedIn", now));
                    redirect.addFlashAttribute("savedSection", "habit-" + habitId);
                    return "redirect:/people/" + id + "/daily-plan#habit-" + habitId;
                },
                () -> page(user, id, model));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        Map<String, String> errors = new LinkedHashMap<>();
        E chosen = FormValues.choice(type, value, field, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return chosen;
    }
}
