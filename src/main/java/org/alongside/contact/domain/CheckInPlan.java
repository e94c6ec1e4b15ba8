package org.alongside.contact.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.StaleVersionException;

/**
 * The check-in calls a person opted into: a weekday, a window of time that suits them, and how
 * often (weekly by default, up to every four weeks, counted from the first call's week). Stopped
 * when the person asks, or when the worker ends it; opting in again starts it afresh.
 */
public final class CheckInPlan {

    /** Why the calls stopped. */
    public enum Stopped {
        ASKED_TO_STOP,
        ENDED
    }

    private final UUID participantId;
    private DayOfWeek weekday;
    private LocalTime windowStart;
    private LocalTime windowEnd;
    private int everyWeeks;
    private LocalDate startsOn;
    private boolean active;
    private Stopped stopped;
    private long version;

    CheckInPlan(
            UUID participantId,
            DayOfWeek weekday,
            LocalTime windowStart,
            LocalTime windowEnd,
            int everyWeeks,
            LocalDate startsOn,
            boolean active,
            Stopped stopped,
            long version) {
        this.participantId = participantId;
        this.weekday = weekday;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.everyWeeks = everyWeeks;
        this.startsOn = startsOn;
        this.active = active;
        this.stopped = stopped;
        this.version = version;
    }

    /** The person opts in: calls on {@code weekday} between the two times, every {@code everyWeeks} weeks. */
    public static CheckInPlan optIn(
            UUID participantId,
            DayOfWeek weekday,
            LocalTime from,
            LocalTime until,
            Integer everyWeeks,
            LocalDate today) {
        check(weekday, from, until, everyWeeks);
        return new CheckInPlan(
                participantId, weekday, from, until, everyWeeks, firstOn(weekday, today), true, null, -1);
    }

    /** A new day, window or rhythm (which also restarts calls that had stopped). */
    public void change(
            DayOfWeek newDay,
            LocalTime from,
            LocalTime until,
            Integer newEvery,
            long expectedVersion,
            LocalDate today) {
        requireVersion(expectedVersion);
        check(newDay, from, until, newEvery);
        if (newDay != weekday || newEvery != everyWeeks || !active) {
            startsOn = firstOn(newDay, today);
        }
        weekday = newDay;
        windowStart = from;
        windowEnd = until;
        everyWeeks = newEvery;
        active = true;
        stopped = null;
    }

    /** No more calls: the person asked, or the worker ended them. */
    public void stop(Stopped why) {
        active = false;
        stopped = why;
    }

    /** Whether a call is planned on {@code date}. */
    public boolean dueOn(LocalDate date) {
        return active
                && date.getDayOfWeek() == weekday
                && !date.isBefore(startsOn)
                && ChronoUnit.WEEKS.between(startsOn, date) % everyWeeks == 0;
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException("These check-in calls", version);
        }
    }

    private static LocalDate firstOn(DayOfWeek day, LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(day));
    }

    private static void check(DayOfWeek weekday, LocalTime from, LocalTime until, Integer everyWeeks) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (weekday == null) {
            errors.put("weekday", "Choose the day for the calls");
        }
        if (from == null) {
            errors.put("windowStart", "Enter when the calls may start");
        }
        if (until == null) {
            errors.put("windowEnd", "Enter when the calls should end");
        } else if (from != null && !until.isAfter(from)) {
            errors.put("windowEnd", "The window ends after it starts");
        }
        if (everyWeeks == null || everyWeeks < 1 || everyWeeks > 4) {
            errors.put("everyWeeks", "Choose how often: every 1 to 4 weeks");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public UUID participantId() {
        return participantId;
    }

    public DayOfWeek weekday() {
        return weekday;
    }

    public LocalTime windowStart() {
        return windowStart;
    }

    public LocalTime windowEnd() {
        return windowEnd;
    }

    public int everyWeeks() {
        return everyWeeks;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public boolean active() {
        return active;
    }

    public Stopped stopped() {
        return stopped;
    }

    /** The store saved this plan: it is now one version on (a new plan's first is 0). */
    void saved() {
        version++;
    }

    /** The version read; -1 for a plan not saved yet. */
    public long version() {
        return version;
    }
}
