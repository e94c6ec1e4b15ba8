package org.alongside.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.Visibility;
import org.alongside.staff.SupervisionManagement;
import org.alongside.staff.SupervisorLink;
import org.alongside.today.TodayItem;
import org.alongside.today.TodayItem.Section;
import org.alongside.today.TodayItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What contact notes put on Today beyond the caseload's own pass ({@link CaseloadToday}): notes to
 * finish and notes returned by a supervisor. For a supervisor: notes waiting for their
 * co-sign and, per supervisee, what is open on their caseload. For an administrator: how long
 * notes have been waiting. One statement each.
 */
@Component
class ContactToday implements TodayItems {

    /** A person's latest note that was not discarded, as a lateral read over {@code p}. */
    static final String LATEST_NOTE = """
            select n.contact_date, n.follow_up_date, n.next_steps from contact_note n
            where n.participant_id = p.id and n.status <> 'DISCARDED'
            order by n.contact_date desc nulls first, n.created_at desc limit 1""";

    private static final String LATEST = "select p.id, p.preferred_name, last.contact_date, last.follow_up_date,"
            + " last.next_steps from participant p left join lateral (" + LATEST_NOTE
            + ") last on true where p.active and ";

    private final JdbcClient jdbc;
    private final SupervisionManagement supervision;
    private final NoContactRule noContact;

    ContactToday(JdbcClient jdbc, SupervisionManagement supervision, NoContactRule noContact) {
        this.jdbc = jdbc;
        this.supervision = supervision;
        this.noContact = noContact;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        List<TodayItem> items = new ArrayList<>();
        UUID me = day.viewer().id();
        unfinished(day.visible(), me, items);
        if (day.viewer().isSupervisor()) {
            waiting(day, items);
            team(day, items);
        }
        if (day.viewer().isAdmin()) {
            lingering(day, items);
        }
        return items;
    }

    private void unfinished(Visibility visible, UUID me, List<TodayItem> items) {
        jdbc.sql("""
                select n.id, n.participant_id, p.preferred_name, n.status, n.contact_date, n.returned_comment,
                       r.display_name as returned_by
                from contact_note n join participant p on p.id = n.participant_id
                left join staff_member r on r.id = n.returned_by
                where n.author_id = :me and n.status in ('DRAFT', 'RETURNED') and """ + visible.on("p"))
                .paramSource(visible.params().addValue("me", me))
                .query(rs -> {
                    UUID person = rs.getObject("participant_id", UUID.class);
                    String href = "/people/" + person + "/notes/" + rs.getObject("id", UUID.class);
                    boolean returned = "RETURNED".equals(rs.getString("status"));
                    TodayItem item = returned
                            ? TodayItem.of(Section.RETURNED, "today.note.returned", href, rs.getString("returned_by"))
                                    .saying(rs.getString("returned_comment"))
                            : TodayItem.of(Section.TO_FINISH, "today.note.draft", href);
                    items.add(item.about(person, rs.getString("preferred_name"))
                            .due(rs.getObject("contact_date", LocalDate.class)));
                });
    }

    private void waiting(Day day, List<TodayItem> items) {
        List<UUID> supervisees = supervision.superviseesOf(day.viewer().id()).stream()
                .map(SupervisorLink::workerId)
                .toList();
        if (supervisees.isEmpty()) {
            return;
        }
        Visibility visible = day.visible();
        jdbc.sql("""
                select n.id, n.participant_id, p.preferred_name, n.contact_date, n.signed_name
                from contact_note n join participant p on p.id = n.participant_id
                where n.status = 'PENDING_COSIGN' and n.author_id in (:authors) and """ + visible.on("p"))
                .paramSource(visible.params().addValue("authors", supervisees))
                .query(rs -> {
                    UUID person = rs.getObject("participant_id", UUID.class);
                    items.add(TodayItem.of(
                                    Section.COSIGN,
                                    "today.cosign",
                                    "/people/" + person + "/notes/" + rs.getObject("id", UUID.class),
                                    rs.getString("signed_name"))
                            .about(person, rs.getString("preferred_name"))
                            .due(rs.getObject("contact_date", LocalDate.class)));
                });
    }

    /** An enrolment lapses when the person has had no contact in this many days (and joined longer ago). */
    static final int LAPSED_DAYS = 90;

    /**
     * For an administrator: notes waiting a week or more for a co-sign, drafts left a week or more,
     * and people whose enrolment has lapsed (no contact in {@value #LAPSED_DAYS} days: reach out, or
     * discharge with a reason).
     */
    private void lingering(Day day, List<TodayItem> items) {
        int lapsed = jdbc.sql("""
                select count(*) from participant p
                where p.active and p.created_at < :since and not exists (
                  select 1 from contact_note n where n.participant_id = p.id and n.status <> 'DISCARDED'
                  and n.contact_date >= :sinceDay) and """ + day.visible().on("p"))
                .paramSource(day.visible()
                        .params()
                        .addValue(
                                "since",
                                java.sql.Timestamp.valueOf(
                                        day.date().minusDays(LAPSED_DAYS).atStartOfDay()))
                        .addValue("sinceDay", day.date().minusDays(LAPSED_DAYS)))
                .query(Integer.class)
                .single();
        if (lapsed > 0) {
            items.add(TodayItem.of(Section.ATTENTION, "today.admin.lapsed", "/people?scope=all", lapsed, LAPSED_DAYS));
        }
        Visibility visible = day.visible();
        jdbc.sql("""
                select count(*) filter (where n.status = 'PENDING_COSIGN') as waiting,
                       count(*) filter (where n.status = 'DRAFT') as drafts
                from contact_note n join participant p on p.id = n.participant_id
                where n.status in ('PENDING_COSIGN', 'DRAFT') and n.updated_at < :week and """ + visible.on("p"))
                .paramSource(visible.params()
                        .addValue("week", day.date().minusDays(7).atStartOfDay()))
                .query(rs -> {
                    if (rs.getInt("waiting") > 0) {
                        items.add(TodayItem.of(
                                Section.ATTENTION, "today.admin.waiting", "/review", rs.getInt("waiting")));
                    }
                    if (rs.getInt("drafts") > 0) {
                        items.add(TodayItem.of(
                                Section.ATTENTION, "today.admin.drafts", "/people?scope=all", rs.getInt("drafts")));
                    }
                });
    }

    private void team(Day day, List<TodayItem> items) {
        Visibility team = day.visible().teamOf(day.viewer().id());
        jdbc.sql("""
                select w.id as worker_id, w.display_name, count(*) as people,
                       count(*) filter (where last.follow_up_date < :today) as overdue,
                       count(*) filter (where last.contact_date is null or last.contact_date <= :since) as not_seen
                from (""" + LATEST + team.on("p") + """
                ) last join participant p on p.id = last.id join staff_member w on w.id = p.primary_worker_id
                group by w.id, w.display_name order by w.display_name
                """)
                .paramSource(team.params()
                        .addValue("today", day.date())
                        .addValue("since", noContact.latestLongAgo(day.date())))
                .query(rs -> {
                    items.add(TodayItem.of(
                            Section.TEAM,
                            "today.team.worker",
                            "/people?worker=" + rs.getObject("worker_id", UUID.class) + "&attention=true",
                            rs.getString("display_name"),
                            rs.getInt("people"),
                            rs.getInt("overdue"),
                            rs.getInt("not_seen")));
                });
    }
}
