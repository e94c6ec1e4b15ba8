package org.alongside.directory.domain;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * The rule for a schedule's hours: it opens before it closes. Closing at 00:00 means midnight at
 * the end of the day, so hours that run past midnight are written as two schedules (Friday
 * 22:00–00:00 and Saturday 00:00–06:00), which "open now" joins.
 */
public final class ScheduleHours {

    private ScheduleHours() {}

    /** Why these hours cannot be kept, or empty when they can (also when either time is missing). */
    public static Optional<String> problem(Map<String, Object> schedule) {
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
