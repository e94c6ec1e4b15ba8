package org.alongside.outcomes.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.outcomes.InstrumentCatalog;
import org.alongside.outcomes.LifeEvents;
import org.alongside.outcomes.Measures;
import org.alongside.outcomes.domain.Instrument;
import org.alongside.outcomes.domain.LifeEvent;
import org.alongside.outcomes.domain.Response.CompletedBy;
import org.alongside.participant.WithPerson;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's questionnaires: their measures over time, and a questionnaire given with them on a
 * phone, all questions on one page or one at a time (the person chooses), with the safety screen
 * when a safety item is answered above its lowest value.
 */
@Controller
class MeasuresController {

    private final Measures measures;
    private final LifeEvents lifeEvents;
    private final InstrumentCatalog catalog;
    private final Texts texts;
    private final ScoreChart charts;
    private final java.time.Clock clock;

    MeasuresController(
            Measures measures,
            LifeEvents lifeEvents,
            InstrumentCatalog catalog,
            Texts texts,
            ScoreChart charts,
            java.time.Clock clock) {
        this.charts = charts;
        this.measures = measures;
        this.lifeEvents = lifeEvents;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/measures")
    String page(StaffMember user, @PathVariable UUID id, Model model) {
        WithPerson<Measures.PersonMeasures> page = measures.page(user, id);
        model.addAttribute("person", page.person());
        model.addAttribute("measures", page.content());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<String, String> drawn = new HashMap<>();
        Map<String, java.util.List<ScoreChart.Point>> points = new HashMap<>();
        for (Measures.Trajectory t : page.content().trajectories()) {
            List<ScoreChart.Point> each = ScoreChart.points(t);
            points.put(t.instrument().id(), each);
            drawn.put(t.instrument().id(), charts.of(t, each, page.content().events(), locale));
        }
        model.addAttribute("charts", drawn);
        model.addAttribute("points", points);
        model.addAttribute("instruments", catalog.current());
        model.addAttribute("supervises", user.isSupervisor() || user.isAdmin());
        Forms.errorsIfNone(model);
        return "outcomes/measures";
    }

    /** The questionnaire, all on one page ({@code layout=all}) or one question at a time ({@code layout=one}). */
    @GetMapping("/people/{id}/measures/{instrument}/new")
    String start(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable String instrument,
            @RequestParam(defaultValue = "all") String layout,
            Model model) {
        return form(user, id, instrument, "one".equals(layout) ? 0 : -1, Map.of(), model);
    }

    /** One question at a time: the answers so far travel in the form (posted, so they stay out of the address and history). */
    @PostMapping("/people/{id}/measures/{instrument}/step")
    String step(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable String instrument,
            @RequestParam(defaultValue = "0") String step,
            @RequestParam MultiValueMap<String, String> form,
            Model model) {
        int at;
        try {
            at = Integer.parseInt(step);
        } catch (NumberFormatException e) {
            at = 0;
        }
        return form(user, id, instrument, at, answers(form), model);
    }

    private String form(
            StaffMember user, UUID id, String instrumentId, int step, Map<String, String> typed, Model model) {
        model.addAttribute("person", measures.person(user, id));
        Instrument instrument = catalog.current(instrumentId).orElseThrow(() -> new NotFoundException("questionnaire"));
        model.addAttribute("instrument", instrument);
        model.addAttribute(
                "step", Math.max(-1, Math.min(step, instrument.items().size() - 1)));
        model.addAttribute("answers", typed);
        model.addAttribute("today", LocalDate.now(clock));
        Forms.errorsIfNone(model);
        return "outcomes/questionnaire";
    }

    @PostMapping("/people/{id}/measures/{instrument}")
    String record(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable String instrument,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = answers(form);
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    Map<String, Integer> answers = new LinkedHashMap<>();
                    typed.forEach((item, value) -> {
                        Integer number = FormValues.integer(value, "item-" + item, errors);
                        if (number != null) {
                            answers.put(item, number);
                        }
                    });
                    LocalDate on = FormValues.date(form.getFirst("completedOn"), "completedOn", errors);
                    CompletedBy by =
                            FormValues.choice(CompletedBy.class, form.getFirst("completedBy"), "completedBy", errors);
                    Forms.refuseIfAny(errors);
                    Measures.Recorded recorded =
                            measures.record(user, id, new Measures.ResponseForm(instrument, on, by, answers));
                    if (recorded.response().safety()) {
                        return "redirect:/people/" + id + "/measures/responses/"
                                + recorded.response().id() + "/safety";
                    }
                    redirect.addFlashAttribute("saved", saved(recorded));
                    return "redirect:/people/" + id + "/measures";
                },
                () -> form(user, id, instrument, -1, typed, model));
    }

    private String saved(Measures.Recorded recorded) {
        String title =
                recorded.instrument().title().in(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return recorded.score().scorable()
                ? texts.of(
                        "measures.flash.scored",
                        title,
                        recorded.score().total(),
                        recorded.score()
                                .band()
                                .label()
                                .in(org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                : texts.of("measures.flash.unscored", title, recorded.score().missing());
    }

    /** The safety screen: the person's crisis plan, 988, and telling the supervisor now. */
    @GetMapping("/people/{id}/measures/responses/{response}/safety")
    String safety(StaffMember user, @PathVariable UUID id, @PathVariable UUID response, Model model) {
        WithPerson<Measures.PersonMeasures> page = measures.page(user, id);
        boolean open = page.content().safetyOpen().stream().anyMatch(r -> r.id().equals(response));
        model.addAttribute("person", page.person());
        model.addAttribute("response", response);
        model.addAttribute("open", open);
        return "outcomes/safety";
    }

    @PostMapping("/people/{id}/measures/responses/{response}/tell-supervisor")
    String tellSupervisor(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID response, RedirectAttributes redirect) {
        measures.tellSupervisor(user, id, response);
        redirect.addFlashAttribute("saved", texts.of("measures.flash.told"));
        return "redirect:/people/" + id + "/measures/responses/" + response + "/safety";
    }

    @PostMapping("/people/{id}/measures/responses/{response}/safety-seen")
    String safetySeen(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    measures.acknowledgeSafety(user, id, response);
                    redirect.addFlashAttribute("saved", texts.of("measures.flash.seen"));
                    return "redirect:/people/" + id + "/measures";
                },
                () -> page(user, id, model));
    }

    /** A life event recorded with the person, on a page of its own (the measures page stays light on a phone). */
    @GetMapping("/people/{id}/life-events/new")
    String lifeEventForm(StaffMember user, @PathVariable UUID id, Model model) {
        model.addAttribute("person", measures.person(user, id));
        model.addAttribute("kinds", LifeEvent.Kind.values());
        model.addAttribute("today", LocalDate.now(clock));
        Forms.errorsIfNone(model);
        return "outcomes/life-event";
    }

    @PostMapping("/people/{id}/life-events")
    String lifeEvent(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    LifeEvent.Kind kind =
                            FormValues.choice(LifeEvent.Kind.class, form.getFirst("kind"), "kind", errors);
                    LocalDate started = FormValues.date(form.getFirst("startedOn"), "startedOn", errors);
                    LocalDate ended = FormValues.date(form.getFirst("endedOn"), "endedOn", errors);
                    Forms.refuseIfAny(errors);
                    lifeEvents.record(
                            user,
                            id,
                            new LifeEvents.EventForm(
                                    kind, form.getFirst("detail"), started, ended, form.getFirst("words")));
                    redirect.addFlashAttribute("saved", texts.of("events.flash.saved"));
                    return "redirect:/people/" + id + "/measures#events-heading";
                },
                () -> lifeEventForm(user, id, model));
    }

    /** The answers in a posted form: fields named {@code item-<id>}, by item id. */
    private static Map<String, String> answers(MultiValueMap<String, String> form) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("item-") && !values.isEmpty() && !values.get(0).isBlank()) {
                answers.put(name.substring(5), values.get(0));
            }
        });
        return answers;
    }
}
