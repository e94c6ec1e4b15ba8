package org.alongside.recoveryplan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.recoveryplan.Habit.Frequency;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The wellness daily plan: habits the person chose and quick check-ins, with streaks and a 4-week view. */
@Service
public class DailyPlanManagement {

    private static final int HISTORY_DAYS = 730;

    private final JdbcClient jdbc;
    private final ParticipantManagement participants;
    private final RecordGate gate;
    private final Clock clock;

    DailyPlanManagement(JdbcClient jdbc, RecordGate gate, ParticipantManagement participants, Clock clock) {
        this.clock = clock;
        this.participants = participants;
        this.jdbc = jdbc;
        this.gate = gate;
    }

    public record NewHabit(
            HabitArea area,
            String description,
            Frequency frequency,
            String whyItMatters,
            String supporterName,
            String supporterRelationship) {}

    public UUID addHabit(Viewer viewer, UUID participantId, NewHabit habit) {
        return gate.change(viewer, participantId, RecoveryPlanActions.DAILY_HABIT_ADD, admission -> {
            check(habit);
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into habit (id, participant_id, area, description, frequency, why_it_matters, supporter_name,
                                       supporter_relationship, created_by)
                    values (:id, :p, :area, :description, :frequency, :why, :supporter, :relationship, :by)
                    """)
                    .param("id", id)
                    .param("p", participantId)
                    .param("area", habit.area().name())
                    .param("description", habit.description().trim())
                    .param("frequency", habit.frequency().name())
                    .param("why", Blank.toNull(habit.whyItMatters()))
                    .param("supporter", Blank.toNull(habit.supporterName()))
                    .param("relationship", Blank.toNull(habit.supporterRelationship()))
                    .param("by", viewer.staff().id())
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
            admission.detail("habit=" + id);
            return id;
        });
    }

    /** What a check-in did: the day's result before it (null when it is the first) and now. */
    public record CheckInOutcome(CheckInResult before, CheckInResult now) {

        public boolean changed() {
            return before != null && before != now;
        }
    }

    /**
     * Records how a habit went on a day. A second check-in for the same day replaces the first; the
     * answer says what it was before, so the page can say so, and the audit records it.
     */
    public CheckInOutcome checkIn(
            Viewer viewer, UUID participantId, UUID habitId, LocalDate day, CheckInResult result, String note) {
        return gate.change(viewer, participantId, RecoveryPlanActions.DAILY_CHECK_IN, admission -> {
            boolean ownHabit = jdbc.sql("select exists (select 1 from habit where id = :h and participant_id = :p)")
                    .param("h", habitId)
                    .param("p", participantId)
                    .query(Boolean.class)
                    .single();
            if (!ownHabit) {
                throw new NotFoundException("This habit");
            }
            LocalDate date = day == null ? LocalDate.now(clock) : day;
            Map<String, String> errors = new LinkedHashMap<>();
            if (date.isAfter(LocalDate.now(clock))) {
                errors.put("day", "Check in for today or an earlier day");
            } else if (date.isBefore(LocalDate.now(clock).minusDays(HISTORY_DAYS))) {
                errors.put("day", "Check in for a day within the last two years");
            }
            if (result == null) {
                errors.put("result", "Choose done, partly or not today");
            }
            if (note != null && note.length() > 500) {
                errors.put("note", "Use at most 500 characters");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            CheckInResult before = jdbc.sql(
                            "select result from habit_check_in where habit_id = :h and day = :day for update")
                    .param("h", habitId)
                    .param("day", date)
                    .query(String.class)
                    .optional()
                    .map(CheckInResult::valueOf)
                    .orElse(null);
            jdbc.sql("""
                    insert into habit_check_in (habit_id, day, result, note, recorded_by, recorded_at)
                    values (:h, :day, :result, :note, :by, :now)
                    on conflict (habit_id, day) do update set result = excluded.result, note = excluded.note,
                        recorded_by = excluded.recorded_by, recorded_at = :now
                    """)
                    .param("h", habitId)
                    .param("day", date)
                    .param("result", result.name())
                    .param("note", Blank.toNull(note))
                    .param("by", viewer.staff().id())
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
            admission.detail("habit=" + habitId + " day=" + date + " result=" + result
                    + (before == null || before == result ? "" : " was=" + before));
            return new CheckInOutcome(before, result);
        });
    }

    public List<Habit> habits(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, RecoveryPlanActions.DAILY_VIEW, admission -> habitsOf(participantId));
    }

    /** The page of habits: the person and what they hold, in one gated read (one check, one audit row). */
    public WithPerson<List<Habit>> habitsPage(Viewer viewer, UUID participantId) {
        return participants.readWithPerson(
                viewer, participantId, RecoveryPlanActions.DAILY_VIEW, admission -> habitsOf(participantId));
    }

    private List<Habit> habitsOf(UUID participantId) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Map<LocalDate, CheckInResult>> checkIns = new HashMap<>();
        jdbc.sql("""
                select c.habit_id, c.day, c.result from habit_check_in c join habit h on h.id = c.habit_id
                where h.participant_id = :p and c.day >= :since
                """)
                .param("p", participantId)
                .param("since", today.minusDays(HISTORY_DAYS))
                .query(rs -> {
                    checkIns.computeIfAbsent(rs.getObject("habit_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getObject("day", LocalDate.class), CheckInResult.valueOf(rs.getString("result")));
                });
        return jdbc.sql("""
                select id, area, description, frequency, why_it_matters, supporter_name, supporter_relationship
                from habit where participant_id = :p and active order by created_at
                """)
                .param("p", participantId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Map<LocalDate, CheckInResult> days = checkIns.getOrDefault(id, Map.of());
                    Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
                    return new Habit(
                            id,
                            HabitArea.valueOf(rs.getString("area")),
                            rs.getString("description"),
                            frequency,
                            rs.getString("why_it_matters"),
                            rs.getString("supporter_name"),
                            rs.getString("supporter_relationship"),
                            days,
                            fourWeeks(days, today),
                            frequency == Frequency.DAILY ? Streak.daily(days, today) : Streak.weekly(days, today));
                })
                .list();
    }

    private static List<Habit.Day> fourWeeks(Map<LocalDate, CheckInResult> days, LocalDate today) {
        List<Habit.Day> view = new ArrayList<>(28);
        for (int back = 27; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            view.add(new Habit.Day(day, days.get(day)));
        }
        return view;
    }

    private static void check(NewHabit habit) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (habit.area() == null) {
            errors.put("area", "Choose what the habit is about");
        }
        if (habit.frequency() == null) {
            errors.put("frequency", "Choose every day or every week");
        }
        if (habit.description() == null || habit.description().isBlank()) {
            errors.put("description", "Describe the habit in the person's words");
        } else if (habit.description().length() > 500) {
            errors.put("description", "Use at most 500 characters");
        }
        if (habit.whyItMatters() != null && habit.whyItMatters().length() > 1000) {
            errors.put("whyItMatters", "Use at most 1000 characters");
        }
        if (habit.supporterName() != null && habit.supporterName().length() > 200) {
            errors.put("supporterName", "Use at most 200 characters");
        }
        if (habit.supporterRelationship() != null
                && habit.supporterRelationship().length() > 100) {
            errors.put("supporterRelationship", "Use at most 100 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
