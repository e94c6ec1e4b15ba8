package org.alongside.outcomes;

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

/**
 * Safety answers on a supervisor's Today: each questionnaire on their team whose safety item was
 * answered above its lowest value, until they acknowledge it. One statement, for supervisors only.
 */
@Component
class SafetyToday implements TodayItems {

    private final JdbcClient jdbc;

    SafetyToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        List<TodayItem> items = new ArrayList<>();
        if (!day.viewer().isSupervisor()) {
            return items;
        }
        Visibility team = day.visible().teamOf(day.viewer().id());
        jdbc.sql("""
                select r.id, r.participant_id, p.preferred_name, r.completed_on
                from questionnaire_response r join participant p on p.id = r.participant_id
                where r.safety and r.safety_seen_at is null and """ + team.on("p")).paramSource(team.params()).query(rs -> {
            UUID person = rs.getObject("participant_id", UUID.class);
            items.add(TodayItem.of(Section.TEAM, "today.safety", "/people/" + person + "/measures")
                    .about(person, rs.getString("preferred_name"))
                    .due(rs.getObject("completed_on", LocalDate.class)));
        });
        return items;
    }
}
