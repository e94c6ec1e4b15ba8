package org.alongside.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.ContactNoteSigned;
import org.alongside.contact.NoteContent;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantDischarged;
import org.alongside.participant.ParticipantEnrolled;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The events other modules react to: a person enrolled, a person discharged, a contact note signed
 * and final. Each carries ids, dates and counts, never a person's words. Runs in the suite's one
 * shared application context (Scenarios enabled on it) rather than a module-sliced one, so the
 * embedded database starts once.
 */
@AlongsideTest
@EnableScenarios
class ModuleEventTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ParticipantManagement participants;

    @Autowired
    ContactNoteManagement notes;

    Fixtures fixtures;
    Org org;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        org = fixtures.org();
    }

    @Test
    void enrollingAPersonPublishesParticipantEnrolled(Scenario scenario) {
        scenario.stimulate(() ->
                        fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Enrolled " + UUID.randomUUID()))
                .andWaitForEventOfType(ParticipantEnrolled.class)
                .matching(event -> event.programId().equals(org.programId()))
                .toArriveAndVerify((event, person) -> {
                    assertThat(event.participantId()).isEqualTo(person.id());
                    assertThat(event.primaryWorkerId()).isEqualTo(org.workerA().id());
                    assertThat(event.startDate()).isEqualTo(LocalDate.now());
                });
    }

    @Test
    void dischargingAPersonPublishesParticipantDischargedWithoutTheReason(Scenario scenario) {
        ParticipantView person = org.personOfA();
        scenario.stimulate(() -> participants.changeEnrolmentStatus(
                        org.admin().viewer(),
                        person.id(),
                        EnrolmentStatus.DISCHARGED,
                        "Moved to another city with family",
                        person.version()))
                .andWaitForEventOfType(ParticipantDischarged.class)
                .matching(event -> event.participantId().equals(person.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.programId()).isEqualTo(org.programId());
                    assertThat(event.endedOn()).isEqualTo(LocalDate.now());
                    assertThat(event.toString()).doesNotContain("city");
                });
    }

    @Test
    void pausingAPersonPublishesNoDischarge(Scenario scenario) {
        ParticipantView person = org.personOfB();
        scenario.stimulate(() -> participants.changeEnrolmentStatus(
                        org.admin().viewer(), person.id(), EnrolmentStatus.PAUSED, "A break", person.version()))
                .andWaitForStateChange(() -> participants.get(org.admin().viewer(), person.id()))
                .andVerifyEvents(events -> assertThat(events.ofType(ParticipantDischarged.class)
                                .matching(e -> e.participantId().equals(person.id())))
                        .isEmpty());
    }

    @Test
    void signingANoteThatIsFinalPublishesContactNoteSigned(Scenario scenario) {
        NoteContent content = new NoteContent(
                LocalDate.now(),
                null,
                null,
                30,
                ContactMode.WALK,
                null,
                Set.of(Activity.values()[0]),
                Set.of(),
                List.of(),
                "Walked to the library together.",
                null,
                null,
                null);
        scenario.stimulate(() -> notes.writeSigned(
                        org.workerA().viewer(), org.personOfA().id(), content))
                .andWaitForEventOfType(ContactNoteSigned.class)
                .matching(event -> event.participantId().equals(org.personOfA().id()))
                .toArriveAndVerify((event, note) -> {
                    assertThat(event.noteId()).isEqualTo(note.id());
                    assertThat(event.authorId()).isEqualTo(org.workerA().id());
                    assertThat(event.units()).isEqualTo(2);
                    assertThat(event.billingCode()).isEqualTo("H0038");
                });
    }
}
