package org.alongside.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.alongside.consent.domain.Consent;
import org.alongside.consent.domain.Consent.Item;
import org.alongside.consent.domain.Consent.Recipient;
import org.alongside.consent.domain.Consent.Signature;
import org.alongside.consent.domain.Consent.Terms;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A consent's rules, without Spring: every §2.31 element required, counseling notes alone, versions and revocation. */
class ConsentRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    static final Instant NOW = Instant.parse("2026-12-08T15:00:00Z");
    static final UUID PERSON = UUID.randomUUID();
    static final UUID WORKER = UUID.randomUUID();

    static Terms complete() {
        return new Terms(
                "named-service",
                "Rosa Díaz",
                "This peer recovery program, and its staff",
                Set.of(Item.PROFILE, Item.REFERRALS),
                false,
                null,
                List.of(new Recipient(Recipient.Kind.ORGANISATION, "Harbor Housing Services", null)),
                "To connect me with this service",
                "I may revoke this consent at any time by telling my peer worker",
                TODAY.plusDays(90),
                null,
                new Signature(Signature.Kind.TYPED, "Rosa Díaz", null),
                TODAY);
    }

    static Terms with(UnaryOperator<Object[]> change) {
        Terms t = complete();
        Object[] f = {
            t.templateId(),
            t.personName(),
            t.discloser(),
            t.information(),
            t.everything(),
            t.informationWords(),
            t.recipients(),
            t.purpose(),
            t.revocation(),
            t.expiresOn(),
            t.expiryEvent(),
            t.signature(),
            t.signedOn()
        };
        Object[] g = change.apply(f);
        @SuppressWarnings("unchecked")
        Terms changed = new Terms(
                (String) g[0],
                (String) g[1],
                (String) g[2],
                (Set<Item>) g[3],
                (Boolean) g[4],
                (String) g[5],
                (List<Recipient>) g[6],
                (String) g[7],
                (String) g[8],
                (LocalDate) g[9],
                (String) g[10],
                (Signature) g[11],
                (LocalDate) g[12]);
        return changed;
    }

    static Map<String, String> refusal(Terms terms) {
        try {
            Consent.give(PERSON, terms, WORKER, NOW, TODAY);
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("the consent was accepted");
    }

    static UnaryOperator<Object[]> set(int field, Object value) {
        return f -> {
            f[field] = value;
            return f;
        };
    }

    @Test
    void eachElementThatSection231AsksForIsRequiredAndNamedWhenMissing() {
        assertThat(refusal(with(set(1, " ")))).containsOnlyKeys("personName");
        assertThat(refusal(with(set(2, null)))).containsOnlyKeys("discloser");
        assertThat(refusal(with(set(3, Set.of())))).containsOnlyKeys("information");
        assertThat(refusal(with(set(6, List.of())))).containsOnlyKeys("recipients");
        assertThat(refusal(with(set(7, "")))).containsOnlyKeys("purpose");
        assertThat(refusal(with(set(8, null)))).containsOnlyKeys("revocation");
        assertThat(refusal(with(set(9, null)))).containsOnlyKeys("expiresOn");
        assertThat(refusal(with(set(11, null)))).containsOnlyKeys("signature");
        assertThat(refusal(with(set(12, null)))).containsOnlyKeys("signedOn");
        assertThat(refusal(with(f -> {
                    for (int i = 1; i < f.length; i++) {
                        f[i] = i == 3 ? Set.of() : i == 4 ? false : i == 6 ? List.of() : null;
                    }
                    return f;
                })))
                .containsOnlyKeys(
                        "personName",
                        "discloser",
                        "information",
                        "recipients",
                        "purpose",
                        "revocation",
                        "expiresOn",
                        "signature",
                        "signedOn");
    }

    @Test
    void anExpiryEventStandsForADayAndEverythingForTheItems() {
        Consent c = Consent.give(
                PERSON,
                with(f -> {
                    f[3] = Set.of();
                    f[4] = true;
                    f[9] = null;
                    f[10] = "When I leave the program";
                    return f;
                }),
                WORKER,
                NOW,
                TODAY);
        assertThat(c.covered()).contains(Item.NOTES, Item.CRISIS_PLAN).doesNotContain(Item.COUNSELING_NOTES);
        assertThat(c.inForce(TODAY.plusYears(5))).isTrue();
    }

    @Test
    void anExpiryBeforeTheSigningDayASigningDayAheadAndAnUnsignedConsentAreRefused() {
        assertThat(refusal(with(set(9, TODAY.minusDays(1)))))
                .containsEntry("expiresOn", "The consent ends on or after the day it is signed");
        assertThat(refusal(with(set(12, TODAY.plusDays(1)))))
                .containsEntry("signedOn", "The day signed cannot be in the future");
        assertThat(refusal(with(set(11, new Signature(Signature.Kind.TYPED, " ", null)))))
                .containsEntry("signature", "Type the person's name as their signature");
        assertThat(refusal(with(set(11, new Signature(Signature.Kind.DRAWN, null, "data:text/html,<b>")))))
                .containsEntry("signature", "Draw the signature on the screen");
    }

    @Test
    void aSignatureDrawnOnTheScreenStandsWithoutATypedName() {
        Consent c = Consent.give(
                PERSON,
                with(set(11, new Signature(Signature.Kind.DRAWN, null, "data:image/png;base64,iVBORw0KGgo="))),
                WORKER,
                NOW,
                TODAY);
        assertThat(c.terms().signature().kind()).isEqualTo(Signature.Kind.DRAWN);
    }

    @Test
    void counselingNotesNeedAConsentOfTheirOwn() {
        assertThat(refusal(with(set(3, Set.of(Item.COUNSELING_NOTES, Item.NOTES)))))
                .containsEntry("information", "Counseling notes need a consent of their own, covering nothing else");
        assertThat(refusal(with(f -> {
                    f[3] = Set.of(Item.COUNSELING_NOTES);
                    f[4] = true;
                    return f;
                })))
                .containsKey("information");
        Consent alone = Consent.give(PERSON, with(set(3, Set.of(Item.COUNSELING_NOTES))), WORKER, NOW, TODAY);
        assertThat(alone.covered()).containsExactly(Item.COUNSELING_NOTES);
    }

    @Test
    void anIntermediaryNamesItsParticipants() {
        assertThat(refusal(with(set(
                        6, List.of(new Recipient(Recipient.Kind.INTERMEDIARY, "Health Information Exchange", null))))))
                .containsEntry("recipients", "Name the intermediary's participants who may receive it");
    }

    @Test
    void aChangeIsANewVersionAndTheOldOneIsKeptAndChangesNoMore() {
        Consent first = Consent.give(PERSON, complete(), WORKER, NOW, TODAY);
        Consent second = first.revise(with(set(9, TODAY.plusDays(30))), WORKER, NOW.plusSeconds(60), TODAY);
        assertThat(second.seriesId()).isEqualTo(first.seriesId());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(first.supersededAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(first.inForce(TODAY)).isFalse();
        assertThatThrownBy(() -> first.revise(complete(), WORKER, NOW, TODAY))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A newer version of this consent exists; change that one");
    }

    @Test
    void aRevokedConsentCoversNothingFromThatMomentAndIsNotRevokedTwice() {
        Consent c = Consent.give(PERSON, complete(), WORKER, NOW, TODAY);
        assertThat(c.inForce(TODAY)).isTrue();
        assertThatThrownBy(() -> c.revoke(WORKER, NOW, " ")).isInstanceOf(InvalidInputException.class);
        c.revoke(WORKER, NOW.plusSeconds(5), "Told me in person");
        assertThat(c.inForce(TODAY)).isFalse();
        assertThat(c.revokedHow()).isEqualTo("Told me in person");
        assertThatThrownBy(() -> c.revoke(WORKER, NOW, "again"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This consent was revoked; the person can give a new one");
        assertThatThrownBy(() -> c.revise(complete(), WORKER, NOW, TODAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aConsentPastItsExpiryDayIsNoLongerInForce() {
        Consent c = Consent.give(PERSON, complete(), WORKER, NOW, TODAY);
        assertThat(c.inForce(TODAY.plusDays(90))).isTrue();
        assertThat(c.inForce(TODAY.plusDays(91))).isFalse();
    }
}
