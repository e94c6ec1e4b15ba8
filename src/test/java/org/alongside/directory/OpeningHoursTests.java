package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alongside.directory.domain.OpeningHours;
import org.junit.jupiter.api.Test;

/** "Open now" on fixed clocks, in New York's time zone unless a schedule gives its own offset. */
class OpeningHoursTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Map<String, Object> schedule(Object... pairs) {
        Map<String, Object> schedule = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            schedule.put((String) pairs[i], pairs[i + 1]);
        }
        return schedule;
    }

    private static Instant newYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    private static boolean open(List<Map<String, Object>> schedules, Instant at) {
        return OpeningHours.openAt(schedules, at, NEW_YORK);
    }

    @Test
    void weekdayHoursAreClosedBeforeOpenAtOpeningAndClosedAtClosing() {
        var weekdays = List.of(
                schedule("freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR", "opens_at", "09:00", "closes_at", "17:00"));
        // Thursday 26 November 2026
        assertThat(open(weekdays, newYork("2026-11-26T08:59:59"))).isFalse();
        assertThat(open(weekdays, newYork("2026-11-26T09:00:00"))).isTrue();
        assertThat(open(weekdays, newYork("2026-11-26T16:59:59"))).isTrue();
        assertThat(open(weekdays, newYork("2026-11-26T17:00:00"))).isFalse();
        assertThat(open(weekdays, newYork("2026-11-28T10:00:00")))
                .as("Saturday")
                .isFalse();
    }

    @Test
    void aNightWrittenAsTwoSchedulesIsOpenAcrossMidnight() {
        var night = List.of(
                schedule("freq", "WEEKLY", "byday", "FR", "opens_at", "22:00", "closes_at", "00:00"),
                schedule("freq", "WEEKLY", "byday", "SA", "opens_at", "00:00", "closes_at", "06:00"));
        assertThat(open(night, newYork("2026-11-27T21:59:00"))).isFalse();
        assertThat(open(night, newYork("2026-11-27T23:59:59"))).isTrue();
        assertThat(open(night, newYork("2026-11-28T00:00:00"))).isTrue();
        assertThat(open(night, newYork("2026-11-28T05:59:00"))).isTrue();
        assertThat(open(night, newYork("2026-11-28T06:00:00"))).isFalse();
    }

    @Test
    void onTheDayClocksGoForwardLocalTimesFollowTheZoneAndAFixedOffsetDoesNot() {
        // 8 March 2026: New York moves from UTC-5 to UTC-4 at 02:00.
        var local = List.of(schedule("byday", "SU", "opens_at", "09:00", "closes_at", "10:00"));
        assertThat(open(local, Instant.parse("2026-03-08T13:30:00Z")))
                .as("09:30 EDT")
                .isTrue();
        assertThat(open(local, Instant.parse("2026-03-08T14:30:00Z")))
                .as("10:30 EDT")
                .isFalse();
        var fixed = List.of(
                schedule("byday", "SU", "opens_at", "09:00", "closes_at", "10:00", "timezone", new BigDecimal("-5")));
        assertThat(open(fixed, Instant.parse("2026-03-08T13:30:00Z")))
                .as("08:30 at UTC-5")
                .isFalse();
        assertThat(open(fixed, Instant.parse("2026-03-08T14:30:00Z")))
                .as("09:30 at UTC-5")
                .isTrue();
        var ownOffset = List.of(schedule("byday", "SU", "opens_at", "09:00-05:00", "closes_at", "10:00-05:00"));
        assertThat(open(ownOffset, Instant.parse("2026-03-08T14:30:00Z"))).isTrue();
    }

    @Test
    void aMonthlyScheduleOpensOnTheNthWeekdayAndTheLastOne() {
        var secondMonday =
                List.of(schedule("freq", "MONTHLY", "byday", "2MO", "opens_at", "18:00", "closes_at", "20:00"));
        assertThat(open(secondMonday, newYork("2026-12-07T19:00:00")))
                .as("first Monday")
                .isFalse();
        assertThat(open(secondMonday, newYork("2026-12-14T19:00:00")))
                .as("second Monday")
                .isTrue();
        assertThat(open(secondMonday, newYork("2026-12-21T19:00:00")))
                .as("third Monday")
                .isFalse();
        var lastFriday =
                List.of(schedule("freq", "MONTHLY", "byday", "-1FR", "opens_at", "10:00", "closes_at", "12:00"));
        assertThat(open(lastFriday, newYork("2026-12-25T11:00:00"))).isTrue();
        assertThat(open(lastFriday, newYork("2026-12-18T11:00:00"))).isFalse();
        var firstAndLastDay =
                List.of(schedule("freq", "MONTHLY", "bymonthday", "1,-1", "opens_at", "10:00", "closes_at", "12:00"));
        assertThat(open(firstAndLastDay, newYork("2027-02-28T11:00:00"))).isTrue();
        assertThat(open(firstAndLastDay, newYork("2027-02-27T11:00:00"))).isFalse();
    }

    @Test
    void aScheduleCountsOnlyBetweenValidFromAndValidTo() {
        var winter = List.of(schedule(
                "opens_at",
                "09:00",
                "closes_at",
                "17:00",
                "valid_from",
                LocalDate.of(2026, 11, 1),
                "valid_to",
                LocalDate.of(2026, 11, 25)));
        assertThat(open(winter, newYork("2026-10-31T12:00:00"))).isFalse();
        assertThat(open(winter, newYork("2026-11-25T12:00:00"))).isTrue();
        assertThat(open(winter, newYork("2026-11-26T12:00:00"))).as("expired").isFalse();
    }

    @Test
    void everyOtherWeekCountsFromTheFirstDate() {
        var fortnightly = List.of(schedule(
                "freq", "WEEKLY",
                "interval", new BigDecimal("2"),
                "byday", "WE",
                "dtstart", LocalDate.of(2026, 11, 4),
                "opens_at", "13:00",
                "closes_at", "15:00"));
        assertThat(open(fortnightly, newYork("2026-11-18T14:00:00"))).isTrue();
        assertThat(open(fortnightly, newYork("2026-11-25T14:00:00"))).isFalse();
    }

    @Test
    void hoursWithoutAnOpeningOrClosingTimeNeverCountAsOpen() {
        assertThat(open(List.of(schedule("byday", "MO", "opens_at", "09:00")), newYork("2026-11-30T10:00:00")))
                .isFalse();
    }
}
