package org.alongside.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.contact.domain.CheckInStore;
import org.alongside.participant.Visibility;
import org.alongside.shared.ContactValues;
import org.alongside.today.TodayItem;
import org.alongside.today.TodayItem.Section;
import org.alongside.today.TodayItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the viewer's own caseload puts on Today, in one statement over it: follow-ups agreed for
 * today or overdue (with what was agreed and the number to call), people not contacted in N days,
 * and the check-in calls planned for today or not answered three times in a row.
 */
@Component
class CaseloadToday implements TodayItems {

    /**
     * Each person on the caseload with their latest note, their check-in plan and last three calls,
     * and the number to call (the preferred phone, else the first) when a follow-up is due or calls
     * are planned. The plan and the calls are read per person ({@code offset 0} keeps the lateral
     * reads from being turned into a scan of every plan, which a prepared statement's generic plan
     * chose: 320 index probes instead of 40 for one worker on the benchmark's data).
     */
    private static final String CASELOAD = """
            select p.id, p.preferred_name, last.contact_date, last.follow_up_date, last.next_steps,
                   c.participant_id, c.weekday, c.window_start, c.window_end, c.every_weeks, c.starts_on, c.active,
                   c.stopped_because, c.version, calls.last_outcome, calls.last_on, calls.unanswered,
                   case when last.follow_up_date <= :today or c.participant_id is not null then
                     (select m.value from contact_method m where m.participant = p.id and m.kind <> 'EMAIL'
                      order by m.preferred desc, m.participant_key limit 1) end as phone
            from participant p
            left join lateral (""" + ContactToday.LATEST_NOTE + """
            ) last on true
            left join lateral (select * from check_in_plan c where c.participant_id = p.id and c.active offset 0) c on true
            left join lateral (select (array_agg(r.outcome order by r.called_at desc))[1] as last_outcome,
                                      max(r.call_date) as last_on,
                                      count(*) filter (where r.outcome in """ + CheckInStore.UNANSWERED + """
            ) as unanswered
                               from (select k.outcome, k.call_date, k.called_at from check_in_call k
                                     where k.participant_id = c.participant_id order by k.called_at desc limit 3) r) calls on true
            where p.active and """;

    private final JdbcClient jdbc;
    private final NoContactRule noContact;

    CaseloadToday(JdbcClient jdbc, NoContactRule noContact) {
        this.jdbc = jdbc;
        this.noContact = noContact;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        Visibility caseload = day.visible().caseloadOf(day.viewer().id());
        LocalDate today = day.date();
        List<TodayItem> items = new ArrayList<>();
        List<CheckInStore.Planned> planned = new ArrayList<>();
        jdbc.sql(CASELOAD + caseload.on("p"))
                .paramSource(caseload.params().addValue("today", today))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String name = rs.getString("preferred_name");
                    String phone = rs.getString("phone");
                    if (rs.getObject("participant_id") != null) {
                        String last = rs.getString("last_outcome");
                        planned.add(new CheckInStore.Planned(
                                id,
                                name,
                                day.viewer().id(),
                                null,
                                CheckInStore.plan(rs),
                                phone,
                                last == null ? null : CallOutcome.valueOf(last),
                                rs.getObject("last_on", LocalDate.class),
                                rs.getInt("unanswered")));
                    }
                    followUp(rs, id, name, phone, today, items);
                });
        for (CheckInCalls.CallDue call : CheckInCalls.due(planned, today)) {
            items.add(CallsToday.item(call));
        }
        return items;
    }

    private void followUp(
            java.sql.ResultSet rs, UUID id, String name, String phone, LocalDate today, List<TodayItem> items)
            throws java.sql.SQLException {
        LocalDate last = rs.getObject("contact_date", LocalDate.class);
        LocalDate followUp = rs.getObject("follow_up_date", LocalDate.class);
        String write = "/people/" + id + "/notes";
        if (followUp != null && !followUp.isAfter(today)) {
            boolean due = followUp.isEqual(today);
            items.add(TodayItem.of(
                            due ? Section.TODAY : Section.OVERDUE,
                            due ? "today.followUp.today" : "today.followUp.overdue",
                            "/people/" + id)
                    .about(id, name)
                    .saying(rs.getString("next_steps"))
                    .due(followUp)
                    .withAction("today.writeNote", write)
                    .calling(
                            phone,
                            phone == null ? null : ContactValues.dialable(phone),
                            "/people/" + id + "/calls",
                            null,
                            null));
        } else if (last == null) {
            items.add(TodayItem.of(Section.NOT_SEEN, "today.notSeen.never", "/people/" + id)
                    .about(id, name)
                    .withAction("today.writeNote", write));
        } else if (noContact.longSince(last, today)) {
            items.add(TodayItem.of(Section.NOT_SEEN, "today.notSeen.since", "/people/" + id, noContact.days())
                    .about(id, name)
                    .due(last)
                    .withAction("today.writeNote", write));
        }
    }
}
