package org.alongside.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.NoteContent;
import org.alongside.participant.ParticipantManagement;
import org.alongside.staff.StaffManagement;
import org.alongside.supervision.domain.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The team's workload on a fixture worked out by hand: worker A has one active person and four
 * signed contacts in the last four weeks (60 minutes driving only; 40 minutes of paperwork and
 * mentoring together, shared 20 and 20; 100 minutes mentoring 27 days ago; 30 minutes advocating
 * yesterday, asking for a follow-up yesterday, so overdue) and one 28 days ago, outside the window;
 * 60 + 20 = 80 of 230 minutes are outside the peer role, 35 %, over the 30 % that flags drift.
 */
@AlongsideTest
class WorkloadTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Workloads workloads;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private NoteContent contact(LocalDate day, int minutes, Set<Activity> activities, LocalDate followUp) {
        return new NoteContent(
                day,
                LocalTime.of(9, 0),
                null,
                minutes,
                ContactMode.HOME_VISIT,
                null,
                activities,
                Set.of(),
                List.of(),
                "Time together",
                null,
                null,
                followUp);
    }

    @Test
    void roleDriftAndTheCaseloadRatioAreWorkedOutFromTheLastFourWeeks() throws Exception {
        Org org = new Fixtures(context).org();
        ContactNoteManagement notes = context.getBean(ContactNoteManagement.class);
        LocalDate today = LocalDate.now(clock);
        var person = org.personOfA().id();
        notes.writeSigned(
                org.workerA().viewer(), person, contact(today.minusDays(2), 60, Set.of(Activity.TRANSPORT_ONLY), null));
        notes.writeSigned(
                org.workerA().viewer(),
                person,
                contact(today.minusDays(10), 40, Set.of(Activity.CLERICAL, Activity.MENTORING_AND_GOALS), null));
        notes.writeSigned(
                org.workerA().viewer(),
                person,
                contact(today.minusDays(27), 100, Set.of(Activity.MENTORING_AND_GOALS), null));
        notes.writeSigned(
                org.workerA().viewer(),
                person,
                contact(today.minusDays(28), 500, Set.of(Activity.CLINICAL_TASK), null));
        notes.writeSigned(
                org.workerA().viewer(),
                person,
                contact(today.minusDays(1), 30, Set.of(Activity.ADVOCATING), today.minusDays(1)));

        Workloads.Team team = workloads.of(org.supervisorA().viewer());
        assertThat(team.ratio()).isEqualTo(15);
        assertThat(team.workers()).singleElement().satisfies(w -> {
            assertThat(w.caseload()).isEqualTo(1);
            assertThat(w.contacts()).isEqualTo(4);
            assertThat(w.minutes()).isEqualTo(230);
            assertThat(w.minutesByActivity())
                    .containsEntry(Activity.TRANSPORT_ONLY, 60.0)
                    .containsEntry(Activity.CLERICAL, 20.0)
                    .containsEntry(Activity.MENTORING_AND_GOALS, 120.0)
                    .containsEntry(Activity.ADVOCATING, 30.0)
                    .doesNotContainKey(Activity.CLINICAL_TASK);
            assertThat(w.minutesByMode()).containsExactly(java.util.Map.entry(ContactMode.HOME_VISIT, 230L));
            assertThat(w.outsideShare()).isCloseTo(80.0 / 230, offset(1e-9));
            assertThat(w.drift()).isTrue();
            assertThat(w.contactsPerWeek()).isEqualTo(1.0);
            assertThat(w.overdueFollowUps()).isEqualTo(1);
            assertThat(w.daysSinceSupervision()).isNull();
        });

        context.getBean(SupervisionSessions.class)
                .record(
                        org.supervisorA().viewer(),
                        new SupervisionSessions.NewSession(
                                List.of(org.workerA().id()),
                                today.minusDays(3),
                                60,
                                Session.Format.PHONE,
                                List.of(),
                                List.of(),
                                null,
                                null,
                                List.of(),
                                List.of()));
        new ApiSupport(mvc, context)
                .get(org.supervisorA(), "/api/v1/supervision/workload")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workers[0].daysSinceSupervision").value(3))
                .andExpect(jsonPath("$.workers[0].drift").value(true))
                .andExpect(jsonPath("$.workers[0].caseload").value(1));
        Fixtures fixtures = new Fixtures(context);
        var second = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Second person");
        assertThat(workloads.of(org.supervisorA().viewer()).workers().get(0).caseload())
                .isEqualTo(2);
        context.getBean(ParticipantManagement.class)
                .deactivate(org.admin().viewer(), second.id(), "Moved away", second.version());
        assertThat(workloads.of(org.supervisorA().viewer()).workers().get(0).caseload())
                .as("a deactivated record leaves the active caseload, as on the caseload page")
                .isEqualTo(1);
        assertThat(workloads.of(org.supervisorB().viewer()).workers())
                .as("supervisor B's team: worker B, with nothing logged")
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.minutes()).isZero();
                    assertThat(w.drift()).isFalse();
                });
        assertThat(workloads.of(org.workerA().viewer()).workers())
                .as("a worker supervises no one")
                .isEmpty();
    }

    @Test
    void notesWaitingAndMeasuresMissedCountWhateverTheirAgeAndANoteWaitingForACosignIsAlsoAContact() throws Exception {
        Org org = new Fixtures(context).org();
        ContactNoteManagement notes = context.getBean(ContactNoteManagement.class);
        LocalDate today = LocalDate.now(clock);
        var person = org.personOfA().id();
        notes.startDraft(
                org.workerA().viewer(), person, contact(today.minusDays(60), 30, Set.of(Activity.ADVOCATING), null));
        context.getBean(StaffManagement.class)
                .requireCosign(org.admin().viewer(), org.workerA().id(), true);
        notes.writeSigned(
                org.workerA().viewer(),
                person,
                contact(today.minusDays(5), 45, Set.of(Activity.MENTORING_AND_GOALS), null));
        // the episode began 215 days ago: the reassessment window (150 to 210 days) closed 5 days ago
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.sql("update measurement_episode set started_on = :on where participant_id = :p")
                        .param("on", today.minusDays(215))
                        .param("p", person)
                        .update()
                == 0) {
            assertThat(Instant.now()).as("the episode").isBefore(until);
            Thread.sleep(50);
        }

        assertThat(workloads.of(org.supervisorA().viewer()).workers())
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.awaitingSignature())
                            .as("the draft of 60 days ago")
                            .isEqualTo(1);
                    assertThat(w.awaitingCosign()).isEqualTo(1);
                    assertThat(w.contacts())
                            .as("the contact waiting for a co-sign happened")
                            .isEqualTo(1);
                    assertThat(w.minutes()).isEqualTo(45);
                    assertThat(w.overdueMeasures()).isEqualTo(1);
                });
    }
}
