package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.recoveryplan.WellnessDimension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class ContactNoteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiSupport api;
    Org org;
    String notes;
    UUID goal;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        notes = "/api/v1/participants/" + org.personOfA().id() + "/contact-notes";
        goal = UUID.randomUUID();
        context.getBean(RecoveryPlanManagement.class)
                .addGoal(
                        org.workerA().viewer(),
                        org.personOfA().id(),
                        goal,
                        "Find a part-time job",
                        Set.of(WellnessDimension.OCCUPATIONAL),
                        null,
                        0);
    }

    private String content(String start, String end, String goalId) {
        return """
                {"contactDate": "%s", "startTime": "%s", "endTime": "%s", "mode": "WALK", "place": "River path",
                 "activities": ["MENTORING_AND_GOALS"], "dimensions": ["OCCUPATIONAL", "PHYSICAL"], "goalIds": ["%s"],
                 "narrative": "Walked and talked through the job fair plan.", "personsWords": "I can do this — slowly.",
                 "nextSteps": "Print two CVs", "followUpDate": "%s"}""".formatted(
                        LocalDate.now(), start, end, goalId, LocalDate.now().plusDays(7));
    }

    private String draft(String json) throws Exception {
        return JsonPath.read(
                api.post(org.workerA(), notes, "{\"content\": " + json + "}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void aDraftIsSavedSignedWithUnitsAndThenChangesOnlyByAddendum() throws Exception {
        String id = draft("{\"narrative\": \"Half-written on the bus\"}");
        api.put(
                        org.workerA(),
                        notes + "/" + id,
                        "{\"content\": " + content("10:00", "10:40", goal.toString()) + ", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutes").value(40));
        api.post(org.workerA(), notes + "/" + id + "/sign", "{\"version\": 1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.signedName").value(org.workerA().displayName()))
                .andExpect(jsonPath("$.billingCode").value("H0038"))
                .andExpect(jsonPath("$.units").value(3))
                .andExpect(jsonPath("$.content.personsWords").value("I can do this — slowly."));
        api.put(
                        org.workerA(),
                        notes + "/" + id,
                        "{\"content\": " + content("10:00", "11:00", goal.toString()) + ", \"version\": 2}")
                .andExpect(status().isConflict());
        api.post(org.workerA(), notes + "/" + id + "/addenda", "{\"text\": \"Forgot: she asked about bus passes.\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addenda[0].text").value("Forgot: she asked about bus passes."))
                .andExpect(jsonPath("$.content.narrative").value("Walked and talked through the job fair plan."));
        assertThatThrownBy(() -> jdbc.sql("update contact_note set narrative = 'x' where id = :id")
                        .param("id", UUID.fromString(id))
                        .update())
                .hasStackTraceContaining("changes only by addendum");
        assertThat(api.auditCount("contact.sign", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);

        api.post(
                        org.workerB(),
                        notes,
                        "{\"sign\": true, \"content\": " + content("11:00", "11:40", goal.toString()) + "}")
                .andExpect(status().isNotFound());
        api.get(org.workerA(), notes).andExpect(jsonPath("$.length()").value(1));
        assertThat(api.auditCountByActor("contact.sign", org.workerB().id(), "DENIED"))
                .isEqualTo(1);
    }

    @Test
    void badTimesGoalsAndIncompleteNotesAreRefused() throws Exception {
        api.post(org.workerA(), notes, "{\"content\": " + content("11:00", "10:00", goal.toString()) + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.endTime").exists());
        api.post(org.workerA(), notes, "{\"content\": {\"durationMinutes\": 1500}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.durationMinutes").exists());
        api.post(
                        org.workerA(),
                        notes,
                        "{\"content\": "
                                + content("10:00", "10:30", UUID.randomUUID().toString()) + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.goalIds").exists());
        api.post(org.workerA(), notes, "{\"content\": {\"mode\": \"TELEPATHY\"}}")
                .andExpect(status().isBadRequest());
        String id = draft("{\"narrative\": \"Only a start\"}");
        api.post(org.workerA(), notes + "/" + id + "/sign", "{\"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.contactDate").exists())
                .andExpect(jsonPath("$.errors.mode").exists());
        api.post(org.workerA(), notes + "/" + id + "/addenda", "{\"text\": \"x\"}")
                .andExpect(status().isConflict());
        api.post(org.supervisorA(), notes + "/" + id + "/sign", "{\"version\": 0}")
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from contact_note where participant_id = :p and status = 'DRAFT'")
                        .param("p", org.personOfA().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDailyCapStopsUnitsAtSixteenForThePerson() throws Exception {
        String long1 = draft(content("08:00", "12:00", goal.toString()));
        api.post(org.workerA(), notes + "/" + long1 + "/sign", "{\"version\": 0}")
                .andExpect(jsonPath("$.units").value(16));
        String more = draft(content("13:00", "13:30", goal.toString()));
        api.post(org.workerA(), notes + "/" + more + "/sign", "{\"version\": 0}")
                .andExpect(jsonPath("$.units").value(0));
    }

    @Test
    void aFinishedNoteIsWrittenAndSignedInOneRequestAndIsLockedAtOnce() throws Exception {
        String id = JsonPath.read(
                api.post(
                                org.workerA(),
                                notes,
                                "{\"sign\": true, \"content\": " + content("10:00", "10:40", goal.toString()) + "}")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("SIGNED"))
                        .andExpect(jsonPath("$.units").value(3))
                        .andExpect(jsonPath("$.billingCode").value("H0038"))
                        .andExpect(jsonPath("$.signedName").value(org.workerA().displayName()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api.put(
                        org.workerA(),
                        notes + "/" + id,
                        "{\"content\": " + content("10:00", "10:50", goal.toString()) + ", \"version\": 0}")
                .andExpect(status().isConflict());
        api.get(org.workerA(), notes + "/" + id)
                .andExpect(jsonPath("$.content.goalIds[0]").value(goal.toString()))
                .andExpect(jsonPath("$.content.activities[0]").value("MENTORING_AND_GOALS"))
                .andExpect(jsonPath("$.content.dimensions.length()").value(2));
        api.post(org.workerA(), notes, "{\"sign\": true, \"content\": {\"narrative\": \"half\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.mode").exists());
        assertThat(api.auditCount("contact.sign", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);
    }

    @Test
    void theListGivesTheLatestNotesFirstUpToTheLimitAsked() throws Exception {
        for (int i = 0; i < 3; i++) {
            api.post(
                            org.workerA(),
                            notes,
                            "{\"sign\": true, \"content\": "
                                    + content("0" + (7 + i) + ":00", "0" + (7 + i) + ":30", goal.toString()) + "}")
                    .andExpect(status().isCreated());
        }
        api.get(org.workerA(), notes + "?limit=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].content.startTime").value("09:00:00"));
        api.get(org.workerA(), notes).andExpect(jsonPath("$.length()").value(3));
        api.get(org.workerA(), notes + "?limit=0")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.limit").value("Ask for 1 to 200 notes"));
        api.get(org.workerA(), notes + "?limit=lots").andExpect(status().isBadRequest());
    }
}
