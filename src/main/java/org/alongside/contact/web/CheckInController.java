package org.alongside.contact.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alongside.contact.CallOutcome;
import org.alongside.contact.CheckInCalls;
import org.alongside.contact.CheckInCalls.CallLog;
import org.alongside.contact.CheckInCalls.PlanRequest;
import org.alongside.participant.WithPerson;
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

/**
 * A person's check-in calls: the day, window and rhythm they chose, their latest calls, and the
 * call outcome form that Today's cards post to (back to Today, where the next call is).
 */
@Controller
class CheckInController {

    /** What a reached call's note says when the worker wrote nothing: "Check-in call". */
    static final String PLAIN_NOTE = "calls.plainNote";

    private final CheckInCalls calls;
    private final Texts texts;

    CheckInController(CheckInCalls calls, Texts texts) {
        this.calls = calls;
        this.texts = texts;
    }

    @GetMapping("/people/{id}/check-in")
    String page(StaffMember user, @PathVariable UUID id, @RequestParam(required = false) String outcome, Model model) {
        // from Today's "Reached": the log form comes back to Today once the call is saved
        model.addAttribute("back", "REACHED".equals(outcome) ? "today" : "check-in");
        return page(user, id, model);
    }

    private String page(StaffMember user, UUID id, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        WithPerson<CheckInCalls.Calls> page = calls.page(user, id);
        model.addAttribute("person", page.person());
        model.addAttribute("plan", page.content().plan());
        model.addAttribute("latest", page.content().latest());
        model.addAttribute("days", DayOfWeek.values());
        Map<DayOfWeek, String> dayNames = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, locale);
            dayNames.put(day, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        model.addAttribute("dayNames", dayNames);
        model.addAttribute("outcomes", CallOutcome.values());
        Forms.errorsIfNone(model);
        return "contact/check-in";
    }

    @PostMapping("/people/{id}/check-in")
    String plan(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(required = false) String weekday,
            @RequestParam(required = false) String windowStart,
            @RequestParam(required = false) String windowEnd,
            @RequestParam(required = false) String everyWeeks,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    DayOfWeek day = FormValues.choice(DayOfWeek.class, weekday, "weekday", errors);
                    LocalTime from = FormValues.time(windowStart, "windowStart", errors);
                    LocalTime until = FormValues.time(windowEnd, "windowEnd", errors);
                    Integer every = FormValues.integer(everyWeeks, "everyWeeks", errors);
                    Forms.refuseIfAny(errors);
                    calls.plan(user, id, new PlanRequest(day, from, until, every, version));
                    redirect.addFlashAttribute("saved", texts.of("calls.flash.planned"));
                    return "redirect:/people/" + id + "/check-in";
                },
                () -> page(user, id, model));
    }

    @PostMapping("/people/{id}/check-in/stop")
    String stop(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    calls.stop(user, id, version);
                    redirect.addFlashAttribute("saved", texts.of("calls.flash.stopped"));
                    return "redirect:/people/" + id + "/check-in";
                },
                () -> page(user, id, model));
    }

    /** One tap for the outcome; back to Today (or the person's check-in page) with what happened. */
    @PostMapping("/people/{id}/calls")
    String log(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(required = false) String outcome,
            @RequestParam(defaultValue = "") String words,
            @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String followUp,
            @RequestParam(defaultValue = "today") String back,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    CallOutcome how = FormValues.choice(CallOutcome.class, outcome, "outcome", errors);
                    Integer spent = FormValues.integer(minutes, "minutes", errors);
                    LocalDate next = FormValues.date(followUp, "followUp", errors);
                    Forms.refuseIfAny(errors);
                    CheckInCalls.Logged logged =
                            calls.log(user, id, new CallLog(how, words, spent, next, texts.of(PLAIN_NOTE)));
                    redirect.addFlashAttribute(
                            "saved",
                            texts.of(
                                    logged.noteId() == null ? "calls.flash.attempt" : "calls.flash.reached",
                                    texts.of("callOutcome." + logged.outcome())));
                    return "check-in".equals(back)
                            ? "redirect:/people/" + id + "/check-in"
                            : "redirect:/today#part-calls";
                },
                () -> page(user, id, model));
    }
}
