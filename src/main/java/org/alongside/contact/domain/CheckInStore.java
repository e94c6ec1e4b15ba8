package org.alongside.contact.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alongside.contact.CallOutcome;
import org.alongside.participant.Visibility;
import org.alongside.shared.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-in plans and calls: loaded and saved, and the calls a caseload has planned, one statement each. */
@Repository
public class CheckInStore {

    /** The outcomes of a call that did not reach the person, as an SQL list. */
    public static final String UNANSWERED = "('LEFT_MESSAGE', 'NO_ANSWER', 'WRONG_NUMBER')";

    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One call made: its outcome, a line of what was said, a follow-up, and the note a reached call signed. */
    public record Call(
            UUID id,
            UUID participantId,
            UUID calledBy,
            Instant calledAt,
            LocalDate callDate,
            CallOutcome outcome,
            String words,
            LocalDate followUp,
            UUID noteId) {}

    /**
     * A person with check-in calls, as a caseload list needs them: the plan, the number to call (the
     * preferred phone, else the first), the last call and how many of the last three went unanswered.
     */
    public record Planned(
            UUID participantId,
            String name,
            UUID workerId,
            String workerName,
            CheckInPlan plan,
            String phone,
            CallOutcome lastOutcome,
            LocalDate lastOn,
            int unansweredOfLastThree) {

        /** Three calls in a row went unanswered. */
        public boolean unansweredInARow() {
            return unansweredOfLastThree >= CallOutcome.UNANSWERED_IN_A_ROW;
        }

        /** A call is planned on {@code date} and the person has not been reached that day yet. */
        public boolean toCallOn(LocalDate date) {
            return plan.dueOn(date) && !(date.equals(lastOn) && lastOutcome == CallOutcome.REACHED);
        }
    }

    public Optional<CheckInPlan> load(UUID participantId) {
        return jdbc.sql("select * from check_in_plan where participant_id = :p")
                .param("p", participantId)
                .query((rs, n) -> plan(rs))
                .optional();
    }

    /** Inserts a new plan or updates the one read at its version (stale otherwise); the plan then holds its new version. */
    public void save(CheckInPlan plan, UUID by, Instant at) {
        int changed = jdbc.sql(plan.version() < 0 ? """
                        insert into check_in_plan (participant_id, weekday, window_start, window_end, every_weeks,
                                                   starts_on, active, stopped_because, updated_by, updated_at, version)
                        values (:p, :weekday, :from, :until, :every, :starts, :active, :stopped, :by, :at, 0)
                        on conflict do nothing
                        """ : """
                        update check_in_plan set weekday = :weekday, window_start = :from, window_end = :until,
                               every_weeks = :every, starts_on = :starts, active = :active, stopped_because = :stopped,
                               updated_by = :by, updated_at = :at, version = version + 1
                        where participant_id = :p and version = :version
                        """)
                .param("p", plan.participantId())
                .param("weekday", plan.weekday().getValue())
                .param("from", plan.windowStart())
                .param("until", plan.windowEnd())
                .param("every", plan.everyWeeks())
                .param("starts", plan.startsOn())
                .param("active", plan.active())
                .param("stopped", plan.stopped() == null ? null : plan.stopped().name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("version", plan.version())
                .update();
        if (changed == 0) {
            throw new StaleVersionException(
                    "These check-in calls",
                    load(plan.participantId()).map(CheckInPlan::version).orElse(-1L));
        }
    }

    /**
     * Saves the call if the person is {@code visible} (the access rule rides in the insert), and
     * stops their plan when they asked to stop. Answers how many of the calls before it, up to two,
     * went unanswered; empty when the person is not visible and nothing was saved.
     */
    public Optional<Integer> insert(Visibility visible, Call call) {
        return jdbc.sql("""
                with saved as (
                  insert into check_in_call (id, participant_id, called_by, called_at, call_date, outcome, words, follow_up, note_id)
                  select :id, p.id, :by, :at, :day, :outcome, :words, :followUp, :note from participant p
                  where p.id = :p and """ + visible.on("p") + """
                  returning id),
                stopped as (
                  update check_in_plan set active = false, stopped_because = 'ASKED_TO_STOP', updated_by = :by,
                         updated_at = :at, version = version + 1
                  where participant_id = :p and active and :outcome = 'ASKED_TO_STOP' and exists (select 1 from saved))
                select (select count(*) from saved) as saved,
                       (select count(*) from (select k.outcome from check_in_call k where k.participant_id = :p
                                              order by k.called_at desc limit 2) earlier
                        where earlier.outcome in """ + UNANSWERED + ") as unanswered")
                .paramSource(visible.params()
                        .addValue("id", call.id())
                        .addValue("p", call.participantId())
                        .addValue("by", call.calledBy())
                        .addValue("at", Timestamp.from(call.calledAt()))
                        .addValue("day", call.callDate())
                        .addValue("outcome", call.outcome().name())
                        .addValue("words", call.words())
                        .addValue("followUp", call.followUp())
                        .addValue("note", call.noteId()))
                .query((rs, n) ->
                        rs.getInt("saved") == 0 ? Optional.<Integer>empty() : Optional.of(rs.getInt("unanswered")))
                .single();
    }

    /** Whether the person is {@code visible} (asked only when a call was refused, to refuse it as missing). */
    public boolean sees(Visibility visible, UUID participantId) {
        return jdbc.sql("select exists (select 1 from participant p where p.id = :p and " + visible.on("p") + ")")
                .paramSource(visible.params().addValue("p", participantId))
                .query(Boolean.class)
                .single();
    }

    /** Everyone {@code visible} with check-in calls going, in one statement. */
    public List<Planned> planned(Visibility visible) {
        return jdbc.sql("""
                select c.*, p.preferred_name, p.primary_worker_id, w.display_name as worker_name, ph.value as phone,
                       last.outcome as last_outcome, last.call_date as last_on,
                       (select count(*) from (select k.outcome from check_in_call k where k.participant_id = p.id
                                              order by k.called_at desc limit 3) recent
                        where recent.outcome in """ + UNANSWERED + """
                       ) as unanswered
                from participant p
                join lateral (select * from check_in_plan c where c.participant_id = p.id and c.active offset 0) c on true
                join staff_member w on w.id = p.primary_worker_id
                left join lateral (select m.value from contact_method m where m.participant = p.id and m.kind <> 'EMAIL'
                                   order by m.preferred desc, m.participant_key limit 1) ph on true
                left join lateral (select k.outcome, k.call_date from check_in_call k where k.participant_id = p.id
                                   order by k.called_at desc limit 1) last on true
                where p.active and """ + visible.on("p"))
                .paramSource(visible.params())
                .query((rs, n) -> new Planned(
                        rs.getObject("participant_id", UUID.class),
                        rs.getString("preferred_name"),
                        rs.getObject("primary_worker_id", UUID.class),
                        rs.getString("worker_name"),
                        plan(rs),
                        rs.getString("phone"),
                        rs.getString("last_outcome") == null ? null : CallOutcome.valueOf(rs.getString("last_outcome")),
                        rs.getObject("last_on", LocalDate.class),
                        rs.getInt("unanswered")))
                .list();
    }

    /** The person's latest calls, newest first. */
    public List<Call> latest(UUID participantId, int limit) {
        return jdbc.sql("select * from check_in_call where participant_id = :p order by called_at desc limit :limit")
                .param("p", participantId)
                .param("limit", limit)
                .query((rs, n) -> new Call(
                        rs.getObject("id", UUID.class),
                        participantId,
                        rs.getObject("called_by", UUID.class),
                        rs.getTimestamp("called_at").toInstant(),
                        rs.getObject("call_date", LocalDate.class),
                        CallOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("words"),
                        rs.getObject("follow_up", LocalDate.class),
                        rs.getObject("note_id", UUID.class)))
                .list();
    }

    /** The check-in plan in the current row (columns of {@code check_in_plan}). */
    public static CheckInPlan plan(ResultSet rs) throws SQLException {
        String stopped = rs.getString("stopped_because");
        return new CheckInPlan(
                rs.getObject("participant_id", UUID.class),
                DayOfWeek.of(rs.getInt("weekday")),
                rs.getObject("window_start", LocalTime.class),
                rs.getObject("window_end", LocalTime.class),
                rs.getInt("every_weeks"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getBoolean("active"),
                stopped == null ? null : CheckInPlan.Stopped.valueOf(stopped),
                rs.getLong("version"));
    }
}
