package org.alongside.workforce.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.workforce.Credentials.Held;
import org.alongside.workforce.domain.Credential;
import org.alongside.workforce.domain.HourCategory;
import org.alongside.workforce.domain.Renewal;

/** What the API answers for a credential: its fields, where it stands, each need's progress and what is missing in words. */
record CredentialView(
        UUID id,
        String typeName,
        String ruleSetId,
        String issuingBody,
        String number,
        LocalDate certifiedOn,
        LocalDate issuedOn,
        LocalDate expiresOn,
        UUID proofId,
        UUID replaces,
        Renewal.State state,
        LocalDate cycleStart,
        LocalDate graceEnds,
        LocalDate lapsesAfter,
        boolean waived,
        BigDecimal carriedIn,
        List<LineView> lines,
        List<String> missing) {

    /** One need: hours (or trainings) done against needed, and how many are missing. */
    record LineView(Renewal.Need need, HourCategory category, BigDecimal done, BigDecimal needed, BigDecimal missing) {}

    static CredentialView of(Held held, RenewalWords words) {
        Credential c = held.credential();
        Renewal.Standing s = held.standing();
        return new CredentialView(
                c.id(),
                c.typeName(),
                c.ruleSetId(),
                c.issuingBody(),
                c.number(),
                c.certifiedOn(),
                c.issuedOn(),
                c.expiresOn(),
                c.proofId(),
                c.replaces(),
                s.state(),
                s.cycleStart(),
                s.graceEnds(),
                s.lapsesAfter(),
                s.waived(),
                s.carriedIn(),
                s.lines().stream()
                        .map(l -> new LineView(l.need(), l.category(), l.done(), l.needed(), l.missing()))
                        .toList(),
                words.missing(held));
    }
}
