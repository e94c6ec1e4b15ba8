package org.alongside.workforce.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Continuing education a staff member took (or supervision they received): the day, what and from
 * whom, whether the provider is approved by the credentialing body, the hours, and how many of
 * them fall in each category (the rest count toward the total only).
 */
public record Training(
        UUID id,
        UUID staffId,
        LocalDate takenOn,
        String title,
        String provider,
        boolean approvedProvider,
        BigDecimal hours,
        Map<HourCategory, BigDecimal> categoryHours,
        UUID proofId,
        Source source) {

    /** Logged by hand, or accrued from a recorded supervision session. */
    public enum Source {
        TRAINING,
        SUPERVISION
    }

    public Training {
        categoryHours = Map.copyOf(categoryHours);
    }

    public BigDecimal hoursIn(HourCategory category) {
        return categoryHours.getOrDefault(category, BigDecimal.ZERO);
    }
}
