package org.alongside.outcomes.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.outcomes.Measures;
import org.alongside.outcomes.domain.LifeEvent;
import org.alongside.shared.web.Dates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The lasting part of a person's measures page (each questionnaire's chart and table, and their
 * life events), drawn from {@code outcomes/record.html} in the reader's language; a record the
 * same as one drawn before, in the same language, is not drawn again. The page is read far more
 * often than a questionnaire is given, and drawing it was most of its cost (JFR: Thymeleaf at
 * least 29 % of the application's samples, the chart's data a few more). The person's measures are
 * still read through the record gate on every view: only the drawing is remembered, keyed by
 * everything it shows. The cache holds the last {@code alongside.outcomes.remembered-records}
 * records drawn (1,024 by default, about 10 KB each; 0 draws every record every time), in this
 * process only.
 */
@Component
class MeasureRecords {

    private final ITemplateEngine templates;
    private final ScoreChart charts;
    private final Dates dates;
    private final ConcurrentLruCache<Drawing, String> drawn;

    MeasureRecords(
            ITemplateEngine templates,
            ScoreChart charts,
            Dates dates,
            @Value("${alongside.outcomes.remembered-records:1024}") int remembered) {
        this.templates = templates;
        this.charts = charts;
        this.dates = dates;
        this.drawn = new ConcurrentLruCache<>(remembered, this::draw);
    }

    /** The record's HTML; {@code root} is the application's context path. */
    String of(UUID person, boolean active, Measures.PersonMeasures measures, String root) {
        return drawn.get(new Drawing(
                LocaleContextHolder.getLocale(), root, person, active, measures.trajectories(), measures.events()));
    }

    /** Whether the record has a chart to draw (the page then loads the chart's scripts). */
    static boolean charted(Measures.PersonMeasures measures) {
        return measures.trajectories().stream().anyMatch(t -> t.responses().size() > 1);
    }

    private String draw(Drawing d) {
        Map<String, String> drawnCharts = new HashMap<>();
        Map<String, List<ScoreChart.Point>> points = new HashMap<>();
        for (Measures.Trajectory t : d.trajectories) {
            List<ScoreChart.Point> each = ScoreChart.points(t);
            points.put(t.instrument().id(), each);
            if (t.responses().size() > 1) {
                drawnCharts.put(t.instrument().id(), charts.of(t, each, d.events, d.locale));
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("root", d.root);
        variables.put("person", d.person);
        variables.put("active", d.active);
        variables.put("trajectories", d.trajectories);
        variables.put("points", points);
        variables.put("charts", drawnCharts);
        variables.put("events", d.events);
        variables.put("dates", dates);
        return templates.process("outcomes/record", Set.of("record"), new Context(d.locale, variables));
    }

    /**
     * All that a record's drawing depends on (the bundles' words do not change while running). Two
     * questionnaires are the same when their id and version are: the version's wording is fixed.
     * The hash is worked out once.
     */
    private static final class Drawing {
        private final Locale locale;
        private final String root;
        private final UUID person;
        private final boolean active;
        private final List<Measures.Trajectory> trajectories;
        private final List<LifeEvent> events;
        private final List<Object> key;
        private final int hash;

        Drawing(
                Locale locale,
                String root,
                UUID person,
                boolean active,
                List<Measures.Trajectory> trajectories,
                List<LifeEvent> events) {
            this.locale = locale;
            this.root = root;
            this.person = person;
            this.active = active;
            this.trajectories = trajectories;
            this.events = events;
            Object[] parts = new Object[4 + 2 * trajectories.size() + 1];
            parts[0] = locale;
            parts[1] = root;
            parts[2] = person;
            parts[3] = active;
            int i = 4;
            for (Measures.Trajectory t : trajectories) {
                parts[i++] = t.instrument().id() + "@" + t.instrument().version();
                parts[i++] = t.responses();
            }
            parts[i] = events;
            this.key = List.of(parts);
            this.hash = key.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Drawing d && d.hash == hash && d.key.equals(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Drawing[" + person + ", " + locale + "]";
        }
    }
}
