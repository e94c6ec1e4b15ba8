package org.alongside.groups;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.today.TodayItem;
import org.alongside.today.TodayItem.Section;
import org.alongside.today.TodayItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What groups put on Today for their facilitators: today's sessions, and earlier sessions still
 * open (attendance taken but not signed, so no one's contact is counted yet). One statement; it
 * names no person, so it needs no visibility.
 */
@Component
class GroupsToday implements TodayItems {

    private final JdbcClient jdbc;

    GroupsToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        List<TodayItem> items = new ArrayList<>();
        jdbc.sql("""
                select s.id, s.group_id, g.name, s.session_date, s.start_time, s.status
                from group_session s join recovery_group g on g.id = s.group_id
                join recovery_group_facilitator f on f.group_id = g.id and f.staff_id = :me
                where s.session_date = :today or (s.status = 'OPEN' and s.session_date < :today)
                """).param("me", day.viewer().id()).param("today", day.date()).query(rs -> {
            String href =
                    "/groups/" + rs.getObject("group_id", UUID.class) + "/sessions/" + rs.getObject("id", UUID.class);
            LocalDate date = rs.getObject("session_date", LocalDate.class);
            boolean open = "OPEN".equals(rs.getString("status"));
            if (date.isBefore(day.date())) {
                items.add(TodayItem.of(Section.TO_FINISH, "today.group.toSign", href, rs.getString("name"))
                        .due(date));
            } else {
                items.add(TodayItem.of(
                                Section.TODAY,
                                open ? "today.group.today" : "today.group.signed",
                                href,
                                rs.getString("name"))
                        .due(date)
                        .at(rs.getObject("start_time", LocalTime.class)));
            }
        });
        return items;
    }
}
