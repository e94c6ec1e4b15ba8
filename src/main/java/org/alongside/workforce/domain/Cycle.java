package org.alongside.workforce.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a credential's renewal cycles end: on the anniversary of certification every {@code years},
 * on 31 December every year, or on a fixed day of the year every {@code years} years, in odd or even
 * years or in the years that match the year of the exam. A cycle runs from the day after the last
 * end to its own end, both included.
 */
public record Cycle(Type type, int years, MonthDay day, Parity parity) {

    public enum Type {
        ANNIVERSARY,
        CALENDAR_YEAR,
        FIXED_DATE
    }

    /** For a fixed date every two years: which years. */
    public enum Parity {
        ODD,
        EVEN,
        EXAM_YEAR
    }

    public Cycle {
        if (type == Type.CALENDAR_YEAR) {
            day = MonthDay.of(12, 31);
        }
    }

    /** The first day of the cycle that ends on {@code end}. */
    public LocalDate start(LocalDate end) {
        return end.minusYears(years).plusDays(1);
    }

    /** Whether a cycle of this credential (certified on {@code certifiedOn}) ends on {@code date}. */
    public boolean endsOn(LocalDate date, LocalDate certifiedOn) {
        if (!date.isAfter(certifiedOn)) {
            return false;
        }
        if (type == Type.ANNIVERSARY) {
            int span = date.getYear() - certifiedOn.getYear();
            return span % years == 0 && certifiedOn.plusYears(span).equals(date);
        }
        if (!MonthDay.from(date).equals(day)) {
            return false;
        }
        int year = date.getYear();
        return switch (parity == null ? Parity.EXAM_YEAR : parity) {
            case ODD -> year % 2 != 0;
            case EVEN -> year % 2 == 0;
            case EXAM_YEAR -> (year - certifiedOn.getYear()) % years == 0;
        };
    }

    /** The first end of a cycle after {@code date} (the expiry a certificate issued that day carries). */
    public LocalDate endAfter(LocalDate date, LocalDate certifiedOn) {
        LocalDate candidate = date.plusDays(1);
        LocalDate limit = date.plusYears(years + 1L);
        while (!candidate.isAfter(limit)) {
            if (endsOn(candidate, certifiedOn)) {
                return candidate;
            }
            candidate = type == Type.ANNIVERSARY ? candidate.plusDays(1) : nextDay(candidate);
        }
        throw new IllegalStateException("No cycle end within " + (years + 1) + " years");
    }

    private LocalDate nextDay(LocalDate after) {
        LocalDate thisYear = day.atYear(after.getYear());
        return thisYear.isAfter(after) ? thisYear : day.atYear(after.getYear() + 1);
    }
}
