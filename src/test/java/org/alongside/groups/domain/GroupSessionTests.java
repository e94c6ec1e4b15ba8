package org.alongside.groups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.alongside.groups.domain.GroupSession.Signer;
import org.alongside.groups.domain.GroupSession.Status;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

/** A group session's life cycle: attendance, the group note, signing, and every move refused. */
class GroupSessionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
    static final Signer FACILITATOR = new Signer(UUID.randomUUID(), "Facilitator F", "CPS");

    static GroupSession open(LocalDate day) {
        return GroupSession.open(
                UUID.randomUUID(), UUID.randomUUID(), day, LocalTime.of(10, 0), LocalTime.of(11, 0), "Rest");
    }

    static GroupSession readyToSign() {
        GroupSession session = open(TODAY);
        session.markPresent(UUID.randomUUID(), false, true, 10);
        session.writeNote("We walked the river path", 0);
        return session;
    }

    @Test
    void aNewSessionIsOpenWithNobodyMarkedAndNoNote() {
        GroupSession session = open(TODAY);
        assertThat(session.status()).isEqualTo(Status.OPEN);
        assertThat(session.attendees()).isEmpty();
        assertThat(session.note()).isNull();
        assertThat(session.version()).isZero();
    }

    @Test
    void markingSomeoneTwiceChangesNothing() {
        GroupSession session = open(TODAY);
        UUID person = UUID.randomUUID();
        assertThat(session.markPresent(person, true, true, 10)).isTrue();
        assertThat(session.markPresent(person, true, true, 10)).isFalse();
        assertThat(session.attendees()).containsExactly(person);
    }

    @Test
    void onlyPeopleEnrolledInTheProgramAttend() {
        GroupSession session = open(TODAY);
        assertThatThrownBy(() -> session.markPresent(UUID.randomUUID(), false, false, 10))
                .isInstanceOf(InvalidInputException.class);
        assertThat(session.attendees()).isEmpty();
    }

    @Test
    void aFullGroupTakesNoOneMore() {
        GroupSession session = open(TODAY);
        session.markPresent(UUID.randomUUID(), false, true, 1);
        assertThatThrownBy(() -> session.markPresent(UUID.randomUUID(), false, true, 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("full");
    }

    @Test
    void aMistakenTapIsUndoneBeforeSigning() {
        GroupSession session = open(TODAY);
        UUID person = UUID.randomUUID();
        session.markPresent(person, false, true, 10);
        assertThat(session.markAbsent(person)).isTrue();
        assertThat(session.markAbsent(person)).isFalse();
        assertThat(session.attendees()).isEmpty();
    }

    @Test
    void aNoteFromAnOlderVersionOrTooLongIsRefused() {
        GroupSession session = open(TODAY);
        assertThatThrownBy(() -> session.writeNote("Hello", 4)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> session.writeNote("x".repeat(GroupSession.MAX_NOTE + 1), 0))
                .isInstanceOf(InvalidInputException.class);
        assertThat(session.note()).isNull();
    }

    @Test
    void signingLocksTheSessionWithItsSigner() {
        GroupSession session = readyToSign();
        session.sign(FACILITATOR, 0, TODAY, NOW);
        assertThat(session.status()).isEqualTo(Status.SIGNED);
        assertThat(session.signer().name()).isEqualTo("Facilitator F");
        assertThat(session.signedAt()).isEqualTo(NOW);
    }

    @Test
    void aSignedSessionDoesNotChange() {
        GroupSession session = readyToSign();
        session.sign(FACILITATOR, 0, TODAY, NOW);
        UUID someone = UUID.randomUUID();
        assertThatThrownBy(() -> session.markPresent(someone, false, true, 10)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> session.markAbsent(session.attendees().get(0))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> session.writeNote("Changed", 0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> session.sign(FACILITATOR, 0, TODAY, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSessionIsNotSignedBeforeItsDayWithoutAttendeesOrWithoutANote() {
        GroupSession tomorrow = open(TODAY.plusDays(1));
        tomorrow.markPresent(UUID.randomUUID(), false, true, 10);
        tomorrow.writeNote("Planned", 0);
        assertThatThrownBy(() -> tomorrow.sign(FACILITATOR, 0, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("date");
        GroupSession empty = open(TODAY);
        empty.writeNote("Nobody came", 0);
        assertThatThrownBy(() -> empty.sign(FACILITATOR, 0, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("attendance");
        GroupSession silent = open(TODAY);
        silent.markPresent(UUID.randomUUID(), false, true, 10);
        assertThatThrownBy(() -> silent.sign(FACILITATOR, 0, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("note");
        assertThat(List.of(tomorrow.status(), empty.status(), silent.status())).containsOnly(Status.OPEN);
    }

    @Test
    void signingFromAnOlderVersionIsRefused() {
        GroupSession session = readyToSign();
        assertThatThrownBy(() -> session.sign(FACILITATOR, 5, TODAY, NOW)).isInstanceOf(StaleVersionException.class);
        assertThat(session.status()).isEqualTo(Status.OPEN);
    }
}
