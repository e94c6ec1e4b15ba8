package org.alongside.contact;

/**
 * How many billing units a contact earns under a payer's rule: a unit counts from the threshold
 * (8 of 15 minutes by default), so 7 min → 0, 8–22 → 1, 23–37 → 2, and so on, never more than
 * what is left of the daily cap for the person.
 */
public record BillingUnitRule(String code, int unitMinutes, int thresholdMinutes, int dailyCapUnits) {

    public int unitsFor(int minutes) {
        if (minutes < thresholdMinutes) {
            return 0;
        }
        return (minutes - thresholdMinutes) / unitMinutes + 1;
    }

    /** Units for this contact when {@code alreadyBilledToday} units were billed for the person that day. */
    public int unitsFor(int minutes, int alreadyBilledToday) {
        return Math.max(0, Math.min(unitsFor(minutes), dailyCapUnits - alreadyBilledToday));
    }
}
