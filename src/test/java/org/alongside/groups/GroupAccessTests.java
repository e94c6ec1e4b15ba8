package org.alongside.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.HandlerEndpoints;
import org.alongside.HandlerEndpoints.Endpoint;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every group page and API endpoint with a real group and session, as people who may not see
 * the group, and expects the 404 a missing group gets. Nothing may change.
 */
@AlongsideTest
class GroupAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GroupManagement groups;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiSupport api;
    Fixtures fixtures;
    Org org;
    GroupView group;
    SessionView session;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        fixtures = new Fixtures(context);
        org = fixtures.org();
        group = groups.create(
                org.supervisorA().viewer(),
                new GroupManagement.NewGroup(
                        org.programId(),
                        "Peer circle",
                        GroupType.MUTUAL_SUPPORT,
                        null,
                        10,
                        List.of(org.workerA().id())));
        context.getBean(AttendanceManagement.class)
                .addToRoster(org.workerA().viewer(), group.id(), org.personOfA().id());
        session = groups.startSession(
                org.workerA().viewer(),
                group.id(),
                new GroupManagement.NewSession(LocalDate.now(), LocalTime.of(10, 0), LocalTime.of(11, 0), "Hope"));
    }

    List<Endpoint> groupEndpoints() {
        return HandlerEndpoints.under(mappings, "/groups/{groupId}", "/api/v1/groups/{groupId}");
    }

    @Test
    void everyGroupEndpointIsWalked() {
        assertThat(groupEndpoints())
                .extracting(Endpoint::pattern)
                .contains(
                        "/groups/{groupId}",
                        "/groups/{groupId}/sessions/{sessionId}/attendance",
                        "/api/v1/groups/{groupId}/sessions/{sessionId}/sign",
                        "/api/v1/groups/{groupId}/sessions/{sessionId}/attendance/{participantId}");
        assertThat(groupEndpoints()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void aPeerWorkerOfTheProgramWhoDoesNotFacilitateGets404Everywhere() throws Exception {
        expect404Everywhere(org.workerB(), org.personOfB().id());
    }

    @Test
    void aSupervisorAndAnAdministratorOfAnotherProgramGet404Everywhere() throws Exception {
        Org other = fixtures.org();
        expect404Everywhere(other.supervisorA(), other.personOfA().id());
        expect404Everywhere(other.admin(), other.personOfA().id());
    }

    @Test
    void facilitatorsAndTheProgramsSupervisorsAndAdministratorSeeTheGroup() throws Exception {
        for (CurrentUser allowed : List.of(org.workerA(), org.supervisorB(), org.admin())) {
            api.get(allowed, "/api/v1/groups/" + group.id()).andExpect(status().isOk());
            mvc.perform(MockMvcRequestBuilders.get("/groups/" + group.id() + "/sessions/" + session.id())
                            .with(user(allowed)))
                    .andExpect(status().isOk());
        }
        assertThat(api.auditCountByActor("group.candidates", org.admin().id(), "SUCCESS"))
                .as("picker audited")
                .isPositive();
        String list = api.get(org.workerB(), "/api/v1/groups")
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain(group.id().toString());
    }

    private void expect404Everywhere(CurrentUser outsider, UUID theirOwnPerson) throws Exception {
        String token = api.token(outsider);
        for (Endpoint endpoint : groupEndpoints()) {
            String path = endpoint.pattern()
                    .replace("{groupId}", group.id().toString())
                    .replace("{sessionId}", session.id().toString())
                    .replace("{participantId}", org.personOfA().id().toString());
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path);
            if (path.startsWith("/api/")) {
                request.header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participantId\": \"" + theirOwnPerson + "\", \"note\": \"x\", \"version\": 0,"
                                + " \"date\": \"" + LocalDate.now()
                                + "\", \"start\": \"09:00\", \"end\": \"10:00\", \"topic\": \"x\"}");
            } else {
                request.with(user(outsider))
                        .with(csrf())
                        .param("participantId", theirOwnPerson.toString())
                        .param("participantIds", org.personOfA().id().toString())
                        .param("note", "x")
                        .param("version", "0")
                        .param("signNow", "true")
                        .param("date", LocalDate.now().toString())
                        .param("start", "09:00")
                        .param("end", "10:00")
                        .param("topic", "x");
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as(endpoint.method() + " " + endpoint.pattern()).isEqualTo(404);
        }
        assertThat(jdbc.sql("select count(*) from group_attendance where session_id = :s")
                        .param("s", session.id())
                        .query(Long.class)
                        .single())
                .as("no attendance")
                .isZero();
        assertThat(jdbc.sql("select count(*) from recovery_group_member where group_id = :g")
                        .param("g", group.id())
                        .query(Long.class)
                        .single())
                .as("roster unchanged")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from group_session where group_id = :g")
                        .param("g", group.id())
                        .query(Long.class)
                        .single())
                .as("no new session")
                .isEqualTo(1);
        assertThat(jdbc.sql("select version from group_session where id = :s")
                        .param("s", session.id())
                        .query(Long.class)
                        .single())
                .as("session unchanged")
                .isZero();
        assertThat(api.auditCountByActor("group.access", outsider.id(), "DENIED"))
                .as("refusals audited")
                .isPositive();
    }
}
