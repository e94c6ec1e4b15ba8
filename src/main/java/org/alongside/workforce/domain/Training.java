package org.alongside.workforce.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;

/**
 * Continuing education a staff member took (or supervision they received): the day, what and from
 * whom, whether the provider is approved by the credentialing body, the hours, and how many of
 * them fall in each category (the rest count toward the total only). A training logged by
 * mistake is withdrawn with a reason, never deleted: it stays on the record and stops counting.
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
        Source source,
        Withdrawal withdrawal) {

    /** Logged by hand, or accrued from a recorded supervision session. */
    public enum Source {
        TRAINING,
        SUPERVISION
    }

    /** Who withdrew a training, when and why. */
    public record Withdrawal(Instant at, UUID by, String reason) {}

    public Training {
        categoryHours = Map.copyOf(categoryHours);
    }

    /** A training as logged, not withdrawn. */
    public Training(
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
        this(id, staffId, takenOn, title, provider, approvedProvider, hours, categoryHours, proofId, source, null);
    }

    /** Whether its hours count toward a renewal: every training that has not been withdrawn. */
    public boolean counts() {
        return withdrawal == null;
    }

    /**
     * The training withdrawn: refused for one already withdrawn, and for supervision hours, which
     * follow the session they came from.
     */
    public Training withdraw(UUID by, String reason, Instant at) {
        if (withdrawal != null) {
            throw new InvalidInputException("reason", "This training was already withdrawn");
        }
        if (source == Source.SUPERVISION) {
            throw new InvalidInputException(
                    "reason", "Supervision hours come from the session recorded and cannot be withdrawn here");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the training is withdrawn");
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "This is too long");
        }
        return new Training(
                id,
                staffId,
                takenOn,
                title,
                provider,
                approvedProvider,
                hours,
                categoryHours,
                proofId,
                source,
                new Withdrawal(at, by, reason.strip()));
    }

    public BigDecimal hoursIn(HourCategory category) {
        return categoryHours.getOrDefault(category, BigDecimal.ZERO);
    }
}
