package org.alongside.workforce.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A credential's renewal rules, as data: when its cycles end, the hours a cycle needs in total and
 * per category, how many trainings of a category, how many hours from approved providers, how many
 * extra hours carry into the next cycle, the first-cycle waiver, and how long after expiry the
 * credential stays in its grace period and then late before it lapses. Each fact names its source.
 *
 * @param waiverMonths no hours are needed for a cycle ending within this many months of certification (null: none)
 * @param carryOverHours at most this many hours beyond a cycle's total count toward the next (zero: none)
 * @param supervisionCounts whether hours of supervision received count toward the cycle (most boards: no)
 */
public record RuleSet(
        String id,
        int version,
        String name,
        String issuingBody,
        Cycle cycle,
        BigDecimal totalHours,
        Map<HourCategory, BigDecimal> categoryHours,
        Map<HourCategory, Integer> categoryTrainings,
        BigDecimal approvedHours,
        BigDecimal carryOverHours,
        Integer waiverMonths,
        int graceDays,
        int lateDays,
        boolean supervisionCounts,
        List<FactSource> sources) {

    /** Where a fact came from: the fact in a few words, and the document or page it was read in. */
    public record FactSource(String fact, String source) {}

    public RuleSet {
        categoryHours = Map.copyOf(categoryHours);
        categoryTrainings = Map.copyOf(categoryTrainings);
        sources = List.copyOf(sources);
    }
}
