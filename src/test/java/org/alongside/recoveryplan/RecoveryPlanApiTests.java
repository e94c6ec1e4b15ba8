package org.alongside.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.CurrentUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AlongsideTest
class RecoveryPlanApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ApiSupport api;
    Org org;
    String plan;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        plan = "/api/v1/participants/" + org.personOfA().id() + "/recovery-plan";
    }

    private ResultActions post(String path, String json) throws Exception {
        return api.post(org.workerA(), plan + path, json);
    }

    private String goal(String words) throws Exception {
        String location = post("/goals", """
                {"words": "%s", "dimensions": ["SOCIAL"], "targetDate": "%s", "version": %d}""".formatted(words, LocalDate.now().plusMonths(3), version()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private long version() throws Exception {
        return ((Number) JsonPath.read(
                        api.get(org.workerA(), plan).andReturn().getResponse().getContentAsString(), "$.version"))
                .longValue();
    }

    @Test
    void aPlanIsWrittenWithThePersonStepByStepAndAgreed() throws Exception {
        api.get(org.workerA(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
        api.put(org.workerA(), plan, """
                {"hopesAndDreams": "To have my own place and see my kids every weekend",
                 "strengths": "I keep going. I make people laugh.", "reviewDate": "%s", "version": 0}""".formatted(LocalDate.now().plusMonths(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        String goalId = goal("Join the Thursday walking group");
        String step = post("/goals/" + goalId + "/steps", """
                {"what": "Ask Dana what time they meet", "whoHelps": "Jamie (peer worker)", "byWhen": "%s", "version": 2}""".formatted(
                                LocalDate.now().plusDays(7)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        post("/goals/" + goalId + "/steps", """
                {"what": "Go once with Jamie", "version": 3}""").andExpect(status().isCreated());
        String stepId = step.substring(step.lastIndexOf('/') + 1);
        api.put(org.workerA(), plan + "/goals/" + goalId + "/steps/" + stepId, """
                {"done": true, "version": 4}""")
                .andExpect(status().isOk());
        post("/goals/" + goalId + "/progress", """
                {"note": "Went twice. Felt nervous then good.", "selfRating": 7, "version": 5}""").andExpect(status().isCreated());
        post("/agreement", """
                {"kind": "TYPED_SIGNATURE", "signedName": "Riverside", "version": 6}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.changedSinceAgreement").value(false));

        api.get(org.supervisorA(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(7))
                .andExpect(
                        jsonPath("$.plan.hopesAndDreams").value("To have my own place and see my kids every weekend"))
                .andExpect(jsonPath("$.plan.goals[0].dimensions[0]").value("SOCIAL"))
                .andExpect(jsonPath("$.plan.goals[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.plan.goals[0].steps.length()").value(2))
                .andExpect(jsonPath("$.plan.goals[0].steps[0].done").value(true))
                .andExpect(jsonPath("$.plan.goals[0].steps[0].doneOn")
                        .value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.plan.goals[0].steps[1].done").value(false))
                .andExpect(jsonPath("$.plan.goals[0].progress[0].selfRating").value(7))
                .andExpect(jsonPath("$.plan.agreement.kind").value("TYPED_SIGNATURE"))
                .andExpect(jsonPath("$.plan.agreement.planVersion").value(7))
                .andExpect(jsonPath("$.agreementRecordedBy").value(org.workerA().displayName()));

        api.put(org.workerA(), plan + "/goals/" + goalId, """
                {"words": "Join the Thursday walking group", "dimensions": ["SOCIAL", "PHYSICAL"], "status": "ACHIEVED", "version": 7}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.goals[0].status").value("ACHIEVED"))
                .andExpect(jsonPath("$.changedSinceAgreement").value(true));
        assertThat(api.auditCount("recoveryplan.goal-add", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);
        assertThat(api.auditCount("recoveryplan.agreement", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);
    }

    @Test
    void everyVersionIsKeptAndCanBeOpenedAndCompared() throws Exception {
        api.put(org.workerA(), plan, "{\"hopesAndDreams\": \"Finish my GED\", \"version\": 0}")
                .andExpect(status().isOk());
        String goalId = goal("Study two evenings a week");
        post("/goals/" + goalId + "/steps", "{\"what\": \"Get a library card\", \"version\": 2}")
                .andExpect(status().isCreated());
        api.put(org.workerA(), plan, "{\"hopesAndDreams\": \"Finish my GED and start college\", \"version\": 3}")
                .andExpect(status().isOk());

        api.get(org.workerA(), plan + "/versions")
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].version").value(4))
                .andExpect(jsonPath("$[0].changedBy").value(org.workerA().displayName()))
                .andExpect(jsonPath("$[0].summary").value("Hopes and dreams changed"))
                .andExpect(jsonPath("$[2].summary").value("Goal added: “Study two evenings a week”"));
        api.get(org.workerA(), plan + "/versions/1")
                .andExpect(jsonPath("$.hopesAndDreams").value("Finish my GED"))
                .andExpect(jsonPath("$.goals.length()").value(0));
        api.get(org.workerA(), plan + "/compare?from=1&to=4")
                .andExpect(jsonPath(
                        "$", Matchers.hasItems("Hopes and dreams changed", "Goal added: “Study two evenings a week”")));
        api.get(org.workerA(), plan + "/versions/99").andExpect(status().isNotFound());
    }

    @Test
    void aSecondSaveFromTheSameVersionIsRefusedAndShowsWhatChanged() throws Exception {
        api.put(org.workerA(), plan, "{\"hopesAndDreams\": \"A\", \"version\": 0}")
                .andExpect(status().isOk());
        goal("Call my sister on Sundays");
        api.put(org.supervisorA(), plan, "{\"hopesAndDreams\": \"B from an old screen\", \"version\": 1}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changes[0]").value("Goal added: “Call my sister on Sundays”"));
        api.get(org.workerA(), plan)
                .andExpect(jsonPath("$.plan.hopesAndDreams").value("A"))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void badInputIsNamedAndNothingIsSaved() throws Exception {
        String goalId = goal("Sleep before midnight");
        expect400(post("/goals", "{\"words\": \"x\", \"dimensions\": [\"MAGICAL\"], \"version\": 1}"), "dimensions[0]");
        expect400(post("/goals", "{\"words\": \" \", \"dimensions\": [\"PHYSICAL\"], \"version\": 1}"), "words");
        expect400(post("/goals", "{\"words\": \"Rest\", \"dimensions\": [], \"version\": 1}"), "dimensions");
        expect400(post("/goals/" + goalId + "/progress", "{\"selfRating\": 11, \"version\": 1}"), "selfRating");
        expect400(post("/goals/" + goalId + "/progress", "{\"selfRating\": -1, \"version\": 1}"), "selfRating");
        expect400(
                post(
                        "/goals/" + goalId + "/progress",
                        "{\"on\": \"" + LocalDate.now().plusDays(1) + "\", \"version\": 1}"),
                "on");
        expect400(post("/goals/" + goalId + "/steps", "{\"what\": \"Walk\"}"), "version");
        expect400(
                post("/goals/" + goalId + "/steps", "{\"what\": \"" + "w".repeat(501) + "\", \"version\": 1}"), "what");
        expect400(
                post("/agreement", "{\"kind\": \"TYPED_SIGNATURE\", \"signedName\": \"\", \"version\": 1}"),
                "signedName");
        api.put(
                        org.workerA(),
                        plan + "/goals/" + goalId,
                        "{\"words\": \"Sleep before midnight\", \"dimensions\": "
                                + "[\"PHYSICAL\"], \"status\": \"ACHIEVED\", \"version\": 1}")
                .andExpect(status().isOk());
        expect400(
                api.put(
                        org.workerA(),
                        plan + "/goals/" + goalId,
                        "{\"words\": \"Sleep before midnight\", "
                                + "\"dimensions\": [\"PHYSICAL\"], \"status\": \"PAUSED\", \"version\": 2}"),
                "status");
        assertThat(version()).isEqualTo(2);
    }

    @Test
    void aGoalOfAnotherPersonIsNotFoundHere() throws Exception {
        CurrentUser workerB = org.workerB();
        String otherPlan = "/api/v1/participants/" + org.personOfB().id() + "/recovery-plan";
        String location = api.post(
                        workerB,
                        otherPlan + "/goals",
                        "{\"words\": \"B's goal\", \"dimensions\": [\"SPIRITUAL\"], \"version\": 0}")
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String othersGoal = location.substring(location.lastIndexOf('/') + 1);
        post("/goals/" + othersGoal + "/steps", "{\"what\": \"Sneak in\", \"version\": 0}")
                .andExpect(status().isNotFound());
        post("/goals/" + UUID.randomUUID() + "/progress", "{\"note\": \"x\", \"version\": 0}")
                .andExpect(status().isNotFound());
        assertThat(version()).isZero();
    }

    private static void expect400(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors['" + field + "']").exists());
    }
}
