package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A provisional worker's signed notes wait for their supervisor, who co-signs or returns them with a comment. */
@AlongsideTest
class CosignTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiSupport api;
    Org org;
    String notes;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        notes = "/api/v1/participants/" + org.personOfA().id() + "/contact-notes";
        api.put(org.admin(), "/api/v1/staff/" + org.workerA().id() + "/cosign", "{\"required\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requiresCosign").value(true));
    }

    private String signedByWorker() throws Exception {
        String id = JsonPath.read(
                api.post(org.workerA(), notes, """
                {"content": {"contactDate": "%s", "durationMinutes": 30, "mode": "PHONE_CALL",
                 "activities": ["SHARING_RESOURCES"], "narrative": "Talked through food bank hours"}}""".formatted(LocalDate.now()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api.post(org.workerA(), notes + "/" + id + "/sign", "{\"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_COSIGN"))
                .andExpect(jsonPath("$.units").value(2));
        return id;
    }

    @Test
    void aSupervisorCoSignsSeveralNotesAtOnceAfterTickingEachAndNothingIfOneIsNotTheirs() throws Exception {
        String first = signedByWorker();
        String second = signedByWorker();
        String person = org.personOfA().id().toString();
        mvc.perform(post("/review/cosign")
                        .with(user(org.supervisorA()))
                        .with(csrf())
                        .param("notes", person + "/" + first)
                        .param("notes", org.personOfB().id() + "/" + second))
                .andExpect(status().isNotFound());
        api.get(org.supervisorA(), "/api/v1/review-queue")
                .andExpect(jsonPath("$.length()").value(2));

        String refused = mvc.perform(
                        post("/review/cosign").with(user(org.supervisorA())).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Tick the notes you have read and want to co-sign");

        mvc.perform(post("/review/cosign")
                        .with(user(org.supervisorA()))
                        .with(csrf())
                        .param("notes", person + "/" + first)
                        .param("notes", person + "/" + second))
                .andExpect(redirectedUrl("/review"));
        api.get(org.supervisorA(), "/api/v1/review-queue")
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(api.auditCount("contact.cosign", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "select distinct purpose from audit_event where action = 'contact.cosign' and actor_id = :a")
                        .param("a", org.supervisorA().id())
                        .query(String.class)
                        .list())
                .as("a co-sign is supervision")
                .containsExactly("supervision");
    }

    @Test
    void theSupervisorCoSignsFromTheirQueueAndTheNoteIsFinal() throws Exception {
        String id = signedByWorker();
        api.get(org.supervisorA(), "/api/v1/review-queue")
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].personName")
                        .value(org.personOfA().details().preferredName()));
        String queue = mvc.perform(get("/review").with(user(org.supervisorA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(queue)
                .as("the queue says whose record each note is about, and who wrote it")
                .contains(">" + org.personOfA().details().preferredName() + "<")
                .contains("by " + org.workerA().displayName());
        api.get(org.supervisorB(), "/api/v1/review-queue")
                .andExpect(jsonPath("$.length()").value(0));
        api.post(org.workerA(), notes + "/" + id + "/cosign", "{}").andExpect(status().isConflict());
        api.post(org.supervisorA(), notes + "/" + id + "/cosign", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.cosign.cosignedName")
                        .value(org.supervisorA().displayName()));
        api.get(org.supervisorA(), "/api/v1/review-queue")
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(api.auditCount("contact.cosign", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);
    }

    @Test
    void aReturnedNoteShowsTheCommentAndIsCorrectedAndSignedAgain() throws Exception {
        String id = signedByWorker();
        api.post(org.supervisorA(), notes + "/" + id + "/return", "{\"comment\": \" \"}")
                .andExpect(status().isBadRequest());
        api.post(org.supervisorA(), notes + "/" + id + "/return", "{\"comment\": \"Add what she said about the bus\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        api.get(org.workerA(), notes + "/" + id)
                .andExpect(jsonPath("$.cosign.returnedComment").value("Add what she said about the bus"));
        api.put(org.workerA(), notes + "/" + id, """
                {"content": {"contactDate": "%s", "durationMinutes": 30, "mode": "PHONE_CALL",
                 "activities": ["SHARING_RESOURCES"], "narrative": "Talked through food bank hours",
                 "personsWords": "The 12 bus is the one I can get."}, "version": 2}""".formatted(LocalDate.now())).andExpect(status().isOk());
        api.post(org.workerA(), notes + "/" + id + "/sign", "{\"version\": 3}")
                .andExpect(jsonPath("$.status").value("PENDING_COSIGN"));
        api.post(org.supervisorB(), notes + "/" + id + "/cosign", "{}").andExpect(status().isNotFound());
    }
}
