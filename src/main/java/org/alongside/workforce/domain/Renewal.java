package org.alongside.workforce.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a credential stands on a day: active until it expires, then in its grace period, then late,
 * then lapsed (inactive); and for the cycle that ends on its expiry, the hours done against each
 * thing the rules ask, counting trainings dated inside the cycle (its last day included) and the
 * hours carried in from the cycle before where the rules allow it. Supervision received counts
 * only where the rules say so.
 */
public final class Renewal {

    public enum State {
        ACTIVE,
        GRACE,
        LATE,
        LAPSED
    }

    /** What a line of progress measures. */
    public enum Need {
        TOTAL,
        CATEGORY,
        TRAININGS,
        APPROVED
    }

    /** Hours (or, for trainings, how many) done against what is needed; {@code category} for the per-category needs. */
    public record Line(Need need, HourCategory category, BigDecimal done, BigDecimal needed) {

        public BigDecimal missing() {
            return needed.subtract(done).max(BigDecimal.ZERO);
        }

        public boolean met() {
            return missing().signum() == 0;
        }
    }

    /**
     * @param cycleStart null for a credential without renewal rules
     * @param lapsesAfter the last day before the credential lapses (its expiry plus grace and late days)
     */
    public record Standing(
            State state,
            LocalDate cycleStart,
            LocalDate expiresOn,
            LocalDate graceEnds,
            LocalDate lapsesAfter,
            boolean waived,
            BigDecimal carriedIn,
            List<Line> lines) {

        public List<Line> missing() {
            return lines.stream().filter(l -> !l.met()).toList();
        }

        public boolean complete() {
            return missing().isEmpty();
        }
    }

    private Renewal() {}

    /** A credential with no renewal rules: active until its expiry (if it has one), then lapsed. */
    public static Standing withoutRules(LocalDate expiresOn, LocalDate today) {
        State state = expiresOn == null || !today.isAfter(expiresOn) ? State.ACTIVE : State.LAPSED;
        return new Standing(state, null, expiresOn, expiresOn, expiresOn, false, BigDecimal.ZERO, List.of());
    }

    public static Standing of(
            RuleSet rules, LocalDate certifiedOn, LocalDate expiresOn, List<Training> trainings, LocalDate today) {
        LocalDate start = rules.cycle().start(expiresOn);
        LocalDate graceEnds = expiresOn.plusDays(rules.graceDays());
        LocalDate lapsesAfter = graceEnds.plusDays(rules.lateDays());
        State state = !today.isAfter(expiresOn)
                ? State.ACTIVE
                : !today.isAfter(graceEnds) ? State.GRACE : !today.isAfter(lapsesAfter) ? State.LATE : State.LAPSED;
        if (rules.waiverMonths() != null && certifiedOn.isAfter(expiresOn.minusMonths(rules.waiverMonths()))) {
            return new Standing(state, start, expiresOn, graceEnds, lapsesAfter, true, BigDecimal.ZERO, List.of());
        }
        List<Training> counted = rules.supervisionCounts()
                ? trainings
                : trainings.stream()
                        .filter(t -> t.source() != Training.Source.SUPERVISION)
                        .toList();
        List<Training> inCycle = within(counted, start, expiresOn);
        BigDecimal carried = carriedIn(rules, counted, start);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Need.TOTAL, null, hours(inCycle).add(carried), rules.totalHours()));
        for (HourCategory category : HourCategory.values()) {
            BigDecimal needed = rules.categoryHours().get(category);
            if (needed != null) {
                BigDecimal done =
                        inCycle.stream().map(t -> t.hoursIn(category)).reduce(BigDecimal.ZERO, BigDecimal::add);
                lines.add(new Line(Need.CATEGORY, category, done, needed));
            }
        }
        for (HourCategory category : HourCategory.values()) {
            Integer needed = rules.categoryTrainings().get(category);
            if (needed != null) {
                long done = inCycle.stream()
                        .filter(t -> t.hoursIn(category).signum() > 0)
                        .count();
                lines.add(new Line(Need.TRAININGS, category, BigDecimal.valueOf(done), BigDecimal.valueOf(needed)));
            }
        }
        if (rules.approvedHours().signum() > 0) {
            BigDecimal done =
                    hours(inCycle.stream().filter(Training::approvedProvider).toList());
            lines.add(new Line(Need.APPROVED, null, done, rules.approvedHours()));
        }
        return new Standing(state, start, expiresOn, graceEnds, lapsesAfter, false, carried, List.copyOf(lines));
    }

    /** Hours beyond the total in the cycle before this one, up to the rules' carry-over. */
    private static BigDecimal carriedIn(RuleSet rules, List<Training> trainings, LocalDate start) {
        if (rules.carryOverHours().signum() <= 0) {
            return BigDecimal.ZERO;
        }
        LocalDate previousEnd = start.minusDays(1);
        BigDecimal before = hours(within(trainings, rules.cycle().start(previousEnd), previousEnd));
        return before.subtract(rules.totalHours()).max(BigDecimal.ZERO).min(rules.carryOverHours());
    }

    private static List<Training> within(List<Training> trainings, LocalDate first, LocalDate last) {
        return trainings.stream()
                .filter(t -> !t.takenOn().isBefore(first) && !t.takenOn().isAfter(last))
                .toList();
    }

    private static BigDecimal hours(List<Training> trainings) {
        return trainings.stream().map(Training::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
