package org.alongside.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.directory.SmallDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Referrals over the API: through the gate, step by step, with clear refusals that change nothing. */
@AlongsideTest
class ReferralApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiSupport api;
    Org org;
    String referrals;
    UUID pantry;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        referrals = "/api/v1/participants/" + org.personOfA().id() + "/referrals";
        SmallDirectory directory = new SmallDirectory("Rowan Trust")
                .service("Rowan Pantry", "Food on Fridays", "food", 51.0, 0.5, "RW1", "English", true, "always");
        directory.importInto(context);
        pantry = directory.id("Rowan Pantry");
    }

    private String create() throws Exception {
        return JsonPath.read(
                api.post(org.workerA(), referrals, """
                                {"serviceId": "%s", "need": "food", "contact": "WORKER_GOES_WITH",
                                 "note": "Fridays suit her best"}""".formatted(pantry))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("SUGGESTED"))
                        .andExpect(jsonPath("$.fhirTaskStatus").value("requested"))
                        .andExpect(jsonPath("$.serviceName").value("Rowan Pantry"))
                        .andExpect(jsonPath("$.followUp")
                                .value(LocalDate.now().plusDays(7).toString()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private String step(String id, String status, int version) throws Exception {
        return api.post(
                        org.workerA(),
                        referrals + "/" + id + "/status",
                        "{\"status\": \"%s\", \"version\": %d}".formatted(status, version))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aReferralIsMadeAndMovedToConnectedAndRatedEachStepAudited() throws Exception {
        String id = create();
        step(id, "AGREED", 0);
        step(id, "IN_PROGRESS", 1);
        String connected = step(id, "CONNECTED", 2);
        assertThat((String) JsonPath.read(connected, "$.fhirTaskStatus")).isEqualTo("completed");
        api.put(
                        org.workerA(),
                        referrals + "/" + id + "/helped",
                        "{\"helped\": \"YES\", \"words\": \"Good people\", \"version\": 3}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.helped").value("YES"));
        api.get(org.workerA(), referrals + "/" + id)
                .andExpect(jsonPath("$.history.length()").value(4))
                .andExpect(jsonPath("$.history[3].status").value("CONNECTED"));
        assertThat(api.auditCount("referral.status", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(3);
        assertThat(api.auditCount("referral.create", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);
    }

    @Test
    void aStepBackARatingBeforeConnectionAndAPastFollowUpAreRefusedAndChangeNothing() throws Exception {
        String id = create();
        api.post(org.workerA(), referrals + "/" + id + "/status", "{\"status\": \"SUGGESTED\", \"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.status").value("A referral is suggested only when it is made"));
        api.put(org.workerA(), referrals + "/" + id + "/helped", "{\"helped\": \"YES\", \"version\": 0}")
                .andExpect(status().isConflict());
        api.put(
                        org.workerA(),
                        referrals + "/" + id + "/follow-up",
                        "{\"followUp\": \"%s\", \"version\": 0}"
                                .formatted(LocalDate.now().minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.followUp").value("A follow-up is today or later"));
        api.get(org.workerA(), referrals + "/" + id)
                .andExpect(jsonPath("$.status").value("SUGGESTED"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.history.length()").value(1));
    }

    @Test
    void aServicesPageShowsTheShareOfPastReferralsThatConnectedOnlyFromFiveOn() throws Exception {
        for (int i = 0; i < 4; i++) {
            end(create(), i < 3);
        }
        String page = servicePage();
        assertThat(page).as("4 ended: too few to show").doesNotContain("Past referrals");
        end(create(), false);
        assertThat(servicePage()).contains("Past referrals: 3 of 5 connected");
    }

    private void end(String id, boolean connected) throws Exception {
        if (connected) {
            step(id, "AGREED", 0);
            step(id, "IN_PROGRESS", 1);
            step(id, "CONNECTED", 2);
        } else {
            api.post(
                            org.workerA(),
                            referrals + "/" + id + "/status",
                            "{\"status\": \"NOT_CONNECTED\", \"reason\": \"WAITLIST\", \"version\": 0}")
                    .andExpect(status().isOk());
        }
    }

    private String servicePage() throws Exception {
        return mvc.perform(get("/directory/services/" + pantry).with(user(org.workerA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aServiceAReferralPointsAtCannotBeDeleted() throws Exception {
        create();
        assertThatThrownBy(() -> jdbc.sql("delete from hsds_service where id = :id")
                        .param("id", pantry)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from hsds_service where id = :id")
                        .param("id", pantry)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReferralToADefunctServiceIsRefusedNamingTheField() throws Exception {
        jdbc.sql("update hsds_service set status = 'defunct' where id = :id")
                .param("id", pantry)
                .update();
        api.post(org.workerA(), referrals, """
                        {"serviceId": "%s", "need": "food", "contact": "PERSON_CONTACTS"}""".formatted(pantry))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.serviceId").value("This service is no longer offered: choose another"));
        api.get(org.workerA(), referrals).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anotherWorkersPersonsReferralsAnswer404WithADeniedAuditRow() throws Exception {
        String id = create();
        api.get(org.workerB(), referrals + "/" + id).andExpect(status().isNotFound());
        api.get(org.workerB(), referrals).andExpect(status().isNotFound());
        api.post(org.workerB(), referrals + "/" + id + "/status", "{\"status\": \"CANCELLED\", \"version\": 0}")
                .andExpect(status().isNotFound());
        for (String action : new String[] {"referral.view", "referral.list", "referral.status"}) {
            assertThat(api.auditCountByActor(action, org.workerB().id(), "DENIED"))
                    .as(action)
                    .isEqualTo(1);
        }
        api.get(org.workerA(), referrals + "/" + id)
                .andExpect(jsonPath("$.status").value("SUGGESTED"));
    }
}
