package org.alongside.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.reporting.ProgramOutcomes;
import org.alongside.shared.web.Texts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outcome report's charts as the JSON their canvases carry (the numbers are printed in the
 * tables beside them): contacts by mode, change per instrument as shares improved, unchanged and
 * worse, and service use per person-year before and during services.
 */
@Component
class ReportCharts {

    private final JsonMapper json;
    private final Texts texts;

    ReportCharts(JsonMapper json, Texts texts) {
        this.json = json;
        this.texts = texts;
    }

    Map<String, String> of(ProgramOutcomes report) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put(
                "modes",
                json.writeValueAsString(Map.of(
                        "type",
                        "bar",
                        "labels",
                        report.byMode().stream()
                                .map(s -> texts.of("contactMode." + s.key()))
                                .toList(),
                        "series",
                        List.of(series(
                                texts.of("outcomeReport.contacts"),
                                report.byMode().stream()
                                        .map(s -> (Number) s.contacts())
                                        .toList())))));
        List<String> instruments = report.changes().stream()
                .filter(ProgramOutcomes.Change::judged)
                .map(ProgramOutcomes.Change::title)
                .toList();
        List<Map<String, Object>> shares = new ArrayList<>();
        for (String verdict : List.of("improved", "unchanged", "deteriorated")) {
            shares.add(series(
                    texts.of("outcomeReport." + verdict),
                    report.changes().stream()
                            .filter(ProgramOutcomes.Change::judged)
                            .map(c -> (Number) share(c, verdict))
                            .toList()));
        }
        charts.put(
                "changes",
                json.writeValueAsString(
                        Map.of("type", "stacked", "labels", instruments, "series", shares, "unit", "%")));
        charts.put(
                "use",
                json.writeValueAsString(Map.of(
                        "type",
                        "bar",
                        "labels",
                        report.use().measures().stream()
                                .map(u -> texts.of("outcomeReport.use." + u.measure()))
                                .toList(),
                        "series",
                        List.of(
                                series(
                                        texts.of("outcomeReport.before"),
                                        report.use().measures().stream()
                                                .map(u -> (Number) round(u.perYearBefore()))
                                                .toList()),
                                series(
                                        texts.of("outcomeReport.during"),
                                        report.use().measures().stream()
                                                .map(u -> (Number) round(u.perYearDuring()))
                                                .toList())))));
        return charts;
    }

    private static Map<String, Object> series(String label, List<Number> values) {
        return Map.of("label", label, "values", values);
    }

    private static double share(ProgramOutcomes.Change change, String verdict) {
        int part = switch (verdict) {
            case "improved" -> change.improved();
            case "unchanged" -> change.unchanged();
            default -> change.deteriorated();
        };
        return change.n() == 0 ? 0 : round(100.0 * part / change.n());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
