package org.alongside.supervision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Texts;
import org.alongside.supervision.Workloads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team's workload for a supervisor: one card per supervisee with the figures and the drift
 * flag, and two charts of how each one's contact time divides between activities and between ways
 * of contact, each with its numbers in the table beside it.
 */
@Controller
class WorkloadPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Workloads workloads;
    private final Texts texts;

    WorkloadPages(Workloads workloads, Texts texts) {
        this.workloads = workloads;
        this.texts = texts;
    }

    @GetMapping("/supervision/workload")
    String page(StaffMember user, Model model) {
        Workloads.Team team = workloads.of(user);
        model.addAttribute("team", team);
        model.addAttribute("activities", Activity.values());
        model.addAttribute("modes", ContactMode.values());
        if (!team.workers().isEmpty()) {
            model.addAttribute(
                    "chart",
                    chart(
                            team,
                            Activity.values(),
                            (w, a) -> w.minutesByActivity().getOrDefault(a, 0.0),
                            "activity."));
            model.addAttribute(
                    "modeChart",
                    chart(
                            team,
                            ContactMode.values(),
                            (w, m) -> (double) w.minutesByMode().getOrDefault(m, 0L),
                            "contactMode."));
        }
        return "supervision/workload";
    }

    /** Each supervisee's contact time by activity or by mode, as shares of 100, stacked. */
    private <K extends Enum<K>> String chart(
            Workloads.Team team, K[] keys, BiFunction<Workloads.WorkerLoad, K, Double> minutesIn, String labels) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (K key : keys) {
            List<Long> values = new ArrayList<>();
            boolean any = false;
            for (Workloads.WorkerLoad w : team.workers()) {
                double minutes = minutesIn.apply(w, key);
                values.add(w.minutes() == 0 ? 0 : Math.round(100 * minutes / w.minutes()));
                any |= minutes > 0;
            }
            if (any) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("label", texts.of(labels + key.name()));
                one.put("values", values);
                series.add(one);
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "stacked");
        chart.put(
                "labels",
                team.workers().stream().map(Workloads.WorkerLoad::name).toList());
        chart.put("series", series);
        return JSON.writeValueAsString(chart);
    }
}
