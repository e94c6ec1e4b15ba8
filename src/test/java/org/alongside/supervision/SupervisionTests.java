package org.alongside.supervision;

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
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.supervision.domain.Competency;
import org.alongside.supervision.domain.PeerValue;
import org.alongside.supervision.domain.Session;
import org.alongside.supervision.domain.SupervisorCompetency;
import org.alongside.workforce.Credentials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Supervision as the people in it expect: what was said stays with them (an administrator sees
 * that it happened and what it touched, another supervisor or worker nothing at all), agreed
 * actions carry into the next session until done, the supervisee's reflection is theirs to add,
 * and the time becomes supervision hours on their workforce record.
 */
@AlongsideTest
class SupervisionTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SupervisionSessions sessions;

    @Autowired
    Clock clock;

    private SupervisionSessions.SessionView session(
            Org org, LocalDate on, int minutes, List<SupervisionSessions.NewAction> actions, List<UUID> done) {
        return sessions.record(
                org.supervisorA().viewer(),
                new SupervisionSessions.NewSession(
                        List.of(org.workerA().id()),
                        on,
                        minutes,
                        Session.Format.IN_PERSON,
                        List.of(PeerValue.HOPEFUL, PeerValue.EQUALLY_SHARED_POWER),
                        List.of(Competency.SHARES_LIVED_EXPERIENCE),
                        "Shared their story briefly and at the right moment",
                        "Saying no to driving people around",
                        actions,
                        done));
    }

    @Test
    void whatWasSaidIsReadOnlyByThePeopleInTheSessionAndEveryoneElseGetsNotFound() throws Exception {
        Org org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        UUID id = session(org, LocalDate.now(clock), 60, List.of(), List.of())
                .session()
                .id();

        api.get(org.workerA(), "/api/v1/supervision-sessions/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").value(true))
                .andExpect(jsonPath("$.strengths").value("Shared their story briefly and at the right moment"));
        api.get(org.admin(), "/api/v1/supervision-sessions/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").value(false))
                .andExpect(jsonPath("$.minutes").value(60))
                .andExpect(jsonPath("$.values[0]").value("HOPEFUL"))
                .andExpect(jsonPath("$.strengths").doesNotExist())
                .andExpect(jsonPath("$.growthAreas").doesNotExist());
        api.get(org.supervisorB(), "/api/v1/supervision-sessions/" + id).andExpect(status().isNotFound());
        api.get(org.workerB(), "/api/v1/supervision-sessions/" + id).andExpect(status().isNotFound());
        api.get(org.workerB(), "/api/v1/staff/" + org.workerA().id() + "/supervision-sessions")
                .andExpect(status().isNotFound());
        assertThat(api.auditCountByActor(
                        "supervision.session", org.supervisorB().id(), "DENIED"))
                .isEqualTo(1);
        assertThat(api.auditCountByActor("supervision.session", org.admin().id(), "SUCCESS"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select detail from audit_event where action = 'supervision.session' and actor_id = :a")
                        .param("a", org.admin().id())
                        .query(String.class)
                        .single())
                .isEqualTo("content=false");
    }

    @Test
    void aSupervisorRecordsSessionsOnlyWithTheirOwnSuperviseesAndBadInputChangesNothing() {
        Org org = new Fixtures(context).org();
        assertThatThrownBy(() -> sessions.record(
                        org.supervisorB().viewer(),
                        new SupervisionSessions.NewSession(
                                List.of(org.workerA().id()),
                                LocalDate.now(clock),
                                60,
                                Session.Format.PHONE,
                                List.of(),
                                List.of(),
                                null,
                                null,
                                List.of(),
                                List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.record(
                        org.supervisorA().viewer(),
                        new SupervisionSessions.NewSession(
                                List.of(),
                                LocalDate.now(clock).plusDays(1),
                                3,
                                null,
                                List.of(),
                                List.of(),
                                null,
                                null,
                                List.of(new SupervisionSessions.NewAction(
                                        "Call", org.workerB().id(), null)),
                                List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("supervisees", "heldOn", "minutes", "format", "actions"));
        assertThat(jdbc.sql("select count(*) from supervision_attendee where staff_id = :w")
                        .param("w", org.workerA().id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void openActionsCarryIntoTheNextSessionUntilTheyAreMarkedDone() {
        Org org = new Fixtures(context).org();
        LocalDate today = LocalDate.now(clock);
        SupervisionSessions.SessionView first = session(
                org,
                today.minusDays(14),
                45,
                List.of(new SupervisionSessions.NewAction(
                        "Practise naming a boundary", org.workerA().id(), today)),
                List.of());
        UUID action = first.agreed().get(0).id();
        assertThat(first.carried()).isEmpty();

        SupervisionSessions.SessionView second = session(org, today.minusDays(7), 45, List.of(), List.of());
        assertThat(second.carried()).extracting(Session.AgreedAction::id).containsExactly(action);
        assertThat(sessions.openActions(
                        org.supervisorA().viewer(), List.of(org.workerA().id())))
                .extracting(Session.AgreedAction::id)
                .containsExactly(action);

        SupervisionSessions.SessionView third = session(org, today, 45, List.of(), List.of(action));
        assertThat(third.carried())
                .singleElement()
                .satisfies(a -> assertThat(a.doneIn()).isEqualTo(third.session().id()));
        assertThat(sessions.read(org.supervisorA().viewer(), second.session().id())
                        .carried())
                .as("the earlier session still shows what it carried")
                .extracting(Session.AgreedAction::id)
                .containsExactly(action);
        assertThat(sessions.openActions(
                        org.supervisorA().viewer(), List.of(org.workerA().id())))
                .isEmpty();
        assertThatThrownBy(() -> session(org, today, 45, List.of(), List.of(action)))
                .as("an action already done")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSuperviseeAddsTheirOwnReflectionWhichTheirSupervisorReadsAndNoOneElseAdds() {
        Org org = new Fixtures(context).org();
        UUID id = session(org, LocalDate.now(clock), 60, List.of(), List.of())
                .session()
                .id();
        SupervisionSessions.SessionView mine =
                sessions.reflect(org.workerA().viewer(), id, "  It helped to say no out loud.  ");
        assertThat(mine.reflections())
                .singleElement()
                .satisfies(r -> assertThat(r.words()).isEqualTo("It helped to say no out loud."));
        assertThat(sessions.read(org.supervisorA().viewer(), id).reflections()).hasSize(1);
        assertThat(sessions.read(org.admin().viewer(), id).reflections()).isEmpty();
        assertThatThrownBy(() -> sessions.reflect(org.supervisorA().viewer(), id, "Mine"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.reflect(org.workerB().viewer(), id, "Mine"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.reflect(org.workerA().viewer(), id, "  "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSessionBecomesSupervisionHoursOnTheSuperviseesRecordButNotContinuingEducation() throws Exception {
        Org org = new Fixtures(context).org();
        Credentials credentials = context.getBean(Credentials.class);
        credentials.add(
                org.workerA().viewer(),
                org.workerA().id(),
                new Credentials.NewCredential(
                        "icrc-peer-recovery",
                        null,
                        null,
                        null,
                        LocalDate.now(clock).minusMonths(6),
                        null,
                        null,
                        null),
                null);
        session(org, LocalDate.now(clock), 90, List.of(), List.of());
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (hoursOf(org.workerA().id()) == null) {
            assertThat(Instant.now()).as("the supervision hours").isBefore(until);
            Thread.sleep(50);
        }
        assertThat(hoursOf(org.workerA().id())).isEqualByComparingTo("1.5");
        assertThat(credentials.of(org.workerA().viewer(), org.workerA().id()))
                .singleElement()
                .satisfies(h -> assertThat(h.standing().lines().get(0).done())
                        .as("supervision received is not continuing education under this rule set")
                        .isEqualByComparingTo("0"));
    }

    @Test
    void aWorkerAssessesThemselvesTheirSupervisorAssessesThemAndNoOneElseMay() {
        Org org = new Fixtures(context).org();
        CompetencyAssessments competencies = context.getBean(CompetencyAssessments.class);
        LocalDate today = LocalDate.now(clock);
        competencies.assess(
                org.workerA().viewer(),
                org.workerA().id(),
                today.minusDays(30),
                java.util.Map.of(Competency.PROVIDES_SUPPORT, 2, Competency.SHARES_LIVED_EXPERIENCE, 1),
                null);
        CompetencyAssessments.Assessment bySupervisor = competencies.assess(
                org.supervisorA().viewer(),
                org.workerA().id(),
                today,
                java.util.Map.of(Competency.PROVIDES_SUPPORT, 3, Competency.SHARES_LIVED_EXPERIENCE, 2),
                "  Sharing with purpose  ");
        assertThat(bySupervisor.kind()).isEqualTo(CompetencyAssessments.Kind.SUPERVISOR);
        assertThat(bySupervisor.notes()).isEqualTo("Sharing with purpose");
        assertThat(competencies.of(org.admin().viewer(), org.workerA().id()))
                .extracting(CompetencyAssessments.Assessment::kind)
                .containsExactly(CompetencyAssessments.Kind.SELF, CompetencyAssessments.Kind.SUPERVISOR);
        for (var stranger : List.of(org.supervisorB(), org.workerB(), org.admin())) {
            assertThatThrownBy(() -> competencies.assess(
                            stranger.viewer(),
                            org.workerA().id(),
                            today,
                            java.util.Map.of(Competency.PROVIDES_SUPPORT, 4),
                            null))
                    .as(stranger.displayName())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() ->
                        competencies.of(org.workerB().viewer(), org.workerA().id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> competencies.assess(
                        org.workerA().viewer(),
                        org.workerA().id(),
                        today.plusDays(1),
                        java.util.Map.of(Competency.PROVIDES_SUPPORT, 5),
                        null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("assessedOn", "scores"));
        assertThat(jdbc.sql("select count(*) from competency_assessment where staff_id = :s")
                        .param("s", org.workerA().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aWellbeingCheckInIsTheWorkersAloneAndTheirSupervisorSeesOnlyThatTheyWouldLikeToTalk() {
        Org org = new Fixtures(context).org();
        WellbeingCheckIns wellbeing = context.getBean(WellbeingCheckIns.class);
        Supervisees supervisees = context.getBean(Supervisees.class);
        WellbeingCheckIns.CheckIn mine = wellbeing.checkIn(
                org.workerA().viewer(),
                2,
                WellbeingCheckIns.Workload.TOO_HEAVY,
                "Two people in crisis this week",
                true);
        assertThat(supervisees.of(org.supervisorA().viewer()))
                .singleElement()
                .satisfies(s -> assertThat(s.wantsToTalk()).isTrue());
        for (var other : List.of(org.supervisorA(), org.workerB(), org.admin())) {
            assertThatThrownBy(() -> wellbeing.read(other.viewer(), mine.id()))
                    .as(other.displayName())
                    .isInstanceOf(NotFoundException.class);
            assertThat(wellbeing.mine(other.viewer())).isEmpty();
        }
        assertThat(wellbeing.read(org.workerA().viewer(), mine.id()).words())
                .isEqualTo("Two people in crisis this week");
        assertThat(new ApiSupport(mvc, context)
                        .auditCountByActor("wellbeing.read", org.supervisorA().id(), "DENIED"))
                .isEqualTo(1);

        session(org, LocalDate.now(clock), 30, List.of(), List.of());
        assertThat(supervisees.of(org.supervisorA().viewer()))
                .as("talked about in the session since")
                .singleElement()
                .satisfies(s -> assertThat(s.wantsToTalk()).isFalse());
        assertThatThrownBy(() -> wellbeing.checkIn(org.workerA().viewer(), 6, null, null, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("doing", "workload"));
    }

    @Test
    void aSupervisorAssessesTheirOwnPracticeWhichTheirAdministratorReadsAndNoOtherSupervisor() {
        Org org = new Fixtures(context).org();
        SupervisorSelfAssessments selfAssessments = context.getBean(SupervisorSelfAssessments.class);
        selfAssessments.assess(
                org.supervisorA().viewer(),
                LocalDate.now(clock),
                java.util.Map.of(SupervisorCompetency.GUARDS_AGAINST_ROLE_DRIFT, 2));
        assertThat(selfAssessments.of(org.admin().viewer(), org.supervisorA().id()))
                .singleElement()
                .satisfies(a -> assertThat(a.scoreOf(SupervisorCompetency.GUARDS_AGAINST_ROLE_DRIFT))
                        .isEqualTo(2));
        assertThat(context.getBean(CompetencyAssessments.class)
                        .of(org.supervisorA().viewer(), org.supervisorA().id()))
                .as("a supervisor's self-assessment is not a peer worker's competency assessment")
                .isEmpty();
        assertThatThrownBy(() -> selfAssessments.of(
                        org.supervisorB().viewer(), org.supervisorA().id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> selfAssessments.assess(
                        org.workerA().viewer(),
                        LocalDate.now(clock),
                        java.util.Map.of(SupervisorCompetency.GUARDS_AGAINST_ROLE_DRIFT, 2)))
                .as("only supervisors assess their supervising")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        selfAssessments.assess(org.supervisorA().viewer(), LocalDate.now(clock), java.util.Map.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    private java.math.BigDecimal hoursOf(UUID staff) {
        return jdbc.sql("select sum(hours) from training where staff_id = :s and source = 'SUPERVISION'")
                .param("s", staff)
                .query(java.math.BigDecimal.class)
                .optional()
                .orElse(null);
    }
}
