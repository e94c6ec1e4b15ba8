package org.alongside.recoveryplan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.recoveryplan.WellnessCheck;
import org.alongside.recoveryplan.WellnessCheckManagement;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.recoveryplan.WheelComparison;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Dates;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The wellness self-check page with the wellness wheel. */
@Controller
class WellnessController {

    private final WellnessCheckManagement checks;
    private final JsonMapper json;
    private final Texts texts;
    private final Dates dates;

    WellnessController(WellnessCheckManagement checks, JsonMapper json, Texts texts, Dates dates) {
        this.dates = dates;
        this.texts = texts;
        this.checks = checks;
        this.json = json;
    }

    @GetMapping("/people/{id}/wellness")
    String page(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID first,
            @RequestParam(required = false) UUID second,
            Model model) {
        var page = checks.page(user, id, first, second);
        List<WellnessCheck> all = page.content().checks();
        model.addAttribute("person", page.person());
        model.addAttribute("checks", all);
        model.addAttribute("dimensions", WellnessDimension.values());
        model.addAttribute("typed", model.getAttribute("typed") == null ? Map.of() : model.getAttribute("typed"));
        List<Map<String, Object>> datasets = new ArrayList<>();
        if (first != null && second != null) {
            WheelComparison comparison = page.content().comparison();
            model.addAttribute("comparison", comparison);
            datasets.add(dataset(
                    dates.record(comparison.from()),
                    comparison.changes().stream()
                            .map(WheelComparison.Change::before)
                            .toList()));
            datasets.add(dataset(
                    dates.record(comparison.to()),
                    comparison.changes().stream()
                            .map(WheelComparison.Change::after)
                            .toList()));
        } else if (!all.isEmpty()) {
            WellnessCheck latest = all.get(0);
            datasets.add(dataset(
                    dates.record(latest.takenOn()),
                    Arrays.stream(WellnessDimension.values())
                            .map(latest::ratingOf)
                            .toList()));
        }
        model.addAttribute(
                "wheel",
                datasets.isEmpty()
                        ? null
                        : json.writeValueAsString(Map.of(
                                "labels",
                                Arrays.stream(WellnessDimension.values())
                                        .map(d -> texts.of("dimension." + d))
                                        .toList(),
                                "datasets",
                                datasets)));
        return "recoveryplan/wellness";
    }

    @PostMapping("/people/{id}/wellness")
    String record(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    var day = FormValues.date(form.get("takenOn"), "takenOn", errors);
                    List<WellnessCheck.Rating> ratings = new ArrayList<>();
                    for (WellnessDimension d : WellnessDimension.values()) {
                        String value =
                                form.getOrDefault("rating." + d.name(), "").trim();
                        Integer rating = null;
                        try {
                            rating = value.isEmpty() ? null : Integer.valueOf(value);
                        } catch (NumberFormatException e) {
                            errors.put(
                                    "ratings." + d.name(), "Rate " + d.label() + " with a whole number from 0 to 10");
                        }
                        ratings.add(new WellnessCheck.Rating(
                                d,
                                rating,
                                form.get("strengths." + d.name()),
                                form.get("wants." + d.name()),
                                form.get("barriers." + d.name())));
                    }
                    Forms.refuseIfAny(errors);
                    checks.record(user, id, day, ratings);
                    redirect.addFlashAttribute("saved", texts.of("flash.selfCheckSaved"));
                    redirect.addFlashAttribute("savedSection", "wheel");
                    return "redirect:/people/" + id + "/wellness";
                },
                () -> page(user, id, null, null, model));
    }

    private static Map<String, Object> dataset(String label, List<Integer> data) {
        return Map.of("label", label, "data", data);
    }
}
