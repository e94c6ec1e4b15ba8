package org.alongside.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alongside.referral.domain.Referral;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A referral's life cycle: each step in order, dated and by someone; skips, steps back and early ratings refused. */
class ReferralTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
    static final UUID WORKER = UUID.randomUUID();

    private static Referral suggested() {
        return Referral.suggest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "food",
                "Fridays suit her best",
                ContactPreference.WORKER_GOES_WITH,
                TODAY.plusDays(7),
                WORKER,
                NOW,
                TODAY);
    }

    @Test
    void aReferralGoesFromSuggestedToConnectedOneStepAtATimeEachStepDatedAndByWhom() {
        Referral referral = suggested();
        referral.agree(WORKER, NOW.plusSeconds(60), null);
        referral.markInProgress(WORKER, NOW.plusSeconds(120), "Appointment Tuesday 10:00");
        referral.markConnected(WORKER, NOW.plusSeconds(180), null);
        assertThat(referral.status()).isEqualTo(ReferralStatus.CONNECTED);
        assertThat(referral.followUp()).as("a closed referral has no follow-up").isNull();
        assertThat(referral.history())
                .extracting(Referral.StatusChange::status)
                .containsExactly(
                        ReferralStatus.SUGGESTED,
                        ReferralStatus.AGREED,
                        ReferralStatus.IN_PROGRESS,
                        ReferralStatus.CONNECTED);
        assertThat(referral.history().get(2).note()).isEqualTo("Appointment Tuesday 10:00");
        assertThat(referral.history())
                .allSatisfy(change -> assertThat(change.by()).isEqualTo(WORKER));
    }

    @Test
    void connectedStraightFromSuggestedKeepsTheStepsInBetweenAsSkippedNotAsIfTheyHappened() {
        Referral referral = suggested();
        referral.markConnected(WORKER, NOW, "She called to say she starts Monday");
        assertThat(referral.status()).isEqualTo(ReferralStatus.CONNECTED);
        assertThat(referral.history())
                .extracting(Referral.StatusChange::status, Referral.StatusChange::skipped)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.SUGGESTED, false),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.AGREED, true),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.IN_PROGRESS, true),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.CONNECTED, false));
        assertThat(referral.history().get(1).note())
                .as("nothing invented for a skipped step")
                .isNull();
        assertThat(referral.history().get(3).note()).isEqualTo("She called to say she starts Monday");
    }

    @Test
    void aStepBackIsRefusedAndChangesNothing() {
        Referral referral = suggested();
        referral.markInProgress(WORKER, NOW, null);
        assertThatThrownBy(() -> referral.agree(WORKER, NOW, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This referral is already past that step: a referral does not move back");
        assertThat(referral.status()).isEqualTo(ReferralStatus.IN_PROGRESS);
        assertThat(referral.history()).hasSize(3);
    }

    @Test
    void nothingMovesAConnectedReferralBackOrToAnotherEnd() {
        Referral referral = suggested();
        referral.agree(WORKER, NOW, null);
        referral.markInProgress(WORKER, NOW, null);
        referral.markConnected(WORKER, NOW, null);
        assertThatThrownBy(() -> referral.markInProgress(WORKER, NOW, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> referral.markNotConnected(NotConnectedReason.OTHER, WORKER, NOW, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This referral is closed: its status cannot change");
        assertThatThrownBy(() -> referral.cancel(WORKER, NOW, null)).isInstanceOf(ConflictException.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.CONNECTED);
    }

    @Test
    void anOpenReferralMayEndNotConnectedWithAReasonOrCancelled() {
        Referral waiting = suggested();
        waiting.agree(WORKER, NOW, null);
        waiting.markNotConnected(NotConnectedReason.WAITLIST, WORKER, NOW, "Six weeks on the list");
        assertThat(waiting.status()).isEqualTo(ReferralStatus.NOT_CONNECTED);
        assertThat(waiting.reason()).isEqualTo(NotConnectedReason.WAITLIST);
        assertThatThrownBy(() -> suggested().markNotConnected(null, WORKER, NOW, null))
                .isInstanceOf(InvalidInputException.class);
        Referral withdrawn = suggested();
        withdrawn.cancel(WORKER, NOW, "She found a pantry nearer home");
        assertThat(withdrawn.status()).isEqualTo(ReferralStatus.CANCELLED);
    }

    @Test
    void whetherItHelpedIsAskedOnlyOnceThePersonIsConnected() {
        Referral referral = suggested();
        assertThatThrownBy(() -> referral.recordHelped(Helped.YES, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Whether it helped is asked once the person is connected");
        referral.agree(WORKER, NOW, null);
        referral.markInProgress(WORKER, NOW, null);
        referral.markConnected(WORKER, NOW, null);
        referral.recordHelped(Helped.SOMEWHAT, "The food was good, the queue was long");
        assertThat(referral.helped()).isEqualTo(Helped.SOMEWHAT);
        assertThat(referral.helpedWords()).isEqualTo("The food was good, the queue was long");
    }

    @Test
    void aFollowUpIsTodayOrLater() {
        assertThatThrownBy(() -> Referral.suggest(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        null,
                        "food",
                        null,
                        ContactPreference.PERSON_CONTACTS,
                        TODAY.minusDays(1),
                        WORKER,
                        NOW,
                        TODAY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("followUp", "A follow-up is today or later"));
        Referral referral = suggested();
        referral.followUpOn(TODAY, TODAY);
        assertThat(referral.followUp()).isEqualTo(TODAY);
    }

    @Test
    void eachStatusMapsToOneFhirTaskStatus() {
        assertThat(ReferralStatus.SUGGESTED.fhirTaskStatus()).isEqualTo("requested");
        assertThat(ReferralStatus.AGREED.fhirTaskStatus()).isEqualTo("accepted");
        assertThat(ReferralStatus.IN_PROGRESS.fhirTaskStatus()).isEqualTo("in-progress");
        assertThat(ReferralStatus.CONNECTED.fhirTaskStatus()).isEqualTo("completed");
        assertThat(ReferralStatus.CANCELLED.fhirTaskStatus()).isEqualTo("cancelled");
        Referral full = suggested();
        full.markNotConnected(NotConnectedReason.NO_CAPACITY, WORKER, NOW, null);
        assertThat(full.fhirTaskStatus()).isEqualTo("rejected");
        Referral waitlist = suggested();
        waitlist.markNotConnected(NotConnectedReason.WAITLIST, WORKER, NOW, null);
        assertThat(waitlist.fhirTaskStatus()).isEqualTo("on-hold");
        Referral unreachable = suggested();
        unreachable.markNotConnected(NotConnectedReason.NO_RESPONSE, WORKER, NOW, null);
        assertThat(unreachable.fhirTaskStatus()).isEqualTo("failed");
    }
}
