package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.alongside.contact.domain.CheckInPlan;
import org.alongside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** When a check-in call is due: its weekday, every one, two or four weeks from the first call, never once stopped. */
class CheckInPlanTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void everyTwoWeeksIsDueOnTheFirstWeekdayOnOrAfterOptingInAndEverySecondWeekAfter() {
        CheckInPlan plan = CheckInPlan.optIn(
                UUID.randomUUID(), DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), 2, MONDAY);
        assertThat(plan.startsOn()).isEqualTo(MONDAY.plusDays(2));
        assertThat(plan.dueOn(MONDAY.plusDays(2))).isTrue();
        assertThat(plan.dueOn(MONDAY.plusDays(9))).as("the week between").isFalse();
        assertThat(plan.dueOn(MONDAY.plusDays(16))).isTrue();
        assertThat(plan.dueOn(MONDAY.plusDays(17))).as("a Thursday").isFalse();
        assertThat(plan.dueOn(MONDAY.minusDays(5))).as("before it started").isFalse();
        plan.stop(CheckInPlan.Stopped.ASKED_TO_STOP);
        assertThat(plan.dueOn(MONDAY.plusDays(16))).isFalse();
    }

    @Test
    void aWindowThatEndsBeforeItStartsAndNoDayAreRefusedTogether() {
        assertThatThrownBy(() ->
                        CheckInPlan.optIn(UUID.randomUUID(), null, LocalTime.of(12, 0), LocalTime.of(9, 0), 1, MONDAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("weekday", "Choose the day for the calls")
                                .containsEntry("windowEnd", "The window ends after it starts"));
    }
}
