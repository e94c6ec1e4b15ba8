package org.alongside.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * Questionnaires over the API: a PHQ-9 recorded and scored with its pack's version and LOINC codes,
 * the change from the person's baseline judged by reliable change, a safety answer flagged until a
 * supervisor acknowledges it, bad input named by field with nothing saved, and an outsider refused
 * as if the person did not exist.
 */
@AlongsideTest
class MeasuresApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ApiSupport api;
    Org org;
    UUID person;
    String url;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        person = org.personOfA().id();
        url = "/api/v1/participants/" + person + "/responses";
    }

    private static String phq9(int... values) {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            answers.append(i == 0 ? "" : ", ")
                    .append("\"")
                    .append(i + 1)
                    .append("\": ")
                    .append(values[i]);
        }
        return "{\"instrumentId\": \"phq-9\", \"answers\": {" + answers + "}}";
    }

    private long responses(UUID who) {
        return jdbc.sql("select count(*) from questionnaire_response where participant_id = :p")
                .param("p", who)
                .query(Long.class)
                .single();
    }

    @Test
    void aPhq9IsScoredWithItsPackVersionBandAndCodesAndTheNextOneWithReliableChangeFromBaseline() throws Exception {
        api.post(org.workerA(), url, phq9(2, 2, 2, 2, 2, 2, 2, 1, 0))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(15))
                .andExpect(jsonPath("$.band").value("Moderately severe"))
                .andExpect(jsonPath("$.instrumentVersion").value("1"))
                .andExpect(jsonPath("$.loincPanel").value("44249-1"))
                .andExpect(jsonPath("$.loincTotal").value("44261-6"))
                .andExpect(jsonPath("$.safety").value(false))
                .andExpect(jsonPath("$.change").doesNotExist());
        api.post(org.workerA(), url, phq9(1, 1, 1, 1, 1, 1, 1, 1, 0))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(8))
                .andExpect(jsonPath("$.change.points").value(-7))
                .andExpect(jsonPath("$.change.verdict").value("IMPROVED"));

        api.get(org.workerA(), "/api/v1/participants/" + person + "/measures")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.instruments[0].instrumentId").value("phq-9"))
                .andExpect(jsonPath("$.instruments[0].responses.length()").value(2))
                .andExpect(jsonPath("$.instruments[0].change.baseline").value(15))
                .andExpect(jsonPath("$.instruments[0].change.latest").value(8))
                .andExpect(jsonPath("$.instruments[0].change.method").value(containsString("Jacobson")));
    }

    @Test
    void anIncompleteResponseIsKeptAndMarkedNotScorableWithHowManyItemsAreMissing() throws Exception {
        api.post(org.workerA(), url, phq9(1, 1, 1, 1, 1, 1, 1))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").doesNotExist())
                .andExpect(jsonPath("$.missing").value(2));
        assertThat(responses(person)).isEqualTo(1);
    }

    @Test
    void anItemNineAnswerIsFlaggedUntilTheSupervisorAcknowledgesItAndTheWorkerCannot() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(
                api.post(org.workerA(), url, phq9(0, 1, 0, 0, 0, 0, 0, 0, 1))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.safety").value(true))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String measures = "/api/v1/participants/" + person + "/measures";
        api.get(org.supervisorA(), measures)
                .andExpect(jsonPath("$.safetyOpen[0]").value(id));

        api.post(org.workerA(), url + "/" + id + "/safety-seen", "").andExpect(status().isConflict());
        api.post(org.supervisorA(), url + "/" + id + "/safety-seen", "").andExpect(status().isNoContent());
        api.get(org.workerA(), measures)
                .andExpect(jsonPath("$.safetyOpen.length()").value(0));
        api.post(org.supervisorA(), url + "/" + id + "/safety-seen", "").andExpect(status().isConflict());
    }

    @Test
    void anAnswerOutsideTheOptionsAnUnknownItemOrInstrumentOrAFutureDayIsNamedAndNothingIsSaved() throws Exception {
        api.post(org.workerA(), url, phq9(4, 0, 0, 0, 0, 0, 0, 0, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['item-1']").value("Choose one of the answers this question offers"));
        api.post(org.workerA(), url, "{\"instrumentId\": \"phq-9\", \"answers\": {\"12\": 1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['item-12']").value("This questionnaire has no such question"));
        api.post(org.workerA(), url, "{\"instrumentId\": \"nope\", \"answers\": {}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.instrumentId").exists());
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        api.post(
                        org.workerA(),
                        url,
                        phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)
                                .replace(
                                        "{\"instrumentId\"",
                                        "{\"completedOn\": \"" + tomorrow + "\", \"instrumentId\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.completedOn")
                        .value("A questionnaire is completed today or on an earlier day"));
        assertThat(responses(person)).isZero();
    }

    @Test
    void responsesAndMeasuresOfSomeoneNotOnTheCaseloadAreNotFoundWithADeniedRow() throws Exception {
        UUID other = org.personOfB().id();
        long denied = api.deniedAbout(org.workerA(), other);
        api.post(org.workerA(), "/api/v1/participants/" + other + "/responses", phq9(0, 0, 0, 0, 0, 0, 0, 0, 0))
                .andExpect(status().isNotFound());
        api.get(org.workerA(), "/api/v1/participants/" + other + "/measures").andExpect(status().isNotFound());
        assertThat(api.deniedAbout(org.workerA(), other) - denied).isEqualTo(2);
        assertThat(responses(other)).isZero();
    }

    private static String packBody(String pack) {
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .writeValueAsString(java.util.Map.of("document", pack));
    }

    @Test
    void anAdministratorAddsAPackAVersionAlreadyThereOrABrokenPackIsRefusedWithTheProblemAndAWorkerMayNot()
            throws Exception {
        String pack;
        try (InputStream in = getClass().getResourceAsStream("/instruments/gad-7.json")) {
            pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String id = "own-" + UUID.randomUUID().toString().substring(0, 8);
        String own = pack.replace("\"gad-7\"", "\"" + id + "\"");
        api.post(org.workerA(), "/api/v1/instruments", packBody(own)).andExpect(status().isForbidden());
        api.post(org.admin(), "/api/v1/instruments", packBody(own))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.highestTotal").value(21));
        api.post(org.admin(), "/api/v1/instruments", packBody(own))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version")
                        .value("Version 1 of \"" + id + "\" is already there: give the new pack a new version"));
        api.post(
                        org.admin(),
                        "/api/v1/instruments",
                        packBody(own.replace("\"from\": 15", "\"from\": 14")
                                .replace("\"version\": \"1\"", "\"version\": \"2\"")))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors.bands").value("Two bands both hold 14–14: each total belongs to one band"));
        api.get(org.workerA(), "/api/v1/instruments")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].version").value("1"));
        api.post(
                        org.workerA(),
                        url,
                        "{\"instrumentId\": \"" + id
                                + "\", \"answers\": {\"1\": 3, \"2\": 3, \"3\": 3, \"4\": 3, \"5\": 3, \"6\": 3, \"7\": 3}}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.band").value("Severe"));
    }
}
