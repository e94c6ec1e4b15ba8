package org.alongside.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.HandlerEndpoints;
import org.alongside.HandlerEndpoints.Endpoint;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.NoteContent;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every page and API endpoint that takes a participant id, as people who may not see that
 * participant, and expects the same 404 a missing record gets. Nothing may change.
 */
@AlongsideTest
class ParticipantAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiSupport api;
    Org org;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        fixtures = new Fixtures(context);
        org = fixtures.org();
    }

    List<Endpoint> participantEndpoints() {
        return HandlerEndpoints.under(mappings, "/people/{id}", "/api/v1/participants/{id}");
    }

    @Test
    void everyParticipantEndpointIsFound() {
        assertThat(participantEndpoints())
                .extracting(Endpoint::pattern)
                .contains(
                        "/people/{id}",
                        "/people/{id}/edit",
                        "/people/{id}/transfer",
                        "/people/{id}/status",
                        "/people/{id}/deactivate",
                        "/api/v1/participants/{id}");
        assertThat(participantEndpoints()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void aPeerWorkerWithoutAccessGets404EverywhereAndChangesNothing() throws Exception {
        expect404Everywhere(org.workerB(), org.personOfA().id());
    }

    @Test
    void aSupervisorOfSomeoneElseGets404EverywhereAndChangesNothing() throws Exception {
        expect404Everywhere(org.supervisorB(), org.personOfA().id());
    }

    @Test
    void anAdministratorOfAnotherProgramGets404Everywhere() throws Exception {
        Org other = fixtures.org();
        expect404Everywhere(other.admin(), org.personOfA().id());
    }

    @Test
    void aRecordThatDoesNotExistAnswersExactlyLikeOneThatIsNotYours() throws Exception {
        MvcResult hidden = api.get(
                        org.workerB(), "/api/v1/participants/" + org.personOfA().id())
                .andReturn();
        MvcResult missing = api.get(org.workerB(), "/api/v1/participants/" + UUID.randomUUID())
                .andReturn();
        assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
        assertThat(hidden.getResponse().getContentAsString().replaceAll("\"instance\":\"[^\"]*\"", ""))
                .isEqualTo(missing.getResponse().getContentAsString().replaceAll("\"instance\":\"[^\"]*\"", ""));
    }

    @Test
    void theWorkerTheirSupervisorAndTheProgramAdministratorDoSeeThePerson() throws Exception {
        UUID id = org.personOfA().id();
        for (CurrentUser allowed : List.of(org.workerA(), org.supervisorA(), org.admin())) {
            api.get(allowed, "/api/v1/participants/" + id).andExpect(status().isOk());
            mvc.perform(MockMvcRequestBuilders.get("/people/" + id).with(user(allowed)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void searchAndListsNeverReturnOthersParticipants() throws Exception {
        String name = org.personOfA().details().preferredName();
        for (CurrentUser outsider : List.of(org.workerB(), org.supervisorB())) {
            for (String q : List.of(name, name.substring(0, 8), "Rivresyde")) {
                String apiBody = api.get(outsider, "/api/v1/participants?q=" + q)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(apiBody)
                        .doesNotContain(org.personOfA().id().toString())
                        .doesNotContain(name);
                String page = mvc.perform(MockMvcRequestBuilders.get("/people")
                                .param("q", q)
                                .with(user(outsider)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(page).doesNotContain(org.personOfA().id().toString()).contains("found for");
            }
            String all = api.get(outsider, "/api/v1/participants")
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(all).doesNotContain(org.personOfA().id().toString());
            String scoped = mvc.perform(MockMvcRequestBuilders.get("/people")
                            .param("scope", "all")
                            .with(user(outsider)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(scoped).doesNotContain(name);
        }
        String own = api.get(org.supervisorA(), "/api/v1/participants?q=Rivresyde")
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains(org.personOfA().id().toString());
        String ownPage = mvc.perform(MockMvcRequestBuilders.get("/people")
                        .param("q", "Rivresyde")
                        .with(user(org.supervisorA())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ownPage).contains("/people/" + org.personOfA().id());
    }

    private void expect404Everywhere(CurrentUser outsider, UUID id) throws Exception {
        long versionBefore = version(id);
        UUID noteId = context.getBean(ContactNoteManagement.class)
                .startDraft(
                        org.workerA().viewer(),
                        id,
                        new NoteContent(null, null, null, 30, null, null, null, null, null, "Walked", null, null, null))
                .id();
        List<Endpoint> endpoints = participantEndpoints();
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.pattern()
                    .replace("{id}", id.toString())
                    .replace("{number}", "1")
                    .replace("{noteId}", noteId.toString())
                    .replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString());
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path)
                    .param("from", "0")
                    .param("to", "1")
                    .param("first", UUID.randomUUID().toString())
                    .param("second", UUID.randomUUID().toString());
            if (endpoint.isApi()) {
                request.header("Authorization", "Bearer " + api.token(outsider))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferredName\": \"Changed\", \"version\": " + versionBefore + "}");
            } else {
                request.with(user(outsider))
                        .with(csrf())
                        .param("version", Long.toString(versionBefore))
                        .param("preferredName", "Changed")
                        .param("reason", "Because")
                        .param("status", "PAUSED")
                        .param("workerId", outsider.id().toString());
            }
            long deniedBefore = api.deniedAbout(outsider, id);
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as(endpoint.method() + " " + endpoint.pattern()).isEqualTo(404);
            assertThat(api.deniedAbout(outsider, id))
                    .as("one DENIED record for " + endpoint.method() + " " + endpoint.pattern())
                    .isEqualTo(deniedBefore + 1);
        }
        assertThat(version(id)).as("nothing changed").isEqualTo(versionBefore);
        assertThat(jdbc.sql("select version from contact_note where id = :id")
                        .param("id", noteId)
                        .query(Long.class)
                        .single())
                .as("the note is unchanged")
                .isZero();
        assertThat(api.auditCountByActor("participant.view", outsider.id(), "SUCCESS"))
                .isZero();
        assertThat(api.auditCountByActor("participant.view", outsider.id(), "DENIED"))
                .as("refused reads are audited")
                .isPositive();
    }

    private long version(UUID id) {
        return jdbc.sql("select version from participant where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
