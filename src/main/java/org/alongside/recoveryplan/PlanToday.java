package org.alongside.recoveryplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.Visibility;
import org.alongside.today.TodayItem;
import org.alongside.today.TodayItem.Section;
import org.alongside.today.TodayItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recovery plans whose review date has come, on the Today page of the person's peer worker. One statement. */
@Component
class PlanToday implements TodayItems {

    private final JdbcClient jdbc;

    PlanToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        Visibility caseload = day.visible().caseloadOf(day.viewer().id());
        List<TodayItem> items = new ArrayList<>();
        jdbc.sql("""
                select p.id, p.preferred_name, (rp.document ->> 'reviewDate')::date as review
                from participant p join recovery_plan rp on rp.participant_id = p.id
                where p.active and rp.document ->> 'reviewDate' is not null
                  and (rp.document ->> 'reviewDate')::date <= :today and """ + caseload.on("p"))
                .paramSource(caseload.params().addValue("today", day.date()))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    LocalDate review = rs.getObject("review", LocalDate.class);
                    items.add(TodayItem.of(
                                    review.isBefore(day.date()) ? Section.OVERDUE : Section.TODAY,
                                    "today.planReview",
                                    "/people/" + id + "/plan")
                            .about(id, rs.getString("preferred_name"))
                            .due(review));
                });
        return items;
    }
}
