package org.alongside.recoveryplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.Admission;
import org.alongside.participant.RecordSummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recovery plan (the goals being worked on, when it is next reviewed) and the crisis plan on a person's page. One statement. */
@Component
class PlanSummaries implements RecordSummaries {

    private final JdbcClient jdbc;

    PlanSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Card> cardsFor(Admission admission, LocalDate today) {
        UUID id = admission.participantId();
        List<Line> goals = new ArrayList<>();
        List<Line> crisis = new ArrayList<>();
        jdbc.sql("""
                select 'goal' as kind, g ->> 'words' as words, (rp.document ->> 'reviewDate')::date as day, null::timestamptz as at
                from recovery_plan rp cross join jsonb_array_elements(rp.document -> 'goals') g
                where rp.participant_id = :id and g ->> 'status' = 'ACTIVE'
                union all
                select 'review', null, (rp.document ->> 'reviewDate')::date, null from recovery_plan rp
                where rp.participant_id = :id and rp.document ->> 'reviewDate' is not null
                union all
                select 'crisis', null, null, cp.updated_at from crisis_plan cp where cp.participant_id = :id
                """).param("id", id).query(rs -> {
            switch (rs.getString("kind")) {
                case "goal" -> goals.add(Line.of("summary.goal").saying(rs.getString("words")));
                case "review" -> {
                    LocalDate review = rs.getObject("day", LocalDate.class);
                    goals.add(Line.of(review.isAfter(today) ? "summary.review" : "summary.reviewDue")
                            .on(review));
                }
                default ->
                    crisis.add(Line.of("summary.crisis.written")
                            .on(rs.getTimestamp("at").toLocalDateTime().toLocalDate()));
            }
        });
        String base = "/people/" + id;
        return List.of(
                new Card(
                        20,
                        "summary.plan.title",
                        goals,
                        "summary.plan.empty",
                        new Link("summary.plan.open", base + "/plan")),
                new Card(
                        30,
                        "summary.crisis.title",
                        crisis,
                        "summary.crisis.empty",
                        new Link("summary.crisis.open", base + "/crisis-plan")));
    }
}
