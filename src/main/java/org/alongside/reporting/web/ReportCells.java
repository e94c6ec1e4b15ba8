package org.alongside.reporting.web;

import java.util.Locale;
import org.alongside.reporting.ProgramOutcomes;

/**
 * How the report's figures are written: on the page as they are; in an export (PDF, CSV) a count
 * from 1 to 10 reads "<11", and a figure drawn from fewer than 11 people is left out, as
 * public-health reporting does so no one can be recognised from a small cell.
 */
public record ReportCells(boolean suppress) {

    static final String SMALL = "<" + ProgramOutcomes.SMALLEST_SHOWN;

    /** Whether a figure drawn from {@code n} people is left out. */
    public boolean hides(long n) {
        return suppress && n < ProgramOutcomes.SMALLEST_SHOWN;
    }

    public String count(long n) {
        return suppress && n > 0 && n < ProgramOutcomes.SMALLEST_SHOWN ? SMALL : String.valueOf(n);
    }

    /** A figure drawn from {@code n} people, with {@code decimals} places; blank (or "—") when it cannot be shown. */
    public String figure(Double value, long n, int decimals) {
        if (value == null || hides(n)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A share of {@code n} as a whole percentage. */
    public String percent(long part, long n) {
        if (n == 0 || hides(n)) {
            return "—";
        }
        return Math.round(100.0 * part / n) + " %";
    }

    public String hours(long minutes) {
        return String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }
}
