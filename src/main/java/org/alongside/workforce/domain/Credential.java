package org.alongside.workforce.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A credential a staff member holds: its type (a rule set's, or named by hand), who issued it and
 * its number, the day of first certification, the current certificate's issue and expiry dates,
 * and its proof. A renewal or a correction is a new credential that {@code replaces} this one,
 * which is kept.
 */
public record Credential(
        UUID id,
        UUID staffId,
        String ruleSetId,
        String typeName,
        String issuingBody,
        String number,
        LocalDate certifiedOn,
        LocalDate issuedOn,
        LocalDate expiresOn,
        UUID proofId,
        UUID replaces) {

    /** Where it stands today under its rules (or by its expiry alone, without rules). */
    public Renewal.Standing standing(RuleSet rules, java.util.List<Training> trainings, LocalDate today) {
        return rules == null || expiresOn == null
                ? Renewal.withoutRules(expiresOn, today)
                : Renewal.of(rules, certifiedOn, expiresOn, trainings, today);
    }

    /** The new certificate that replaces this one, keeping its staff member and pointing back at it. */
    public Credential replacedBy(UUID newId, Credential next) {
        return new Credential(
                newId,
                staffId,
                next.ruleSetId(),
                next.typeName(),
                next.issuingBody(),
                next.number(),
                next.certifiedOn(),
                next.issuedOn(),
                next.expiresOn(),
                next.proofId(),
                id);
    }
}
