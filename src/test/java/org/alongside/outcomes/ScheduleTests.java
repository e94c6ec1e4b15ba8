package org.alongside.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.alongside.outcomes.Schedule.Status;
import org.alongside.outcomes.Schedule.Timepoint;
import org.alongside.outcomes.Schedule.Window;
import org.junit.jupiter.api.Test;

/** SUPRT windows at their edges: day 149, 150, 210, 211; a discharge before the reassessment; a new episode's own baseline. */
class ScheduleTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static Window window(List<Window> windows, Timepoint timepoint) {
        return windows.stream()
                .filter(w -> w.timepoint() == timepoint)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theReassessmentWindowOpensOnDay150AndClosesAfterDay210() {
        List<Window> windows = Schedule.SUPRT.windows(START, null, START.plusDays(200));
        Window reassessment = window(windows, Timepoint.REASSESSMENT);
        assertThat(reassessment.opens()).isEqualTo(START.plusDays(150));
        assertThat(reassessment.closes()).isEqualTo(START.plusDays(210));

        assertThat(Schedule.status(reassessment, List.of(), START.plusDays(149)))
                .isEqualTo(Status.SOON);
        assertThat(Schedule.status(reassessment, List.of(), START.plusDays(150)))
                .isEqualTo(Status.DUE);
        assertThat(Schedule.status(reassessment, List.of(), START.plusDays(210)))
                .isEqualTo(Status.DUE);
        assertThat(Schedule.status(reassessment, List.of(), START.plusDays(211)))
                .isEqualTo(Status.OVERDUE);
        assertThat(Schedule.status(reassessment, List.of(), START.plusDays(100)))
                .isEqualTo(Status.LATER);

        assertThat(Schedule.status(reassessment, List.of(START.plusDays(149)), START.plusDays(211)))
                .as("a measure a day early does not count")
                .isEqualTo(Status.OVERDUE);
        assertThat(Schedule.status(reassessment, List.of(START.plusDays(150)), START.plusDays(211)))
                .isEqualTo(Status.DONE);
        assertThat(Schedule.status(reassessment, List.of(START.plusDays(210)), START.plusDays(400)))
                .isEqualTo(Status.DONE);
    }

    @Test
    void theBaselineIsDueForThirtyDaysAndTheYearlyOnesFollowAtThreeHundredSixtyFiveDaysEach() {
        List<Window> windows = Schedule.SUPRT.windows(START, null, START.plusDays(800));
        Window baseline = window(windows, Timepoint.BASELINE);
        assertThat(baseline.opens()).isEqualTo(START);
        assertThat(baseline.closes()).isEqualTo(START.plusDays(30));
        assertThat(Schedule.status(baseline, List.of(), START.plusDays(30))).isEqualTo(Status.DUE);
        assertThat(Schedule.status(baseline, List.of(), START.plusDays(31))).isEqualTo(Status.OVERDUE);
        assertThat(windows.stream()
                        .filter(w -> w.timepoint() == Timepoint.ANNUAL)
                        .map(Window::opens))
                .containsExactly(START.plusDays(335), START.plusDays(700), START.plusDays(1065));
        assertThat(windows).noneMatch(w -> w.timepoint() == Timepoint.DISCHARGE);
    }

    @Test
    void aDischargeBeforeTheReassessmentWindowMakesTheDischargeMeasureDueAndNotTheReassessment() {
        LocalDate discharged = START.plusDays(120);
        List<Window> windows = Schedule.SUPRT.windows(START, discharged, START.plusDays(130));
        assertThat(windows).extracting(Window::timepoint).containsExactly(Timepoint.BASELINE, Timepoint.DISCHARGE);
        Window discharge = window(windows, Timepoint.DISCHARGE);
        assertThat(discharge.opens()).isEqualTo(discharged);
        assertThat(discharge.closes()).isEqualTo(discharged.plusDays(30));
        assertThat(Schedule.status(discharge, List.of(), START.plusDays(130))).isEqualTo(Status.DUE);
        assertThat(Schedule.status(discharge, List.of(), discharged.plusDays(31)))
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void aDischargeInsideTheReassessmentWindowKeepsBothDue() {
        LocalDate discharged = START.plusDays(160);
        assertThat(Schedule.SUPRT.windows(START, discharged, discharged).stream()
                        .map(Window::timepoint))
                .containsExactly(Timepoint.BASELINE, Timepoint.REASSESSMENT, Timepoint.DISCHARGE);
    }

    @Test
    void aReEnrolmentIsANewEpisodeWithItsOwnBaselineWhichEarlierMeasuresDoNotAnswer() {
        LocalDate again = START.plusDays(400);
        List<Window> second = Schedule.SUPRT.windows(again, null, again.plusDays(5));
        Window baseline = window(second, Timepoint.BASELINE);
        assertThat(baseline.opens()).isEqualTo(again);
        assertThat(Schedule.status(baseline, List.of(START.plusDays(3)), again.plusDays(5)))
                .isEqualTo(Status.DUE);
        assertThat(Schedule.status(baseline, List.of(START.plusDays(3), again.plusDays(2)), again.plusDays(5)))
                .isEqualTo(Status.DONE);
    }
}
