package org.alongside.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.ParticipantDetails.ContactMethod;
import org.alongside.participant.ParticipantDetails.SupportContact;
import org.alongside.participant.domain.Participant;
import org.alongside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParticipantRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static ParticipantDetails details(String name, LocalDate born, List<ContactMethod> contacts) {
        return new ParticipantDetails(name, null, null, born, null, null, contacts, List.of());
    }

    @Test
    void acceptsAPersonWithOnlyAPreferredName() {
        ParticipantRules.check(details("Ari", null, List.of()), TODAY);
    }

    @Test
    void namesEveryFieldThatBreaksARule() {
        assertThatThrownBy(() -> ParticipantRules.check(
                        new ParticipantDetails(
                                " ",
                                "y".repeat(201),
                                null,
                                TODAY.plusDays(1),
                                null,
                                null,
                                List.of(new ContactMethod(ContactKind.EMAIL, "nope", true, true)),
                                List.of(new SupportContact("", null, "phone?"))),
                        TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys(
                                        "preferredName",
                                        "legalName",
                                        "dateOfBirth",
                                        "contactMethods[0].value",
                                        "supportContacts[0].name",
                                        "supportContacts[0].phone"));
    }

    @Test
    void aBirthDateMoreThan130YearsAgoIsRefused() {
        assertThatThrownBy(() -> ParticipantRules.check(details("Ari", TODAY.minusYears(131), List.of()), TODAY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTransferEndsTheCurrentAssignmentAndKeepsItAsHistory() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Participant p = Participant.enrol(
                details("Ari", null, List.of()),
                UUID.randomUUID(),
                null,
                TODAY,
                first,
                UUID.randomUUID(),
                Instant.parse("2026-01-01T10:00:00Z"));
        p.transferTo(second, "Closer to home", UUID.randomUUID(), Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(p.primaryWorkerId()).isEqualTo(second);
        assertThat(p.assignments()).hasSize(2);
        assertThat(p.assignments().get(0).endedAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(p.assignments().get(1).endedAt()).isNull();
        assertThatThrownBy(() -> p.transferTo(second, null, null, Instant.now()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDischargedEnrolmentCannotBeReopenedByAStatusChange() {
        Participant p = Participant.enrol(
                details("Ari", null, List.of()),
                UUID.randomUUID(),
                null,
                TODAY,
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.now());
        assertThatThrownBy(() -> p.changeEnrolmentStatus(EnrolmentStatus.DISCHARGED, " ", TODAY, Instant.now()))
                .isInstanceOf(InvalidInputException.class);
        p.changeEnrolmentStatus(EnrolmentStatus.PAUSED, null, TODAY, Instant.now());
        p.changeEnrolmentStatus(EnrolmentStatus.DISCHARGED, "Moved away", TODAY, Instant.now());
        assertThat(p.enrolments().get(0).endedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> p.changeEnrolmentStatus(EnrolmentStatus.ACTIVE, null, TODAY, Instant.now()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deactivationNeedsAReason() {
        Participant p = Participant.enrol(
                details("Ari", null, List.of()),
                UUID.randomUUID(),
                null,
                TODAY,
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.now());
        assertThatThrownBy(() -> p.deactivate("", Instant.now())).isInstanceOf(InvalidInputException.class);
        p.deactivate("Asked to close", Instant.now());
        assertThat(p.active()).isFalse();
    }
}
