package org.alongside.outcomes.domain;

/**
 * A person's change on one instrument from their baseline to a later total, and whether it is
 * reliable (larger than measurement error, by the pack's rule) in the better or the worse direction.
 */
public record ReliableChange(int baseline, int latest, Verdict verdict, String method) {

    public enum Verdict {
        IMPROVED,
        UNCHANGED,
        DETERIORATED,
        /** The pack gives no reliable-change rule: the change is shown, not judged. */
        NOT_DEFINED
    }

    public int points() {
        return latest - baseline;
    }

    public static ReliableChange between(Instrument instrument, int baseline, int latest) {
        Instrument.ReliableChangeRule rule = instrument.reliableChange();
        if (rule == null) {
            return new ReliableChange(baseline, latest, Verdict.NOT_DEFINED, null);
        }
        int change = latest - baseline;
        Verdict verdict;
        if (Math.abs(change) < rule.threshold() - 1e-9) {
            verdict = Verdict.UNCHANGED;
        } else {
            boolean better = instrument.lowerIsBetter() ? change < 0 : change > 0;
            verdict = better ? Verdict.IMPROVED : Verdict.DETERIORATED;
        }
        return new ReliableChange(baseline, latest, verdict, rule.method());
    }
}
