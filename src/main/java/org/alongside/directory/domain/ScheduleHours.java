package org.alongside.directory.domain;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a schedule's hours: days written as iCalendar writes them ({@code MO,TU},
 * {@code 2MO}, {@code -1FR}; days of the month {@code 1,15,-1}), and opening before closing. Closing at 00:00 means midnight at
 * the end of the day, so hours that run past midnight are written as two schedules (Friday
 * 22:00–00:00 and Saturday 00:00–06:00), which "open now" joins.
 */
public final class ScheduleHours {

    private ScheduleHours() {}

    private static final Pattern BYDAY =
            Pattern.compile("([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)(,([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU))*");
    private static final Pattern BYMONTHDAY = Pattern.compile("-?([1-9]|[12]\\d|3[01])(,-?([1-9]|[12]\\d|3[01]))*");

    /** Each field of the schedule that cannot be kept, with why. */
    public static Map<String, String> problems(Map<String, Object> schedule) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (schedule.get("byday") instanceof String byday
                && !BYDAY.matcher(byday.replace(" ", "")).matches()) {
            problems.put(
                    "byday",
                    "Days are written MO, TU, WE, TH, FR, SA, SU, separated by commas; 2MO is the"
                            + " second Monday of the month and -1FR the last Friday");
        }
        if (schedule.get("bymonthday") instanceof String days
                && !BYMONTHDAY.matcher(days.replace(" ", "")).matches()) {
            problems.put(
                    "bymonthday", "Days of the month are numbers from 1 to 31 separated by commas; -1 is the last day");
        }
        hours(schedule).ifPresent(reason -> problems.put("closes_at", reason));
        return problems;
    }

    /** Why these hours cannot be kept, or empty when they can (also when either time is missing). */
    private static Optional<String> hours(Map<String, Object> schedule) {
        if (!(schedule.get("opens_at") instanceof String opens)
                || !(schedule.get("closes_at") instanceof String closes)) {
            return Optional.empty();
        }
        LocalTime open = HsdsValues.localTime(opens);
        LocalTime close = HsdsValues.localTime(closes);
        if (close.equals(LocalTime.MIDNIGHT) || open.isBefore(close)) {
            return Optional.empty();
        }
        return Optional.of("Closes at " + closes + ", not after it opens at " + opens
                + ": for hours past midnight, end this schedule at 00:00 and add one for the next day");
    }
}
