package org.alongside.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The person as pages read them, in one statement, is the same person the record's changes answer
 * with: ways of contact and supporters in their order, enrolments with their programs, the
 * caseload history with the workers' names.
 */
@AlongsideTest
class ParticipantViewsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ParticipantManagement participants;

    @Test
    void aPageReadsThePersonExactlyAsTheirLatestChangeLeftThem() {
        Org org = new Fixtures(context).org();
        UUID id = org.personOfA().id();
        ParticipantView before = participants.get(org.workerA().viewer(), id);
        ParticipantDetails details = new ParticipantDetails(
                "Riverside",
                "Ana Riverside",
                "she/her",
                LocalDate.of(1988, 2, 29),
                "Español",
                "12 Elm St",
                List.of(
                        new ParticipantDetails.ContactMethod(ContactKind.TEXT, "555 0101", true, false),
                        new ParticipantDetails.ContactMethod(ContactKind.EMAIL, "ana@example.org", false, true)),
                List.of(
                        new ParticipantDetails.SupportContact("Luz", "sister", "555 0199"),
                        new ParticipantDetails.SupportContact("Dr Lee", null, null)));
        participants.update(org.workerA().viewer(), id, details, before.version());
        ParticipantView described = participants.get(org.workerA().viewer(), id);
        ParticipantView moved = participants.transfer(
                org.supervisorA().viewer(), id, org.workerB().id(), "Closer to home", described.version());

        ParticipantView read = participants.get(org.admin().viewer(), id);
        assertThat(read.details()).isEqualTo(details);
        assertThat(read.details()).isEqualTo(moved.details());
        assertThat(read.primaryWorkerId()).isEqualTo(org.workerB().id());
        assertThat(read.primaryWorkerName()).isEqualTo(moved.primaryWorkerName());
        assertThat(read.enrolments()).isEqualTo(moved.enrolments());
        assertThat(read.enrolments().get(0).programName()).isNotBlank();
        assertThat(read.assignments())
                .extracting(ParticipantView.AssignmentView::workerName, ParticipantView.AssignmentView::reason)
                .containsExactlyElementsOf(moved.assignments().stream()
                        .map(a -> tuple(a.workerName(), a.reason()))
                        .toList());
        assertThat(read.assignments().get(0).endedAt()).isNotNull();
        assertThat(read.version()).isEqualTo(moved.version());
        assertThat(read.active()).isTrue();
    }
}
