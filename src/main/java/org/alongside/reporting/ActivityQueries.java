package org.alongside.reporting;

import java.util.ArrayList;
import java.util.List;
import org.alongside.contact.Activity;
import org.alongside.reporting.ProgramOutcomes.Groups;
import org.alongside.reporting.ProgramOutcomes.People;
import org.alongside.reporting.ProgramOutcomes.Referrals;
import org.alongside.reporting.ProgramOutcomes.Service;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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

    /** Gives the report's transaction room for its sorts and writes down the people served (see {@link ReportSql#prepare}). */
    void prepare(ReportSql q) {
        jdbc.sql("select set_config('work_mem', :mem, true)")
                .param("mem", ReportSql.WORK_MEM)
                .query()
                .singleValue();
        jdbc.sql(q.prepare()).paramSource(q.params()).update();
        jdbc.sql("analyze report_served").update();
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

    /** Contacts, minutes and people by mode (with all of them, key null, last) and by activity. */
    record Contacts(List<Service> byMode, Service all, List<Service> byActivity) {}

    /**
     * Contacts by mode and by activity in one read of the contacts: counted per person and mode
     * first (with each activity's share as a filtered count), then per mode and per activity, all by
     * hashing, the keys compared byte by byte. Two reads, with each contact's activities unpacked
     * and every contact sorted by key and person, took three times as long on a year's contacts of
     * 40,000 people.
     */
    Contacts contacts(ReportSql q) {
        Activity[] activities = Activity.values();
        StringBuilder perActivity = new StringBuilder();
        StringBuilder totals = new StringBuilder();
        for (int i = 0; i < activities.length; i++) {
            perActivity.append(
                    ", count(*) filter (where jsonb_exists(c.activities, :activity_%d)) as n%d".formatted(i, i));
            perActivity.append(
                    ", sum(c.minutes) filter (where jsonb_exists(c.activities, :activity_%d)) as m%d".formatted(i, i));
            totals.append(", sum(n%d), coalesce(sum(m%d), 0), count(distinct participant_id) filter (where n%d > 0)"
                    .formatted(i, i, i));
        }
        MapSqlParameterSource params = q.params();
        for (int i = 0; i < activities.length; i++) {
            params.addValue("activity_" + i, activities[i].name());
        }
        List<Service> modes = new ArrayList<>();
        List<Service> byActivity = new ArrayList<>();
        Service[] all = {new Service(null, 0, 0, 0)};
        jdbc.sql(q.served() + ", per as materialized (select c.mode collate \"C\" as key, c.participant_id,"
                        + " count(*) as n, sum(c.minutes) as m" + perActivity
                        + " from served s join contact_note c on c.participant_id = s.participant_id"
                        + " where c.status in ('SIGNED', 'PENDING_COSIGN') and c.contact_date between :from and :to"
                        + " group by 1, 2)"
                        + " select key, sum(n), coalesce(sum(m), 0), count(*)"
                        + totals.toString()
                                .replaceAll(
                                        "count\\(distinct participant_id\\) filter \\(where (n\\d+) > 0\\)",
                                        "count(*) filter (where $1 > 0)")
                        + " from per group by key"
                        + " union all select null, coalesce(sum(n), 0), coalesce(sum(m), 0), count(distinct participant_id)"
                        + totals + " from per order by 1 nulls last")
                .paramSource(params)
                .query(rs -> {
                    Service row = new Service(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getInt(4));
                    if (row.key() != null) {
                        modes.add(row);
                        return;
                    }
                    all[0] = new Service(null, row.contacts(), row.minutes(), row.people());
                    for (int i = 0; i < activities.length; i++) {
                        int contacts = rs.getInt(5 + 3 * i);
                        if (contacts > 0) {
                            byActivity.add(new Service(
                                    activities[i].name(), contacts, rs.getLong(6 + 3 * i), rs.getInt(7 + 3 * i)));
                        }
                    }
                });
        return new Contacts(largestFirst(modes), all[0], largestFirst(byActivity));
    }

    private static List<Service> largestFirst(List<Service> rows) {
        return rows.stream()
                .sorted(java.util.Comparator.comparingInt(Service::contacts)
                        .reversed()
                        .thenComparing(Service::key))
                .toList();
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
