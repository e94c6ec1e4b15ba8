package org.alongside.outcomes.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alongside.outcomes.Measures;
import org.alongside.outcomes.domain.Instrument;
import org.alongside.outcomes.domain.LifeEvent;
import org.alongside.outcomes.domain.ReliableChange;
import org.alongside.outcomes.domain.Response;
import org.alongside.shared.web.Dates;
import org.alongside.shared.web.Texts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a person's score chart draws, as the JSON the page's canvas carries: each scored response
 * (day, total, band, and whether it is a reliable improvement or worsening from the baseline), the
 * instrument's bands to shade, and the person's life events as marks on the same time line. The
 * page prints the same facts as a table for screen readers.
 */
@Component
class ScoreChart {

    /** One scored response and how it stands against the baseline (null for the baseline itself). */
    record Point(Response response, ReliableChange.Verdict verdict) {}

    private final JsonMapper json;
    private final Texts texts;
    private final Dates dates;

    ScoreChart(JsonMapper json, Texts texts, Dates dates) {
        this.json = json;
        this.texts = texts;
        this.dates = dates;
    }

    /** Each response of the trajectory with its verdict against the first scored one (null when not scored or the baseline). */
    static List<Point> points(Measures.Trajectory trajectory) {
        List<Point> points = new ArrayList<>();
        Response baseline = null;
        for (Response r : trajectory.responses()) {
            ReliableChange.Verdict verdict = null;
            if (r.scorable() && baseline != null) {
                verdict = ReliableChange.between(trajectory.instrument(), baseline.total(), r.total())
                        .verdict();
            } else if (r.scorable()) {
                baseline = r;
            }
            points.add(new Point(r, verdict));
        }
        return points;
    }

    /** The chart's data for one instrument, from its {@link #points}, with the life events that fall between its first and last day (and a little around). */
    String of(Measures.Trajectory trajectory, List<Point> drawn, List<LifeEvent> events, Locale locale) {
        Instrument instrument = trajectory.instrument();
        List<Map<String, Object>> points = new ArrayList<>();
        for (Point p : drawn) {
            if (!p.response().scorable()) {
                continue;
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("x", p.response().completedOn().toEpochDay());
            point.put("y", p.response().total());
            point.put("day", dates.list(p.response().completedOn()));
            point.put("band", instrument.band(p.response().total()).label().in(locale));
            point.put("verdict", p.verdict() == null ? "BASELINE" : p.verdict().name());
            point.put(
                    "said",
                    p.verdict() == null ? texts.of("chart.baseline") : texts.of("chart.verdict." + p.verdict()));
            points.add(point);
        }
        List<Map<String, Object>> bands = instrument.bands().stream()
                .map(b -> Map.<String, Object>of(
                        "from", b.from(), "to", b.to(), "label", b.label().in(locale)))
                .toList();
        List<Map<String, Object>> marks = new ArrayList<>();
        if (!points.isEmpty()) {
            long first = (long) points.get(0).get("x") - 30;
            long last = Math.max((long) points.get(points.size() - 1).get("x"), first + 60) + 30;
            for (LifeEvent e : events) {
                long day = e.startedOn().toEpochDay();
                if (day >= first && day <= last) {
                    marks.add(Map.of(
                            "x",
                            day,
                            "label",
                            texts.of("events.kind." + e.kind()) + " · " + dates.list(e.startedOn())));
                }
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("title", instrument.title().in(locale));
        chart.put("min", instrument.lowestTotal());
        chart.put("max", instrument.highestTotal());
        chart.put("lowerIsBetter", instrument.lowerIsBetter());
        chart.put("bands", bands);
        chart.put("points", points);
        chart.put("events", marks);
        chart.put("totalLabel", texts.of("measures.col.total"));
        return json.writeValueAsString(chart);
    }
}
