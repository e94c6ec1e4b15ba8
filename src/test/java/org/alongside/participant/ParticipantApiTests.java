package org.alongside.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
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
import org.springframework.test.web.servlet.MvcResult;

@AlongsideTest
class ParticipantApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiSupport api;
    Org org;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
    }

    private String newPerson(String name) {
        return """
                {"preferredName": "%s", "pronouns": "she/her", "dateOfBirth": "1988-02-29",
                 "contactMethods": [{"kind": "TEXT", "value": "555 0101", "preferred": true, "safeToLeaveMessage": false}],
                 "supportContacts": [{"name": "Ana", "relationship": "Sister", "phone": "555 0102"}],
                 "programId": "%s", "primaryWorkerId": "%s", "referralSource": "Emergency department"}
                """.formatted(name, org.programId(), org.workerA().id());
    }

    @Test
    void createsReadsAndAuditsAParticipant() throws Exception {
        MvcResult created = api.post(org.workerA(), "/api/v1/participants", newPerson("Josefina Quintero"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").exists())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        UUID id = UUID.fromString(JsonPath.read(created.getResponse().getContentAsString(), "$.id"));

        api.get(org.workerA(), "/api/v1/participants/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.preferredName").value("Josefina Quintero"))
                .andExpect(jsonPath("$.details.contactMethods[0].kind").value("TEXT"))
                .andExpect(jsonPath("$.details.supportContacts[0].relationship").value("Sister"))
                .andExpect(jsonPath("$.enrolments[0].status").value("ACTIVE"))
                .andExpect(
                        jsonPath("$.primaryWorkerId").value(org.workerA().id().toString()));

        assertThat(api.auditCount("participant.create", id, "SUCCESS")).isEqualTo(1);
        assertThat(api.auditCount("participant.view", id, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedWith409AndNothingIsOverwritten() throws Exception {
        UUID id = org.personOfA().id();
        String update = """
                {"preferredName": "%s", "version": %d}
                """;
        api.put(org.workerA(), "/api/v1/participants/" + id, update.formatted("First change", 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        api.put(org.supervisorA(), "/api/v1/participants/" + id, update.formatted("Second, from an old copy", 0))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.currentVersion").value(1));

        api.get(org.workerA(), "/api/v1/participants/" + id)
                .andExpect(jsonPath("$.details.preferredName").value("First change"));
        assertThat(api.auditCount("participant.update", id, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void textIsStoredExactlyAsTypedIncludingMarkup() throws Exception {
        String typed = "<script>alert('hi')</script> Zoë “Z” O'Neil";
        api.post(org.workerA(), "/api/v1/participants", newPerson(typed.replace("\"", "\\\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.details.preferredName").value(typed));
        String stored = jdbc.sql("select preferred_name from participant where preferred_name like '%Zoë%'")
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(typed);
    }

    @Test
    void searchToleratesTyposAndOnlyFindsPeopleTheUserMaySee() throws Exception {
        String name = org.personOfA().details().preferredName();
        String typo = "Rivresyde";
        api.get(org.workerA(), "/api/v1/participants?q=" + typo)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.preferredName == '" + name + "')]").exists());
        api.get(org.workerB(), "/api/v1/participants?q=" + typo)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.preferredName == '" + name + "')]").doesNotExist());
    }

    @Test
    void badInputGetsProblemDetailsNamingTheFieldAndSavesNothing() throws Exception {
        long before = count();
        String base = newPerson("Valid Name");
        expectFieldError(base.replace("\"Valid Name\"", "\"" + "x".repeat(201) + "\""), "preferredName");
        expectFieldError(base.replace("\"Valid Name\"", "\"  \""), "preferredName");
        expectFieldError(base.replace("1988-02-29", "1989-02-29"), "dateOfBirth");
        expectFieldError(base.replace("1988-02-29", "2999-01-01"), "dateOfBirth");
        expectFieldError(base.replace("\"TEXT\"", "\"PIGEON\""), "contactMethods[0].kind");
        expectFieldError(base.replace("555 0101", "call me maybe"), "contactMethods[0].value");
        expectFieldError(
                base.replace(
                        org.workerA().id().toString(), org.supervisorA().id().toString()),
                "primaryWorkerId");
        expectFieldError(
                base.replace(org.programId().toString(), UUID.randomUUID().toString()), "programId");
        api.post(org.workerA(), "/api/v1/participants", "{\"preferredName\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnknownParticipantIs404AndAMalformedIdIs400() throws Exception {
        api.get(org.workerA(), "/api/v1/participants/" + UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.get(org.workerA(), "/api/v1/participants/not-an-id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.id").exists());
    }

    private void expectFieldError(String json, String field) throws Exception {
        api.post(org.workerA(), "/api/v1/participants", json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors['" + field + "']").exists());
    }

    private long count() {
        return jdbc.sql("select count(*) from participant").query(Long.class).single();
    }
}
