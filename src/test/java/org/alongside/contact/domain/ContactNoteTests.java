package org.alongside.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.contact.Activity;
import org.alongside.contact.BillingUnitRule;
import org.alongside.contact.ContactMode;
import org.alongside.contact.NoteContent;
import org.alongside.contact.domain.ContactNote.Signer;
import org.alongside.contact.domain.ContactNote.Status;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

/** The contact note's life cycle: every named move, and every move its rules refuse. */
class ContactNoteTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
    static final BillingUnitRule H0038 = new BillingUnitRule("H0038", 15, 8, 16);
    static final UUID AUTHOR = UUID.randomUUID();
    static final UUID SUPERVISOR = UUID.randomUUID();
    static final Signer SIGNER = new Signer(AUTHOR, "Author A", "CPS", false);
    static final Signer PROVISIONAL = new Signer(AUTHOR, "Author A", null, true);

    static NoteContent complete() {
        return new NoteContent(
                TODAY,
                LocalTime.of(10, 0),
                LocalTime.of(10, 40),
                null,
                ContactMode.WALK,
                "Park",
                Set.of(Activity.values()[0]),
                Set.of(),
                List.of(),
                "Walked and talked about the week",
                "I felt lighter",
                "Meet Friday",
                null);
    }

    static ContactNote draft(NoteContent content) {
        return ContactNote.draft(UUID.randomUUID(), UUID.randomUUID(), AUTHOR, content, TODAY, NOW);
    }

    static ContactNote waitingForCosign() {
        ContactNote note = draft(complete());
        note.sign(PROVISIONAL, H0038, (day, code) -> 0, TODAY, NOW);
        return note;
    }

    @Test
    void theAuthorDiscardsADraftWhichThenCannotBeEditedOrSigned() {
        ContactNote note = draft(complete());
        note.discard(AUTHOR, 0, NOW);
        assertThat(note.status()).isEqualTo(Status.DISCARDED);
        assertThat(note.editable()).isFalse();
        assertThat(note.content().narrative()).as("nothing is deleted").isEqualTo("Walked and talked about the week");
        assertThatThrownBy(() -> note.sign(SIGNER, H0038, (day, code) -> 0, TODAY, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("discarded");
    }

    @Test
    void onlyTheAuthorDiscardsAndOnlyADraftFromTheVersionTheyRead() {
        assertThatThrownBy(() -> draft(complete()).discard(SUPERVISOR, 0, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft(complete()).discard(AUTHOR, 7, NOW)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> waitingForCosign().discard(AUTHOR, 1, NOW)).isInstanceOf(ConflictException.class);
        ContactNote signed = draft(complete());
        signed.sign(SIGNER, H0038, (day, code) -> 0, TODAY, NOW);
        assertThatThrownBy(() -> signed.discard(AUTHOR, 1, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("addendum");
    }

    @Test
    void aNewDraftIsEditableByItsAuthor() {
        ContactNote note = draft(complete());
        assertThat(note.status()).isEqualTo(Status.DRAFT);
        assertThat(note.editable()).isTrue();
    }

    @Test
    void aDraftWithAnImpossibleTimeIsNotKept() {
        NoteContent backwards = new NoteContent(
                TODAY,
                LocalTime.of(11, 0),
                LocalTime.of(10, 0),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> draft(backwards)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theAuthorRevisesADraftFromTheVersionTheyRead() {
        ContactNote note = draft(complete());
        note.revise(AUTHOR, complete(), 0, TODAY, NOW);
        assertThat(note.content().place()).isEqualTo("Park");
    }

    @Test
    void aRevisionFromAnOlderVersionIsRefused() {
        ContactNote note = draft(complete());
        assertThatThrownBy(() -> note.revise(AUTHOR, complete(), 3, TODAY, NOW))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void someoneElseCannotReviseOrSignTheDraft() {
        ContactNote note = draft(complete());
        assertThatThrownBy(() -> note.revise(UUID.randomUUID(), complete(), 0, TODAY, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Only the author");
        Signer other = new Signer(UUID.randomUUID(), "Other", null, false);
        assertThatThrownBy(() -> note.sign(other, H0038, (day, code) -> 0, TODAY, NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(note.status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void signingCountsUnitsLocksTheNoteAndKeepsTheSignersCredential() {
        ContactNote note = draft(complete());
        note.sign(SIGNER, H0038, (day, code) -> 0, TODAY, NOW);
        assertThat(note.status()).isEqualTo(Status.SIGNED);
        assertThat(note.editable()).isFalse();
        assertThat(note.signature().units()).isEqualTo(3);
        assertThat(note.signature().credential()).isEqualTo("CPS");
        assertThat(note.signature().billingCode()).isEqualTo("H0038");
    }

    @Test
    void signingStaysWithinWhatIsLeftOfTheDailyCap() {
        ContactNote note = draft(complete());
        note.sign(SIGNER, H0038, (day, code) -> 15, TODAY, NOW);
        assertThat(note.signature().units()).isEqualTo(1);
    }

    @Test
    void anIncompleteNoteIsNotSignedAndStaysADraft() {
        ContactNote note =
                draft(new NoteContent(TODAY, null, null, 30, null, null, null, null, null, null, null, null, null));
        assertThatThrownBy(() -> note.sign(SIGNER, H0038, (day, code) -> 0, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("mode", "activities", "narrative"));
        assertThat(note.status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void aSignedNoteIsNeitherRevisedNorSignedAgain() {
        ContactNote note = draft(complete());
        note.sign(SIGNER, H0038, (day, code) -> 0, TODAY, NOW);
        assertThatThrownBy(() -> note.revise(AUTHOR, complete(), note.version(), TODAY, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("addendum");
        assertThatThrownBy(() -> note.sign(SIGNER, H0038, (day, code) -> 0, TODAY, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAuthorWhoNeedsACosignLeavesTheNoteWaiting() {
        ContactNote note = waitingForCosign();
        assertThat(note.status()).isEqualTo(Status.PENDING_COSIGN);
        assertThatThrownBy(() -> note.revise(AUTHOR, complete(), note.version(), TODAY, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("co-sign");
    }

    @Test
    void theAuthorsSupervisorCosignsAndTheNoteIsFinal() {
        ContactNote note = waitingForCosign();
        note.cosign(SUPERVISOR, "Supervisor S", true, NOW);
        assertThat(note.status()).isEqualTo(Status.SIGNED);
        assertThat(note.review().cosignedName()).isEqualTo("Supervisor S");
    }

    @Test
    void nobodyCosignsTheirOwnNoteOrANoteOfSomeoneTheyDoNotSupervise() {
        ContactNote note = waitingForCosign();
        assertThatThrownBy(() -> note.cosign(AUTHOR, "Author A", true, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("your own");
        assertThatThrownBy(() -> note.cosign(SUPERVISOR, "S", false, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("supervisor of the author");
        assertThat(note.status()).isEqualTo(Status.PENDING_COSIGN);
    }

    @Test
    void aNoteThatIsNotWaitingIsNeitherCosignedNorReturned() {
        ContactNote note = draft(complete());
        assertThatThrownBy(() -> note.cosign(SUPERVISOR, "S", true, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("not waiting");
        assertThatThrownBy(() -> note.returnToAuthor(SUPERVISOR, true, "Look again", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnedNoteIsEditableAgainAndKeepsTheCommentAfterItsCosign() {
        ContactNote note = waitingForCosign();
        note.returnToAuthor(SUPERVISOR, true, "  Add the person's own words  ", NOW);
        assertThat(note.status()).isEqualTo(Status.RETURNED);
        assertThat(note.editable()).isTrue();
        assertThat(note.review().returnedComment()).isEqualTo("Add the person's own words");
        note.sign(PROVISIONAL, H0038, (day, code) -> 0, TODAY, NOW);
        note.cosign(SUPERVISOR, "Supervisor S", true, NOW);
        assertThat(note.review().returnedComment()).isEqualTo("Add the person's own words");
    }

    @Test
    void aReturnNeedsAComment() {
        ContactNote note = waitingForCosign();
        assertThatThrownBy(() -> note.returnToAuthor(SUPERVISOR, true, " ", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(note.status()).isEqualTo(Status.PENDING_COSIGN);
    }

    @Test
    void addendaAreForSignedNotesOnlyAndNeedText() {
        ContactNote note = draft(complete());
        assertThatThrownBy(() -> note.addAddendum(AUTHOR, "A", "More", NOW)).isInstanceOf(ConflictException.class);
        note.sign(SIGNER, H0038, (day, code) -> 0, TODAY, NOW);
        assertThatThrownBy(() -> note.addAddendum(AUTHOR, "A", "", NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(note.addAddendum(AUTHOR, "A", "They called back", NOW).text())
                .isEqualTo("They called back");
    }

    @Test
    void aGroupContactIsSignedByTheSameTransition() {
        NoteContent group = new NoteContent(
                TODAY,
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                null,
                ContactMode.GROUP,
                "Wellness walk",
                Set.of(Activity.LEADING_GROUP),
                null,
                null,
                "We walked the river path",
                null,
                null,
                null);
        ContactNote note =
                ContactNote.ofGroupSession(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), SIGNER, group, NOW);
        note.sign(SIGNER, new BillingUnitRule("H0038-HQ", 15, 8, 16), (day, code) -> 0, TODAY, NOW);
        assertThat(note.status()).isEqualTo(Status.SIGNED);
        assertThat(note.signature().units()).isEqualTo(4);
        assertThat(note.groupSessionId()).isNotNull();
    }
}
