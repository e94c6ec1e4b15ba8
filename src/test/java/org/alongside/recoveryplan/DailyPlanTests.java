package org.alongside.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@AlongsideTest
class DailyPlanTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ApiSupport api;
    Org org;
    String habits;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        habits = "/api/v1/participants/" + org.personOfA().id() + "/habits";
    }

    @Test
    void aSecondCheckInTheSameDaySaysWhatItChangedAndThePageShowsTodaysState() throws Exception {
        String id = habit();
        String form = "/people/" + org.personOfA().id() + "/daily-plan/habits/" + id + "/check-ins";
        MvcResult first = mvc.perform(
                        post(form).with(user(org.workerA())).with(csrf()).param("result", "PARTLY"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(first.getFlashMap().get("saved")).isEqualTo("Checked in: partly.");
        MvcResult second = mvc.perform(
                        post(form).with(user(org.workerA())).with(csrf()).param("result", "DONE"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(second.getFlashMap().get("saved")).isEqualTo("Today's check-in changed from partly to done.");
        assertThat(api.auditCount("dailyplan.check-in", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(2);

        String page = mvc.perform(
                        get("/people/" + org.personOfA().id() + "/daily-plan").with(user(org.workerA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("id=\"today-" + id + "\">Today \\([^)]*\\): Done<");
        assertThat(page).containsPattern("value=\"DONE\"[^>]*class=\"chosen\"[^>]*aria-pressed=\"true\"");
    }

    private String habit() throws Exception {
        return JsonPath.read(
                api.post(org.workerA(), habits, """
                {"area": "SLEEP_AND_REST", "description": "Phone off at 10", "frequency": "DAILY",
                 "whyItMatters": "I wake up less foggy", "supporterName": "Ana", "supporterRelationship": "Sister"}""")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private void checkIn(String habitId, LocalDate day, String result) throws Exception {
        api.post(
                        org.workerA(),
                        habits + "/" + habitId + "/check-ins",
                        "{\"day\": \"" + day + "\", \"result\": \"" + result + "\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void checkInsMakeAStreakAndFillTheFourWeekView() throws Exception {
        String id = habit();
        LocalDate today = LocalDate.now();
        checkIn(id, today.minusDays(2), "DONE");
        checkIn(id, today.minusDays(1), "PARTLY");
        checkIn(id, today, "NOT_TODAY");
        checkIn(id, today, "DONE");
        api.get(org.supervisorA(), habits)
                .andExpect(jsonPath("$[0].description").value("Phone off at 10"))
                .andExpect(jsonPath("$[0].supporterName").value("Ana"))
                .andExpect(jsonPath("$[0].streak").value(3))
                .andExpect(jsonPath("$[0].lastFourWeeks.length()").value(28))
                .andExpect(jsonPath("$[0].lastFourWeeks[27].result").value("DONE"))
                .andExpect(jsonPath("$[0].lastFourWeeks[26].result").value("PARTLY"))
                .andExpect(jsonPath("$[0].checkIns").doesNotExist());
        assertThat(api.auditCount("dailyplan.check-in", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(4);
        assertThat(api.auditCount("dailyplan.habit-add", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);
    }

    @Test
    void badCheckInsAreRefusedAndSaveNothing() throws Exception {
        String id = habit();
        api.post(
                        org.workerA(),
                        habits + "/" + id + "/check-ins",
                        "{\"day\": \"" + LocalDate.now().plusDays(1) + "\", \"result\": \"DONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.day").exists());
        api.post(org.workerA(), habits + "/" + id + "/check-ins", "{\"result\": \"FAILED\"}")
                .andExpect(status().isBadRequest());
        api.post(org.workerA(), habits + "/" + id + "/check-ins", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.result").exists());
        api.post(
                        org.workerA(),
                        habits,
                        "{\"area\": \"SLEEP_AND_REST\", \"description\": \" \", \"frequency\": \"DAILY\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.description").exists());
        api.get(org.workerA(), habits).andExpect(jsonPath("$[0].streak").value(0));
    }

    @Test
    void aHabitOfAnotherPersonCannotBeCheckedInHere() throws Exception {
        String theirs = JsonPath.read(
                api.post(
                                org.workerB(),
                                "/api/v1/participants/" + org.personOfB().id() + "/habits",
                                "{\"area\": \"SOCIAL\", \"description\": \"Call Mum\", \"frequency\": \"WEEKLY\"}")
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api.post(org.workerA(), habits + "/" + theirs + "/check-ins", "{\"result\": \"DONE\"}")
                .andExpect(status().isNotFound());
        api.post(org.workerA(), habits + "/" + UUID.randomUUID() + "/check-ins", "{\"result\": \"DONE\"}")
                .andExpect(status().isNotFound());
    }
}
