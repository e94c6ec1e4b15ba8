package org.alongside.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreakTests {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    private static Map<LocalDate, CheckInResult> days(Object... dayAndResult) {
        Map<LocalDate, CheckInResult> map = new HashMap<>();
        for (int i = 0; i < dayAndResult.length; i += 2) {
            map.put(WEDNESDAY.minusDays((Integer) dayAndResult[i]), (CheckInResult) dayAndResult[i + 1]);
        }
        return map;
    }

    @Test
    void aDailyStreakCountsDaysInARowAndPartlyCounts() {
        assertThat(Streak.daily(days(0, CheckInResult.DONE, 1, CheckInResult.PARTLY, 2, CheckInResult.DONE), WEDNESDAY))
                .isEqualTo(3);
    }

    @Test
    void todayWithoutACheckInYetDoesNotBreakTheStreak() {
        assertThat(Streak.daily(days(1, CheckInResult.DONE, 2, CheckInResult.DONE), WEDNESDAY))
                .isEqualTo(2);
    }

    @Test
    void aGapOrANotTodayEndsTheStreakAndTheNextDayStartsAgain() {
        assertThat(Streak.daily(days(0, CheckInResult.DONE, 2, CheckInResult.DONE, 3, CheckInResult.DONE), WEDNESDAY))
                .isEqualTo(1);
        assertThat(Streak.daily(
                        days(0, CheckInResult.DONE, 1, CheckInResult.NOT_TODAY, 2, CheckInResult.DONE), WEDNESDAY))
                .isEqualTo(1);
        assertThat(Streak.daily(days(2, CheckInResult.DONE), WEDNESDAY)).isZero();
        assertThat(Streak.daily(Map.of(), WEDNESDAY)).isZero();
    }

    @Test
    void aDailyStreakRunsAcrossWeeksAndMonths() {
        Map<LocalDate, CheckInResult> forty = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            forty.put(WEDNESDAY.minusDays(i), CheckInResult.DONE);
        }
        assertThat(Streak.daily(forty, WEDNESDAY)).isEqualTo(40);
    }

    @Test
    void aWeeklyStreakCountsWeeksWithAtLeastOneCheckIn() {
        // this week (Wed), last week (Mon), the week before (Sun) — three Monday-to-Sunday weeks in a row
        assertThat(Streak.weekly(
                        days(0, CheckInResult.DONE, 9, CheckInResult.PARTLY, 10, CheckInResult.DONE), WEDNESDAY))
                .isEqualTo(3);
        // nothing yet this week: the streak up to last week still stands
        assertThat(Streak.weekly(days(7, CheckInResult.DONE, 14, CheckInResult.DONE), WEDNESDAY))
                .isEqualTo(2);
        // a week with only "not today" is a gap
        assertThat(Streak.weekly(
                        days(0, CheckInResult.DONE, 7, CheckInResult.NOT_TODAY, 14, CheckInResult.DONE), WEDNESDAY))
                .isEqualTo(1);
    }
}
