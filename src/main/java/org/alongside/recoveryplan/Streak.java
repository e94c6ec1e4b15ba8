package org.alongside.recoveryplan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * How long a habit has been kept up, counting done and partly alike. A daily streak counts days in
 * a row up to today, or up to yesterday while today has no check-in yet; a weekly streak counts
 * weeks (Monday to Sunday) in a row with at least one. A gap ends a streak; the next day starts a
 * new one.
 */
public final class Streak {

    private Streak() {}

    public static int daily(Map<LocalDate, CheckInResult> checkIns, LocalDate today) {
        NavigableSet<LocalDate> kept = kept(checkIns);
        LocalDate day = kept.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (kept.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    public static int weekly(Map<LocalDate, CheckInResult> checkIns, LocalDate today) {
        NavigableSet<LocalDate> kept = kept(checkIns);
        LocalDate week = monday(today);
        if (!anyIn(kept, week)) {
            week = week.minusWeeks(1);
        }
        int streak = 0;
        while (anyIn(kept, week)) {
            streak++;
            week = week.minusWeeks(1);
        }
        return streak;
    }

    private static NavigableSet<LocalDate> kept(Map<LocalDate, CheckInResult> checkIns) {
        NavigableSet<LocalDate> kept = new TreeSet<>();
        checkIns.forEach((day, result) -> {
            if (result.counts()) {
                kept.add(day);
            }
        });
        return kept;
    }

    private static boolean anyIn(NavigableSet<LocalDate> kept, LocalDate monday) {
        LocalDate next = kept.ceiling(monday);
        return next != null && ChronoUnit.DAYS.between(monday, next) < 7;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
