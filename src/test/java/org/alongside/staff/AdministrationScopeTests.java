package org.alongside.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator's reach ends at their programs: they cannot assign their supervisors to
 * another program's workers, create or promote staff into another program, add anyone to it, or
 * see and change its staff. Each attempt changes nothing.
 */
@AlongsideTest
class AdministrationScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffManagement staff;

    @Autowired
    ProgramManagement programs;

    @Autowired
    SupervisionManagement supervision;

    ApiSupport api;
    Org x;
    Org y;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        Fixtures fixtures = new Fixtures(context);
        x = fixtures.org();
        y = fixtures.org();
    }

    @Test
    void anAdministratorListsOnlyTheirOwnProgramsInTheApiAndOnThePage() throws Exception {
        String listed = api.get(y.admin(), "/api/v1/programs")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed)
                .contains(y.programId().toString())
                .doesNotContain(x.programId().toString());
        String page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/programs")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(y.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String xName = jdbc.sql("select name from program where id = :p")
                .param("p", x.programId())
                .query(String.class)
                .single();
        String yName = jdbc.sql("select name from program where id = :p")
                .param("p", y.programId())
                .query(String.class)
                .single();
        assertThat(page).contains(yName).doesNotContain(xName);
    }

    @Test
    void anAdministratorCannotAssignTheirSupervisorToAnotherProgramsWorker() throws Exception {
        api.put(y.admin(), "/api/v1/staff/" + x.workerA().id() + "/supervisors", """
                        {"supervisorIds": ["%s"], "primarySupervisorId": "%s"}""".formatted(
                                y.supervisorA().id(), y.supervisorA().id()))
                .andExpect(status().isNotFound());
        assertThat(supervision.supervisorsOf(x.workerA().id()))
                .extracting(SupervisorLink::supervisorId)
                .containsExactly(x.supervisorA().id());
    }

    @Test
    void aSupervisorIsAssignedOnlyToAWorkerWhoSharesAProgram() throws Exception {
        CurrentUser elsewhere = new Fixtures(context).account("sup-" + System.nanoTime(), "Elsewhere", Role.SUPERVISOR);
        programs.addMember(y.admin().viewer(), y.programId(), elsewhere.id());
        programs.addMember(x.admin().viewer(), x.programId(), y.admin().id());
        api.put(y.admin(), "/api/v1/staff/" + x.workerA().id() + "/supervisors", """
                        {"supervisorIds": ["%s"], "primarySupervisorId": "%s"}""".formatted(
                                elsewhere.id(), elsewhere.id()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors.supervisorIds").value(Matchers.containsString("does not share a program")));
    }

    @Test
    void anAdministratorCannotCreateStaffInAnotherProgram() throws Exception {
        String email = "intruder-" + System.nanoTime() + "@test.example";
        api.post(y.admin(), "/api/v1/staff", """
                        {"email": "%s", "displayName": "Intruder", "roles": ["ADMIN"],
                         "password": "a long enough passphrase", "programIds": ["%s"]}""".formatted(email, x.programId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.programIds").value("Choose programs you administer"));
        assertThat(jdbc.sql("select count(*) from staff_member where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdministratorCannotAddAnyoneToAnotherProgram() {
        assertThatThrownBy(() -> programs.addMember(
                        y.admin().viewer(), x.programId(), y.workerA().id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(programs.isMember(x.programId(), y.workerA().id())).isFalse();
    }

    @Test
    void anotherProgramsStaffAreNeitherListedNorReadNorChanged() throws Exception {
        String listed =
                api.get(y.admin(), "/api/v1/staff").andReturn().getResponse().getContentAsString();
        assertThat(listed)
                .doesNotContain(x.workerA().id().toString())
                .contains(y.workerA().id().toString());
        api.get(y.admin(), "/api/v1/staff/" + x.workerA().id()).andExpect(status().isNotFound());
        assertThatThrownBy(
                        () -> staff.deactivate(y.admin().viewer(), x.workerA().id(), "Not yours"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        staff.resetPassword(y.admin().viewer(), x.workerA().id(), "another passphrase 99"))
                .isInstanceOf(NotFoundException.class);
        assertThat(staff.get(x.admin().viewer(), x.workerA().id()).active()).isTrue();
    }

    @Test
    void anAdministratorManagesTheirOwnProgramsStaffAsBefore() {
        staff.requireCosign(y.admin().viewer(), y.workerA().id(), true);
        assertThat(staff.get(y.admin().viewer(), y.workerA().id()).requiresCosign())
                .isTrue();
        assertThatThrownBy(() -> staff.createWithPrograms(
                        y.admin().viewer(),
                        new StaffManagement.NewStaff(
                                "x-" + System.nanoTime() + "@test.example",
                                "Someone",
                                Set.of(Role.PEER_WORKER),
                                "a long enough passphrase",
                                null,
                                false),
                        List.of(x.programId())))
                .isInstanceOf(InvalidInputException.class);
    }
}
