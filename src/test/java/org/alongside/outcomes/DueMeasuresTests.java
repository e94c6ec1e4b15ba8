package org.alongside.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.participant.ParticipantManagement;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Measures due appear where the work is planned: on the worker's caseload, on the supervisor's
 * view of everyone they support, and over the API, by the program's own schedule once its
 * administrator sets one.
 */
@AlongsideTest
class DueMeasuresTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DueMeasures due;

    @Autowired
    MeasureSchedules schedules;

    @Autowired
    Clock clock;

    private void startedDaysAgo(UUID person, int days) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.sql("select count(*) from measurement_episode where participant_id = :p")
                        .param("p", person)
                        .query(Integer.class)
                        .single()
                == 0) {
            assertThat(Instant.now()).as("the episode").isBefore(until);
            Thread.sleep(50);
        }
        jdbc.sql("update measurement_episode set started_on = :on where participant_id = :p")
                .param("on", LocalDate.now(clock).minusDays(days))
                .param("p", person)
                .update();
    }

    @Test
    void aReassessmentInItsWindowIsDueOnTheCaseloadTheTeamViewAndTheApi() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        startedDaysAgo(person, 170);

        List<DueMeasures.Due> mine = due.of(org.workerA().viewer(), DueMeasures.Scope.MINE);
        // the baseline window closed 140 days ago (not shown any more); the reassessment is open (150–210)
        assertThat(mine).singleElement().satisfies(d -> {
            assertThat(d.participantId()).isEqualTo(person);
            assertThat(d.window().timepoint()).isEqualTo(Schedule.Timepoint.REASSESSMENT);
            assertThat(d.status()).isEqualTo(Schedule.Status.DUE);
        });
        assertThat(due.of(org.supervisorA().viewer(), DueMeasures.Scope.TEAM))
                .extracting(DueMeasures.Due::participantId)
                .containsExactly(person);
        assertThat(due.of(org.supervisorB().viewer(), DueMeasures.Scope.TEAM))
                .extracting(DueMeasures.Due::participantId)
                .doesNotContain(person);

        ParticipantManagement participants = context.getBean(ParticipantManagement.class);
        // forty days left in the window: a fact on the caseload
        assertThat(participants
                        .caseloadPage(
                                org.workerA().viewer(), null, org.workerA().id(), false)
                        .reminders()
                        .get(person))
                .anySatisfy(r -> {
                    assertThat(r.label()).isEqualTo("reminder.measureDue");
                    assertThat(r.attention()).isFalse();
                });
        // its last week: it asks for attention, and the person is among those needing it
        startedDaysAgo(person, 205);
        assertThat(participants
                        .caseloadPage(
                                org.workerA().viewer(), null, org.workerA().id(), true)
                        .reminders()
                        .get(person))
                .anySatisfy(r -> {
                    assertThat(r.label()).isEqualTo("reminder.measureDue");
                    assertThat(r.attention()).isTrue();
                });

        new ApiSupport(mvc, context)
                .get(org.workerA(), "/api/v1/measures/due")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].timepoint").value("REASSESSMENT"))
                .andExpect(jsonPath("$[0].status").value("DUE"));
        new ApiSupport(mvc, context)
                .get(org.workerA(), "/api/v1/measures/due?scope=everyone")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.scope").value("Choose mine or team"));
    }

    @Test
    void aProgramsOwnScheduleMovesTheWindowsAndABrokenOneIsRefusedByField() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        startedDaysAgo(person, 100);
        // SUPRT: nothing due at day 100 (the reassessment opens at 150, more than 14 days away)
        assertThat(due.of(org.workerA().viewer(), DueMeasures.Scope.MINE)).isEmpty();

        // a program that reassesses at 90 days ± 15
        schedules.set(org.admin().viewer().staff(), org.programId(), new Schedule(30, 90, 365, 15, 30));
        assertThat(due.of(org.workerA().viewer(), DueMeasures.Scope.MINE))
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(Schedule.Status.DUE));
        new ApiSupport(mvc, context)
                .get(org.admin(), "/api/v1/programs/" + org.programId() + "/measure-schedule")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reassessmentDay").value(90));

        assertThatThrownBy(() -> new Schedule(30, 40, 365, 15, 30))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry(
                                        "reassessmentDay",
                                        "The reassessment window opens after the baseline window closes"));
        new ApiSupport(mvc, context)
                .put(
                        org.admin(),
                        "/api/v1/programs/" + org.programId() + "/measure-schedule",
                        "{\"baselineDays\":30,\"reassessmentDay\":180,\"annualEvery\":200,\"tolerance\":30,\"dischargeDays\":30}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.annualEvery")
                        .value("The first repeat opens after the reassessment window closes"));
        assertThat(schedules.of(org.programId()).reassessmentDay()).isEqualTo(90);
        // a worker, or an administrator of another program, cannot set it
        assertThatThrownBy(() -> schedules.set(org.workerA().viewer().staff(), org.programId(), Schedule.SUPRT))
                .isInstanceOf(NotFoundException.class);
    }
}
