package org.alongside.reporting;

import java.util.ArrayList;
import java.util.List;
import org.alongside.reporting.ProgramOutcomes.Groups;
import org.alongside.reporting.ProgramOutcomes.People;
import org.alongside.reporting.ProgramOutcomes.Referrals;
import org.alongside.reporting.ProgramOutcomes.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service side of an outcome report, read from the contact, group and referral tables: people
 * served, contacts and hours by mode and by activity, group sessions and attendance, referrals made
 * and connected. A contact counts once its author signed it; one with two activities counts under each.
 */
@Component
class ActivityQueries {

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    People people(ReportSql q) {
        return jdbc.sql(q.served() + """
                select count(*), count(*) filter (where started_on >= :from),
                       count(*) filter (where ended_on <= :to) from served
                """)
                .paramSource(q.params())
                .query((rs, n) -> new People(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    /** Contacts by mode, the last one (key null) all of them. */
    List<Service> byMode(ReportSql q) {
        return services(q, "c.mode", "", "group by grouping sets ((c.mode), ()) order by grouping(c.mode), 2 desc, 1");
    }

    List<Service> byActivity(ReportSql q) {
        return services(
                q,
                "a.activity",
                " cross join jsonb_array_elements_text(c.activities) as a(activity)",
                "group by a.activity order by 2 desc, 1");
    }

    private List<Service> services(ReportSql q, String key, String join, String tail) {
        List<Service> rows = new ArrayList<>();
        jdbc.sql(q.served() + "select " + key + " as key, count(*), coalesce(sum(c.minutes), 0),"
                        + " count(distinct c.participant_id)"
                        + " from served s join contact_note c on c.participant_id = s.participant_id" + join
                        + " where c.status in ('SIGNED', 'PENDING_COSIGN') and c.contact_date between :from and :to "
                        + tail)
                .paramSource(q.params())
                .query(rs -> {
                    rows.add(new Service(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)));
                });
        return rows;
    }

    Groups groups(ReportSql q) {
        return jdbc.sql("""
                select count(distinct gs.id), count(v.participant_id), count(distinct v.participant_id)
                from group_session gs join recovery_group g on g.id = gs.group_id
                left join (select ga.session_id, ga.participant_id from group_attendance ga
                           join participant p on p.id = ga.participant_id where %s) v on v.session_id = gs.id
                where g.program_id in (:programs) and gs.session_date between :from and :to
                """.formatted(q.visible().on("p")))
                .paramSource(q.params())
                .query((rs, n) -> new Groups(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    Referrals referrals(ReportSql q) {
        return jdbc.sql("""
                select count(*), count(*) filter (where r.status = 'CONNECTED')
                from referral r join participant p on p.id = r.participant_id
                where r.program_id in (:programs) and r.created_at >= :from_at and r.created_at < :until_at and %s
                """.formatted(q.visible().on("p")))
                .paramSource(q.params())
                .query((rs, n) -> new Referrals(rs.getInt(1), rs.getInt(2)))
                .single();
    }
}
