package org.alongside.directory.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a place is open at a moment, from its HSDS schedules. A schedule's times are local to the
 * organisation's configured time zone unless they carry their own offset ({@code 09:00-05:00}) or
 * the schedule gives one ({@code timezone}, hours from UTC): HSDS's offsets are fixed and cannot
 * follow daylight saving, the configured zone can. A schedule counts between {@code valid_from}
 * and {@code valid_to} (and from {@code dtstart} until {@code until}), on the days its rule names:
 * weekly by weekday ({@code MO,TU}), every {@code interval} weeks from {@code dtstart}, or monthly by
 * the nth weekday ({@code 2MO}, {@code -1FR}) or day of the month ({@code 1,15,-1}). Closing at
 * 00:00 is midnight at the end of the day, so a night written as two schedules reads as one.
 */
public final class OpeningHours {

    private OpeningHours() {}

    /** When a schedule opens and closes on one date of its own calendar. */
    public record Interval(Instant opens, Instant closes) {}

    /** The schedule's opening on {@code date}, if its rule names that date and it has both times. */
    public static Optional<Interval> on(Map<String, Object> schedule, LocalDate date, ZoneId zone) {
        if (!(schedule.get("opens_at") instanceof String opens)
                || !(schedule.get("closes_at") instanceof String closes)
                || !fallsOn(schedule, date)) {
            return Optional.empty();
        }
        ZoneId written = offset(schedule, opens, Instant.EPOCH, zone);
        LocalTime close = HsdsValues.localTime(closes);
        LocalDateTime end = close.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay() : date.atTime(close);
        return Optional.of(new Interval(
                date.atTime(HsdsValues.localTime(opens)).atZone(written).toInstant(),
                end.atZone(written).toInstant()));
    }

    /** Whether any of the schedules is open at {@code at}, with local times in {@code zone}. */
    public static boolean openAt(List<Map<String, Object>> schedules, Instant at, ZoneId zone) {
        return schedules.stream().anyMatch(schedule -> open(schedule, at, zone));
    }

    static boolean open(Map<String, Object> schedule, Instant at, ZoneId zone) {
        if (!(schedule.get("opens_at") instanceof String opens)
                || !(schedule.get("closes_at") instanceof String closes)) {
            return false;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, offset(schedule, opens, at, zone));
        LocalTime open = HsdsValues.localTime(opens);
        LocalTime close = HsdsValues.localTime(closes);
        boolean withinHours = !local.toLocalTime().isBefore(open)
                && (close.equals(LocalTime.MIDNIGHT) || local.toLocalTime().isBefore(close));
        return withinHours && fallsOn(schedule, local.toLocalDate());
    }

    /** The offset the schedule's times are written in: their own, the schedule's, or the zone's at that moment. */
    private static ZoneId offset(Map<String, Object> schedule, String opens, Instant at, ZoneId zone) {
        Optional<ZoneOffset> own = ownOffset(opens);
        if (own.isPresent()) {
            return own.get();
        }
        if (schedule.get("timezone") instanceof BigDecimal hours) {
            return ZoneOffset.ofTotalSeconds(
                    hours.multiply(BigDecimal.valueOf(3600)).intValue());
        }
        return zone;
    }

    private static Optional<ZoneOffset> ownOffset(String time) {
        for (int i = 5; i < time.length(); i++) {
            char c = time.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                return Optional.of(ZoneOffset.of(time.substring(i)));
            }
        }
        return Optional.empty();
    }

    /** Whether the schedule's rule names this local date. */
    public static boolean fallsOn(Map<String, Object> schedule, LocalDate date) {
        if (before(date, schedule.get("valid_from")) || after(date, schedule.get("valid_to"))) {
            return false;
        }
        if (before(date, schedule.get("dtstart")) || after(date, schedule.get("until"))) {
            return false;
        }
        String byday = schedule.get("byday") instanceof String b ? b.replace(" ", "") : "";
        String bymonthday = schedule.get("bymonthday") instanceof String m ? m.replace(" ", "") : "";
        if ("MONTHLY".equals(schedule.get("freq"))) {
            return monthly(date, byday, bymonthday, schedule);
        }
        if (!byday.isEmpty() && !weekdays(byday, date)) {
            return false;
        }
        return everyIntervalWeeks(date, schedule);
    }

    private static boolean monthly(LocalDate date, String byday, String bymonthday, Map<String, Object> schedule) {
        if (!bymonthday.isEmpty()) {
            for (String day : bymonthday.split(",")) {
                int n = Integer.parseInt(day);
                int wanted = n > 0 ? n : date.lengthOfMonth() + n + 1;
                if (date.getDayOfMonth() == wanted) {
                    return true;
                }
            }
            return false;
        }
        if (byday.isEmpty()) {
            return schedule.get("dtstart") instanceof LocalDate start && start.getDayOfMonth() == date.getDayOfMonth();
        }
        for (String rule : byday.split(",")) {
            DayOfWeek weekday = weekday(rule.substring(rule.length() - 2));
            String ordinal = rule.substring(0, rule.length() - 2);
            if (date.getDayOfWeek() != weekday) {
                continue;
            }
            if (ordinal.isEmpty()) {
                return true;
            }
            int n = Integer.parseInt(ordinal);
            LocalDate nth = n > 0
                    ? date.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday))
                    : date.with(TemporalAdjusters.lastInMonth(weekday)).minusWeeks(-n - 1L);
            if (nth.equals(date)) {
                return true;
            }
        }
        return false;
    }

    private static boolean weekdays(String byday, LocalDate date) {
        for (String rule : byday.split(",")) {
            if (rule.length() >= 2 && weekday(rule.substring(rule.length() - 2)) == date.getDayOfWeek()) {
                return true;
            }
        }
        return false;
    }

    private static boolean everyIntervalWeeks(LocalDate date, Map<String, Object> schedule) {
        if (!(schedule.get("interval") instanceof BigDecimal interval)
                || interval.intValue() <= 1
                || !(schedule.get("dtstart") instanceof LocalDate start)) {
            return true;
        }
        LocalDate startWeek = start.with(DayOfWeek.MONDAY);
        long weeks = ChronoUnit.WEEKS.between(startWeek, date.with(DayOfWeek.MONDAY));
        return weeks % interval.intValue() == 0;
    }

    public static DayOfWeek weekday(String code) {
        return switch (code) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("Not a weekday: " + code);
        };
    }

    private static boolean before(LocalDate date, Object bound) {
        return bound instanceof LocalDate from && date.isBefore(from);
    }

    private static boolean after(LocalDate date, Object bound) {
        return bound instanceof LocalDate to && date.isAfter(to);
    }
}
