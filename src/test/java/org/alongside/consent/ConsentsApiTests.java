package org.alongside.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Consents over the API: given with every §2.31 element, a change kept as a new version, revoked in
 * one action, expired on its day; a missing element named with nothing saved; another worker's
 * person, or a consent of someone else, not found.
 */
@AlongsideTest
class ConsentsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    ApiSupport api;
    Org org;
    UUID person;
    String url;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        person = org.personOfA().id();
        url = "/api/v1/participants/" + person + "/consents";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String tpo(String expiresOn, String signedName) {
        LocalDate today = LocalDate.now(clock);
        return """
                {"templateId": "single-tpo", "personName": "Rosa Díaz",
                 "discloser": "This peer recovery program, and its staff", "everything": true,
                 "recipients": [{"kind": "TREATMENT_PAYMENT_OPERATIONS",
                   "name": "My treating providers, health plans, third-party payers, and people helping to operate this program"}],
                 "purpose": "Treatment, payment, and health care operations",
                 "revocation": "I may revoke this consent at any time by telling my peer worker",
                 "expiresOn": %s, "signature": {"name": %s}, "signedOn": "%s"}
                """.formatted(
                        expiresOn == null ? "null" : "\"" + expiresOn + "\"",
                        signedName == null ? "null" : "\"" + signedName + "\"",
                        today);
    }

    private long rows() {
        return jdbc.sql("select count(*) from consent where participant_id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }

    private String given(String body) throws Exception {
        return JsonPath.read(
                api.post(org.workerA(), url, body)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void aConsentIsGivenChangedAsANewVersionAndRevokedWithTheOldVersionKept() throws Exception {
        LocalDate today = LocalDate.now(clock);
        var created = api.post(org.workerA(), url, tpo(today.plusYears(1).toString(), "Rosa Díaz"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse();
        String id = JsonPath.read(created.getContentAsString(), "$.id");
        assertThat(created.getHeader("Location")).isEqualTo(url + "/" + id);
        api.get(org.workerA(), url)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].standing").value("IN_FORCE"))
                .andExpect(jsonPath("$[0].current.version").value(1))
                .andExpect(jsonPath("$[0].current.everything").value(true))
                .andExpect(jsonPath("$[0].current.signatureTypedName").value("Rosa Díaz"));

        api.put(org.workerA(), url + "/" + id, tpo(today.plusMonths(6).toString(), "Rosa Díaz"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.version").value(2))
                .andExpect(jsonPath("$.current.expiresOn")
                        .value(today.plusMonths(6).toString()))
                .andExpect(jsonPath("$.earlier[0].version").value(1))
                .andExpect(jsonPath("$.earlier[0].expiresOn")
                        .value(today.plusYears(1).toString()))
                .andExpect(jsonPath("$.earlier[0].supersededAt").isNotEmpty());

        api.post(org.workerA(), url + "/" + id + "/revocation", "{\"how\": \"Told me on the phone\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("REVOKED"))
                .andExpect(jsonPath("$.revokedHow").value("Told me on the phone"))
                .andExpect(jsonPath("$.revokedBy").value(org.workerA().id().toString()));
        api.post(org.workerA(), url + "/" + id + "/revocation", "{\"how\": \"again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This consent was revoked; the person can give a new one"));
        assertThat(rows()).isEqualTo(2);
        assertThat(api.auditCount("consent.revoke", person, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aConsentMissingAnElementIsRefusedNamingItAndNothingIsSaved() throws Exception {
        api.post(org.workerA(), url, tpo(null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.expiresOn").value("Give the day or the event on which the consent ends"))
                .andExpect(jsonPath("$.errors.signature").value("Type the person's name as their signature"));
        api.post(org.workerA(), url, tpo(LocalDate.now(clock).minusDays(1).toString(), "Rosa Díaz"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.expiresOn").value("The consent ends on or after the day it is signed"));
        assertThat(rows()).isZero();
    }

    @Test
    void aConsentPastItsDayStandsExpired() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String id = given(tpo(today.plusDays(10).toString(), "Rosa Díaz"));
        clock.setTo(clock.instant().plus(java.time.Duration.ofDays(11)));
        api.get(org.workerA(), url + "/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("EXPIRED"));
    }

    @Test
    void anotherWorkersPersonAndSomeoneElsesConsentAreNotFound() throws Exception {
        String id = given(tpo(LocalDate.now(clock).plusDays(30).toString(), "Rosa Díaz"));
        api.get(org.workerB(), url).andExpect(status().isNotFound());
        api.get(org.workerB(), url + "/" + id).andExpect(status().isNotFound());
        api.post(org.workerB(), url + "/" + id + "/revocation", "{\"how\": \"no\"}")
                .andExpect(status().isNotFound());
        UUID other = org.personOfB().id();
        api.post(
                        org.workerB(),
                        "/api/v1/participants/" + other + "/consents/" + id + "/revocation",
                        "{\"how\": \"no\"}")
                .andExpect(status().isNotFound());
        api.get(org.workerA(), url + "/" + UUID.randomUUID()).andExpect(status().isNotFound());
        assertThat(rows()).isEqualTo(1);
        assertThat(api.deniedAbout(org.workerB(), person)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theTemplatesAreListedInTheReadersLanguage() throws Exception {
        api.get(org.workerA(), "/api/v1/consent-templates")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].id").value("named-service"))
                .andExpect(jsonPath("$[1].id").value("single-tpo"))
                .andExpect(jsonPath("$[2].id").value("supporter"));
    }
}
