package org.alongside.participant;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Purpose;

/**
 * Part of a person's record leaving the program: to whom, why, and which parts. The record gate
 * checks it, runs the work, and writes an accounting-of-disclosures row beside the audit row.
 */
public record Disclosure(Recipient recipient, Purpose purpose, Set<Part> parts) {

    /** Which parts of the record a disclosure carries. */
    public enum Part {
        PROFILE,
        RECOVERY_PLAN,
        CRISIS_PLAN,
        NOTES,
        REFERRALS,
        ATTENDANCE,
        WELLNESS
    }

    /** Who receives it: the person themself, a named organisation or person, a payer, or a client application. */
    public record Recipient(Kind kind, String name) {

        public enum Kind {
            THE_PERSON,
            ORGANISATION,
            PERSON,
            PAYER,
            CLIENT_APPLICATION
        }

        /** The person the record is about, carrying their own copy. */
        public static Recipient thePerson() {
            return new Recipient(Kind.THE_PERSON, "the person");
        }
    }

    /** One disclosure of a person's record, as accounted (the consent that allowed it, once consents exist). */
    public record Accounted(
            UUID id,
            Instant disclosedAt,
            UUID actorId,
            String action,
            Recipient.Kind recipientKind,
            String recipient,
            Purpose purpose,
            List<Part> parts,
            UUID consentId) {}

    /** A document the person carries themself, for their care. */
    public static Disclosure toThePersonForCare(Part... parts) {
        return new Disclosure(Recipient.thePerson(), Purpose.CARE, Set.of(parts));
    }

    public Disclosure {
        parts = parts == null ? Set.of() : Set.copyOf(parts);
    }

    /** Refuses (400, nothing disclosed) a recipient without a name, no purpose, or parts this disclosure cannot carry. */
    void check(Set<Part> produced) {
        if (recipient == null
                || recipient.kind() == null
                || recipient.name() == null
                || recipient.name().isBlank()) {
            throw new InvalidInputException("recipient", "Name who receives it");
        }
        if (recipient.name().length() > 200) {
            throw new InvalidInputException("recipient", "Use at most 200 characters");
        }
        if (purpose == null) {
            throw new InvalidInputException("purpose", "Choose why it is disclosed");
        }
        if (parts.isEmpty() || !produced.containsAll(parts)) {
            throw new InvalidInputException("parts", "Choose the parts of the record this sends: " + produced);
        }
    }
}
