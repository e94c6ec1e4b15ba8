package org.alongside.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.staff.StaffDirectory;
import org.alongside.staff.StaffRelations;
import org.alongside.supervision.CompetencyAssessments;
import org.alongside.supervision.CompetencyAssessments.Assessment;
import org.alongside.supervision.domain.Competency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worker's competencies: the latest self-assessment and the latest by a supervisor side by side
 * on a radar chart (with the first self-assessment, to see the growth), every assessment in a table,
 * and the form to assess, for the worker themselves or their supervisor.
 */
@Controller
class CompetencyPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CompetencyAssessments assessments;
    private final StaffRelations relations;
    private final StaffDirectory directory;
    private final Texts texts;
    private final Clock clock;

    CompetencyPages(
            CompetencyAssessments assessments,
            StaffRelations relations,
            StaffDirectory directory,
            Texts texts,
            Clock clock) {
        this.assessments = assessments;
        this.relations = relations;
        this.directory = directory;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/supervision/staff/{staffId}/competencies")
    String page(StaffMember user, @PathVariable UUID staffId, Model model) {
        List<Assessment> all = assessments.of(user, staffId);
        StaffRelations.Relation relation = relations.of(user, staffId);
        model.addAttribute("assessments", all);
        model.addAttribute("competencies", Competency.values());
        model.addAttribute("staffId", staffId);
        model.addAttribute("name", directory.names(List.of(staffId)).get(staffId));
        model.addAttribute(
                "mayAssess",
                relation == StaffRelations.Relation.SELF || relation == StaffRelations.Relation.SUPERVISOR);
        model.addAttribute("radar", all.isEmpty() ? null : radar(all));
        model.addAttribute("today", LocalDate.now(clock));
        Forms.errorsIfNone(model);
        return "supervision/competencies";
    }

    @PostMapping("/supervision/staff/{staffId}/competencies")
    String assess(
            StaffMember user,
            @PathVariable UUID staffId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    LocalDate on = FormValues.date(form.getFirst("assessedOn"), "assessedOn", errors);
                    Map<Competency, Integer> scores = scores(Competency.class, form, errors);
                    Forms.refuseIfAny(errors);
                    assessments.assess(user, staffId, on, scores, form.getFirst("notes"));
                    redirect.addFlashAttribute("saved", texts.of("competency.flash.saved"));
                    return "redirect:/supervision/staff/" + staffId + "/competencies";
                },
                () -> page(user, staffId, model));
    }

    /** The scores a scale form sent ({@code score-<item>}, 1 to 4), unscored items left out. */
    static <E extends Enum<E>> Map<E, Integer> scores(
            Class<E> items, MultiValueMap<String, String> form, Map<String, String> errors) {
        Map<E, Integer> scores = new EnumMap<>(items);
        for (E item : items.getEnumConstants()) {
            Integer score = FormValues.integer(form.getFirst("score-" + item), "scores", errors);
            if (score != null) {
                scores.put(item, score);
            }
        }
        return scores;
    }

    /** The radar's JSON: the latest self-assessment, the latest by a supervisor, and the first self-assessment. */
    private String radar(List<Assessment> all) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        Assessment lastSelf = last(all, CompetencyAssessments.Kind.SELF);
        Assessment lastSupervisor = last(all, CompetencyAssessments.Kind.SUPERVISOR);
        Assessment firstSelf = all.stream()
                .filter(a -> a.kind() == CompetencyAssessments.Kind.SELF)
                .findFirst()
                .orElse(null);
        add(datasets, lastSelf, "competency.radar.self");
        add(datasets, lastSupervisor, "competency.radar.supervisor");
        if (firstSelf != null && firstSelf != lastSelf) {
            add(datasets, firstSelf, "competency.radar.firstSelf");
        }
        List<String> labels = new ArrayList<>();
        for (Competency c : Competency.values()) {
            labels.add(texts.of("competency.short." + c));
        }
        Map<String, Object> radar = new LinkedHashMap<>();
        radar.put("labels", labels);
        radar.put("max", 4);
        radar.put("step", 1);
        radar.put("datasets", datasets);
        return JSON.writeValueAsString(radar);
    }

    private void add(List<Map<String, Object>> datasets, Assessment a, String key) {
        if (a == null) {
            return;
        }
        List<Integer> data = new ArrayList<>();
        for (Competency c : Competency.values()) {
            data.add(a.scoreOf(c));
        }
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("label", texts.of(key, a.assessedOn().toString()));
        set.put("data", data);
        datasets.add(set);
    }

    private static Assessment last(List<Assessment> all, CompetencyAssessments.Kind kind) {
        Assessment found = null;
        for (Assessment a : all) {
            if (a.kind() == kind) {
                found = a;
            }
        }
        return found;
    }
}
