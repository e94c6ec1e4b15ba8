package org.alongside.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class AdministrationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ApiSupport api;
    Org org;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
    }

    @Test
    void anAdministratorCreatesAProgramAndAStaffMemberInIt() throws Exception {
        String name = "Veterans Peer Connect " + System.nanoTime();
        String program = api.post(org.admin(), "/api/v1/programs", """
                {"name": "%s", "setting": "VETERANS_CENTER"}""".formatted(name))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.setting").value("VETERANS_CENTER"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String programId = JsonPath.read(program, "$.id");
        api.get(org.admin(), "/api/v1/programs")
                .andExpect(jsonPath("$[?(@.name == '" + name + "')]").exists());

        String email = "new.peer." + System.nanoTime() + "@test.example";
        String staff = api.post(org.admin(), "/api/v1/staff", """
                {"email": "%s", "displayName": "Nia Okoro", "roles": ["PEER_WORKER"],
                 "password": "a long enough password", "programIds": ["%s"]}""".formatted(email, programId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("PEER_WORKER"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String staffId = JsonPath.read(staff, "$.id");
        assertThat(context.getBean(ProgramManagement.class)
                        .isMember(UUID.fromString(programId), UUID.fromString(staffId)))
                .isTrue();
        api.get(org.admin(), "/api/v1/staff")
                .andExpect(jsonPath("$[?(@.email == '" + email + "')]").exists());
        assertThat(api.auditCountByActor("staff.create", org.admin().id(), "SUCCESS"))
                .isEqualTo(1);
    }

    @Test
    void supervisorsAreAssignedWithOnePrimary() throws Exception {
        api.put(org.admin(), "/api/v1/staff/" + org.workerA().id() + "/supervisors", """
                {"supervisorIds": ["%s", "%s"], "primarySupervisorId": "%s"}""".formatted(
                                org.supervisorA().id(),
                                org.supervisorB().id(),
                                org.supervisorB().id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.primary == true)].supervisorId")
                        .value(org.supervisorB().id().toString()));
        // the new supervisor now sees the worker's caseload
        api.get(org.supervisorB(), "/api/v1/participants/" + org.personOfA().id())
                .andExpect(status().isOk());
        assertThat(api.auditCountByActor("supervision.assign", org.admin().id(), "SUCCESS"))
                .isEqualTo(3);
    }

    @Test
    void supervisionRefusesNonSupervisorsAndAPrimaryOutsideTheList() throws Exception {
        String path = "/api/v1/staff/" + org.workerA().id() + "/supervisors";
        api.put(org.admin(), path, """
                {"supervisorIds": ["%s"], "primarySupervisorId": "%s"}""".formatted(
                                org.workerB().id(), org.workerB().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.supervisorIds").exists());
        api.put(org.admin(), path, """
                {"supervisorIds": ["%s"], "primarySupervisorId": "%s"}""".formatted(
                                org.supervisorA().id(), org.supervisorB().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.primarySupervisorId").exists());
        api.get(org.supervisorA(), "/api/v1/participants/" + org.personOfA().id())
                .andExpect(status().isOk());
    }

    @Test
    void badStaffInputNamesEachFieldAndCreatesNothing() throws Exception {
        api.post(org.admin(), "/api/v1/staff", """
                {"email": "not-an-email", "displayName": "", "roles": [], "password": "short"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.email").exists())
                .andExpect(jsonPath("$.errors.displayName").exists())
                .andExpect(jsonPath("$.errors.roles").exists())
                .andExpect(jsonPath("$.errors.password").exists());
        api.post(org.admin(), "/api/v1/staff", """
                {"email": "x@test.example", "displayName": "X", "roles": ["WIZARD"], "password": "long enough password"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("must be one of")));
        api.post(org.admin(), "/api/v1/staff", """
                {"email": "%s", "displayName": "Duplicate", "roles": ["PEER_WORKER"], "password": "long enough password"}""".formatted(
                                org.workerA().email().toUpperCase()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.email").exists());
        api.post(org.admin(), "/api/v1/programs", """
                {"name": "Somewhere", "setting": "SPACESHIP"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.setting").exists());
    }

    @Test
    void onlyAdministratorsMayAdminister() throws Exception {
        api.get(org.supervisorA(), "/api/v1/staff")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.post(org.workerA(), "/api/v1/programs", "{\"name\": \"Mine\", \"setting\": \"OTHER\"}")
                .andExpect(status().isForbidden());
        api.get(org.workerA(), "/api/v1/audit/verify").andExpect(status().isForbidden());
        api.get(org.admin(), "/api/v1/audit/verify")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checked").isNumber());
    }
}
