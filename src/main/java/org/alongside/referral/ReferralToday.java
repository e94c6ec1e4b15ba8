package org.alongside.referral;

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
 * Referral follow-ups on Today: for a peer worker, each open referral of their people whose
 * follow-up is today or past; for a supervisor, per supervisee, how many are past. One statement each.
 */
@Component
class ReferralToday implements TodayItems {

    private final JdbcClient jdbc;

    ReferralToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        List<TodayItem> items = new ArrayList<>();
        Visibility caseload = day.visible().caseloadOf(day.viewer().id());
        jdbc.sql("""
                select r.id, r.participant_id, p.preferred_name, r.follow_up, s.name as service
                from referral r join participant p on p.id = r.participant_id
                join hsds_service s on s.id = r.service_id
                where r.follow_up <= :today and p.active and """ + caseload.on("p") + """
                 order by r.follow_up""")
                .paramSource(caseload.params().addValue("today", day.date()))
                .query(rs -> {
                    UUID person = rs.getObject("participant_id", UUID.class);
                    LocalDate due = rs.getObject("follow_up", LocalDate.class);
                    boolean today = due.isEqual(day.date());
                    items.add(TodayItem.of(
                                    today ? Section.TODAY : Section.OVERDUE,
                                    today ? "today.referral.today" : "today.referral.overdue",
                                    "/people/" + person + "/referrals/" + rs.getObject("id", UUID.class),
                                    rs.getString("service"))
                            .about(person, rs.getString("preferred_name"))
                            .due(due));
                });
        if (day.viewer().isSupervisor()) {
            Visibility team = day.visible().teamOf(day.viewer().id());
            jdbc.sql("""
                    select w.display_name, count(*) as overdue
                    from referral r join participant p on p.id = r.participant_id
                    join staff_member w on w.id = p.primary_worker_id
                    where r.follow_up < :today and p.active and """ + team.on("p") + """
                     group by w.id, w.display_name order by w.display_name""")
                    .paramSource(team.params().addValue("today", day.date()))
                    .query(rs -> {
                        items.add(TodayItem.of(
                                Section.TEAM,
                                "today.team.referrals",
                                "/people?scope=all",
                                rs.getString("display_name"),
                                rs.getInt("overdue")));
                    });
        }
        return items;
    }
}
