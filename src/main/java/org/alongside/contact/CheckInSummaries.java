package org.alongside.contact;

import java.util.ArrayList;
import java.util.List;
import org.alongside.participant.Admission;
import org.alongside.participant.RecordSummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Check-in calls on a person's page: the day and window they chose, and how the last call went. One statement. */
@Component
class CheckInSummaries implements RecordSummaries {

    private final JdbcClient jdbc;

    CheckInSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Card> cardsFor(Admission admission, java.time.LocalDate today) {
        String page = "/people/" + admission.participantId() + "/check-in";
        List<Line> lines = new ArrayList<>();
        jdbc.sql("""
                select c.weekday, c.window_start, c.window_end, c.every_weeks, last.outcome, last.call_date
                from (select :p as id) person
                left join check_in_plan c on c.participant_id = person.id and c.active
                left join lateral (select k.outcome, k.call_date from check_in_call k where k.participant_id = person.id
                                   order by k.called_at desc limit 1) last on true
                """).param("p", admission.participantId()).query(rs -> {
            if (rs.getObject("weekday") != null) {
                lines.add(Line.of(
                        "summary.calls.plan." + rs.getInt("every_weeks"),
                        rs.getInt("weekday"),
                        rs.getString("window_start").substring(0, 5),
                        rs.getString("window_end").substring(0, 5)));
            }
            if (rs.getString("outcome") != null) {
                lines.add(Line.of("summary.calls.last." + rs.getString("outcome"))
                        .on(rs.getObject("call_date", java.time.LocalDate.class)));
            }
        });
        return List.of(new Card(
                12, "summary.calls.title", lines, "summary.calls.empty", new Link("summary.calls.open", page)));
    }
}
