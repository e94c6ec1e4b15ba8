package org.alongside.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When measures are due in an episode of care, as windows in days from its start. The default is
 * SAMHSA's SUPRT timing (which replaced the GPRA tool in October 2025): a baseline within 30 days of
 * enrolment, a reassessment at 180 days ± 30, then each year ± 30, and at discharge within 30 days.
 * Windows that would open after the discharge are not due; the discharge measure is.
 */
public record Schedule(int baselineDays, int reassessmentDay, int annualEvery, int tolerance, int dischargeDays) {

    public static final Schedule SUPRT = new Schedule(30, 180, 365, 30, 30);

    /** Refuses, field by field, a schedule whose windows would overlap or make no sense. */
    public Schedule {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (baselineDays < 1 || baselineDays > 365) {
            errors.put("baselineDays", "The baseline window is 1 to 365 days");
        }
        if (tolerance < 0 || tolerance > 90) {
            errors.put("tolerance", "The days either side of a reassessment are 0 to 90");
        }
        if (reassessmentDay < 30 || reassessmentDay > 730) {
            errors.put("reassessmentDay", "The reassessment falls 30 to 730 days after the start");
        } else if (reassessmentDay - tolerance <= baselineDays) {
            errors.put("reassessmentDay", "The reassessment window opens after the baseline window closes");
        }
        if (annualEvery < 90 || annualEvery > 730) {
            errors.put("annualEvery", "Measures repeat every 90 to 730 days");
        } else if (annualEvery - tolerance <= reassessmentDay + tolerance) {
            errors.put("annualEvery", "The first repeat opens after the reassessment window closes");
        }
        if (dischargeDays < 1 || dischargeDays > 365) {
            errors.put("dischargeDays", "The discharge window is 1 to 365 days");
        }
        if (!errors.isEmpty()) {
            throw new org.alongside.shared.InvalidInputException(errors);
        }
    }

    /** How many days before a window opens it is shown as coming soon. */
    public static final int SOON_DAYS = 14;

    public enum Timepoint {
        BASELINE,
        REASSESSMENT,
        ANNUAL,
        DISCHARGE
    }

    /** One due measure: its timepoint (the nth annual one) and the days it may be given on, both included. */
    public record Window(Timepoint timepoint, int number, LocalDate opens, LocalDate closes) {

        public boolean holds(LocalDate day) {
            return !day.isBefore(opens) && !day.isAfter(closes);
        }
    }

    /** How a window stands on a day, given the days measures were completed on. */
    public enum Status {
        DONE,
        DUE,
        SOON,
        OVERDUE,
        LATER
    }

    /**
     * The windows of an episode that started on {@code start} and ended on {@code end} (null while
     * it goes on), up to and including the first annual window that opens after {@code today}.
     */
    public List<Window> windows(LocalDate start, LocalDate end, LocalDate today) {
        List<Window> windows = new ArrayList<>();
        windows.add(new Window(Timepoint.BASELINE, 1, start, start.plusDays(baselineDays)));
        List<Window> later = new ArrayList<>();
        later.add(new Window(
                Timepoint.REASSESSMENT,
                1,
                start.plusDays(reassessmentDay - tolerance),
                start.plusDays(reassessmentDay + tolerance)));
        for (int year = 1; ; year++) {
            LocalDate opens = start.plusDays((long) annualEvery * year - tolerance);
            later.add(new Window(Timepoint.ANNUAL, year, opens, start.plusDays((long) annualEvery * year + tolerance)));
            if (opens.isAfter(end != null ? end : today)) {
                break;
            }
        }
        for (Window window : later) {
            if (end == null || !window.opens().isAfter(end)) {
                windows.add(window);
            }
        }
        if (end != null) {
            windows.add(new Window(Timepoint.DISCHARGE, 1, end, end.plusDays(dischargeDays)));
        }
        return windows;
    }

    /** A window and where it stands. */
    public record Standing(Window window, Status status) {}

    /**
     * Each window of an episode (see {@link #windows}) and where it stands on {@code today}, given the
     * days scored measures were completed on; those that open later than the coming fortnight are left out.
     */
    public List<Standing> standings(LocalDate start, LocalDate end, List<LocalDate> completed, LocalDate today) {
        return windows(start, end, today).stream()
                .map(window -> new Standing(window, status(window, completed, today)))
                .filter(s -> s.status() != Status.LATER)
                .toList();
    }

    /** Where a window stands on {@code today}, given the days scorable measures were completed on. */
    public static Status status(Window window, List<LocalDate> completed, LocalDate today) {
        if (completed.stream().anyMatch(window::holds)) {
            return Status.DONE;
        }
        if (today.isAfter(window.closes())) {
            return Status.OVERDUE;
        }
        if (window.holds(today)) {
            return Status.DUE;
        }
        return today.isBefore(window.opens().minusDays(SOON_DAYS)) ? Status.LATER : Status.SOON;
    }
}
