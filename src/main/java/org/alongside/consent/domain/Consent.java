package org.alongside.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;

/**
 * One version of a person's written consent to disclose their record, with every element 42 CFR
 * §2.31(a) asks for: their name, who may disclose, what information, to whom, why, their right to
 * revoke and how, when it ends, their signature and the date. A change is a new version (the old one
 * kept, marked superseded); revocation takes effect at once for every later disclosure. Counseling
 * notes are never covered by a general consent: a consent for them covers nothing else.
 */
public final class Consent {

    /** The parts of a record a consent may cover; {@code COUNSELING_NOTES} only on a consent of its own. */
    public enum Item {
        PROFILE,
        RECOVERY_PLAN,
        CRISIS_PLAN,
        NOTES,
        QUESTIONNAIRES,
        REFERRALS,
        ATTENDANCE,
        LIFE_EVENTS,
        WELLNESS,
        COUNSELING_NOTES
    }

    /** Who may receive: a named organisation or person, the class of treating providers, payers and operations, or an intermediary with its participants. */
    public record Recipient(Kind kind, String name, String members) {

        public enum Kind {
            ORGANISATION,
            PERSON,
            TREATMENT_PAYMENT_OPERATIONS,
            INTERMEDIARY
        }

        public Recipient {
            name = trim(name);
            members = trim(members);
        }
    }

    /** How the person signed: their name typed, or drawn on the screen (a PNG image as a data URL). */
    public record Signature(Kind kind, String typedName, String drawing) {

        public enum Kind {
            TYPED,
            DRAWN
        }

        public Signature {
            typedName = trim(typedName);
        }
    }

    /** Everything a consent says, as the worker and the person wrote it. */
    public record Terms(
            String templateId,
            String personName,
            String discloser,
            Set<Item> information,
            boolean everything,
            String informationWords,
            List<Recipient> recipients,
            String purpose,
            String revocation,
            LocalDate expiresOn,
            String expiryEvent,
            Signature signature,
            LocalDate signedOn) {

        public Terms {
            templateId = trim(templateId);
            personName = trim(personName);
            discloser = trim(discloser);
            information = information == null || information.isEmpty()
                    ? Set.of()
                    : Collections.unmodifiableSet(EnumSet.copyOf(information));
            informationWords = trim(informationWords);
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
            purpose = trim(purpose);
            revocation = trim(revocation);
            expiryEvent = trim(expiryEvent);
        }

        /** Whether these terms cover counseling notes (and so nothing else). */
        public boolean counselingNotes() {
            return information.contains(Item.COUNSELING_NOTES);
        }
    }

    /** The longest drawn signature kept (a PNG data URL). */
    static final int DRAWING_LIMIT = 200_000;

    private final UUID id;
    private final UUID seriesId;
    private final int version;
    private final UUID participantId;
    private final Terms terms;
    private final UUID recordedBy;
    private final Instant recordedAt;
    private Instant supersededAt;
    private Instant revokedAt;
    private UUID revokedBy;
    private String revokedHow;

    /** A version as stored (the store loads it with this; a new consent starts with {@link #give}). */
    public Consent(
            UUID id,
            UUID seriesId,
            int version,
            UUID participantId,
            Terms terms,
            UUID recordedBy,
            Instant recordedAt,
            Instant supersededAt,
            Instant revokedAt,
            UUID revokedBy,
            String revokedHow) {
        this.id = id;
        this.seriesId = seriesId;
        this.version = version;
        this.participantId = participantId;
        this.terms = terms;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.supersededAt = supersededAt;
        this.revokedAt = revokedAt;
        this.revokedBy = revokedBy;
        this.revokedHow = revokedHow;
    }

    /** A first version, refused element by element when anything §2.31 asks for is missing or wrong. */
    public static Consent give(UUID participantId, Terms terms, UUID by, Instant at, LocalDate today) {
        check(terms, today);
        UUID id = UUID.randomUUID();
        return new Consent(id, id, 1, participantId, terms, by, at, null, null, null, null);
    }

    /**
     * New terms for this consent: the next version, this one kept and marked superseded. A revoked
     * or superseded version changes no more (a revoked consent is given again as a new one).
     */
    public Consent revise(Terms changed, UUID by, Instant at, LocalDate today) {
        requireCurrent();
        check(changed, today);
        supersededAt = at;
        return new Consent(
                UUID.randomUUID(), seriesId, version + 1, participantId, changed, by, at, null, null, null, null);
    }

    /** The person takes their consent back: from now on it covers no disclosure. */
    public void revoke(UUID by, Instant at, String how) {
        requireCurrent();
        String said = trim(how);
        if (said == null) {
            throw new InvalidInputException("how", "Say how the person revoked it (for example: told me in person)");
        }
        if (said.length() > 500) {
            throw new InvalidInputException("how", "Use at most 500 characters");
        }
        revokedAt = at;
        revokedBy = by;
        revokedHow = said;
    }

    private void requireCurrent() {
        if (revokedAt != null) {
            throw new ConflictException("This consent was revoked; the person can give a new one");
        }
        if (supersededAt != null) {
            throw new ConflictException("A newer version of this consent exists; change that one");
        }
    }

    /** In force on this day: not revoked, not superseded, and not past its expiry date. */
    public boolean inForce(LocalDate on) {
        return revokedAt == null
                && supersededAt == null
                && (terms.expiresOn() == null || !on.isAfter(terms.expiresOn()));
    }

    private static void check(Terms t, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "personName", t.personName(), 200, "Write the person's name", "Use at most 200 characters");
        required(
                errors,
                "discloser",
                t.discloser(),
                500,
                "Say who may disclose (this program, or a class of programs)",
                "Use at most 500 characters");
        if (t.information().isEmpty() && !t.everything()) {
            errors.put("information", "Choose what information this consent covers");
        } else if (t.counselingNotes() && (t.everything() || t.information().size() > 1)) {
            errors.put("information", "Counseling notes need a consent of their own, covering nothing else");
        }
        if (t.informationWords() != null && t.informationWords().length() > 2000) {
            errors.put("informationWords", "Use at most 2000 characters");
        }
        if (t.recipients().isEmpty()) {
            errors.put("recipients", "Name who may receive the information");
        } else {
            for (Recipient r : t.recipients()) {
                if (r == null || r.kind() == null || r.name() == null) {
                    errors.put("recipients", "Give each recipient a kind and a name");
                } else if (r.name().length() > 300
                        || (r.members() != null && r.members().length() > 1000)) {
                    errors.put("recipients", "Use at most 300 characters for a name and 1000 for the participants");
                } else if (r.kind() == Recipient.Kind.INTERMEDIARY && r.members() == null) {
                    errors.put("recipients", "Name the intermediary's participants who may receive it");
                }
            }
        }
        required(
                errors,
                "purpose",
                t.purpose(),
                1000,
                "Say why the information is disclosed",
                "Use at most 1000 characters");
        required(
                errors,
                "revocation",
                t.revocation(),
                1000,
                "Say that the person may revoke it, and how",
                "Use at most 1000 characters");
        if (t.expiresOn() == null && t.expiryEvent() == null) {
            errors.put("expiresOn", "Give the day or the event on which the consent ends");
        } else if (t.expiryEvent() != null && t.expiryEvent().length() > 300) {
            errors.put("expiryEvent", "Use at most 300 characters");
        }
        Signature s = t.signature();
        if (s == null || s.kind() == null) {
            errors.put("signature", "The person signs: type their name or draw it");
        } else if (s.kind() == Signature.Kind.TYPED && s.typedName() == null) {
            errors.put("signature", "Type the person's name as their signature");
        } else if (s.kind() == Signature.Kind.TYPED && s.typedName().length() > 200) {
            errors.put("signature", "Use at most 200 characters");
        } else if (s.kind() == Signature.Kind.DRAWN
                && (s.drawing() == null || !s.drawing().startsWith("data:image/png;base64,"))) {
            errors.put("signature", "Draw the signature on the screen");
        } else if (s.kind() == Signature.Kind.DRAWN && s.drawing().length() > DRAWING_LIMIT) {
            errors.put("signature", "The drawn signature is too large; clear it and sign again");
        }
        if (t.signedOn() == null) {
            errors.put("signedOn", "Give the day the person signed");
        } else if (t.signedOn().isAfter(today)) {
            errors.put("signedOn", "The day signed cannot be in the future");
        } else if (t.expiresOn() != null && t.expiresOn().isBefore(t.signedOn())) {
            errors.put("expiresOn", "The consent ends on or after the day it is signed");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void required(
            Map<String, String> errors, String field, String value, int limit, String missing, String tooLong) {
        if (value == null) {
            errors.put(field, missing);
        } else if (value.length() > limit) {
            errors.put(field, tooLong);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The items this consent covers, every one when it covers everything (counseling notes never). */
    public Set<Item> covered() {
        if (!terms.everything()) {
            return terms.information();
        }
        Set<Item> all = EnumSet.allOf(Item.class);
        all.remove(Item.COUNSELING_NOTES);
        return all;
    }

    public UUID id() {
        return id;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public int version() {
        return version;
    }

    public UUID participantId() {
        return participantId;
    }

    public Terms terms() {
        return terms;
    }

    public UUID recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant supersededAt() {
        return supersededAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public UUID revokedBy() {
        return revokedBy;
    }

    public String revokedHow() {
        return revokedHow;
    }
}
