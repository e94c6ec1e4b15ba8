package org.alongside.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alongside.participant.Admission;
import org.alongside.participant.RecordSummaries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Measures on a person's page: the latest total of each questionnaire, and a safety answer still open. One statement. */
@Component
class MeasureSummaries implements RecordSummaries {

    private final JdbcClient jdbc;
    private final InstrumentCatalog catalog;

    MeasureSummaries(JdbcClient jdbc, InstrumentCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public List<Card> cardsFor(Admission admission, LocalDate today) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = new ArrayList<>();
        String page = "/people/" + admission.participantId() + "/measures";
        jdbc.sql("""
                select distinct on (r.instrument_id) r.instrument_id, r.instrument_version, r.total, r.completed_on,
                       exists (select 1 from questionnaire_response s where s.participant_id = r.participant_id
                               and s.safety and s.safety_seen_at is null) as safety_open
                from questionnaire_response r where r.participant_id = :p and r.total is not null
                order by r.instrument_id, r.completed_on desc, r.entered_at desc
                """).param("p", admission.participantId()).query(rs -> {
            if (rs.getBoolean("safety_open")
                    && lines.stream().noneMatch(l -> l.label().equals("summary.measures.safety"))) {
                lines.add(Line.of("summary.measures.safety"));
            }
            int total = rs.getInt("total");
            LocalDate on = rs.getObject("completed_on", LocalDate.class);
            catalog.version(rs.getString("instrument_id"), rs.getString("instrument_version"))
                    .ifPresent(i -> lines.add(Line.of(
                                    "summary.measures.latest",
                                    i.title().in(locale),
                                    total,
                                    i.band(total).label().in(locale))
                            .on(on)));
        });
        return List.of(new Card(
                14,
                "summary.measures.title",
                lines,
                "summary.measures.empty",
                new Link("summary.measures.open", page)));
    }
}
