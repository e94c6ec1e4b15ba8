package org.alongside.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class RecoveryPlanPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RecoveryPlanManagement plans;

    @Test
    void twoVersionsAreComparedInTheReadersLanguage() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        plans.addGoal(
                org.workerA().viewer(),
                person,
                UUID.randomUUID(),
                "Cocinar para mis vecinos",
                Set.of(WellnessDimension.SOCIAL),
                LocalDate.of(2027, 3, 1),
                0);
        String compared = mvc.perform(get("/people/" + person + "/plan/history")
                        .param("from", "0")
                        .param("to", "1")
                        .header("Accept-Language", "es")
                        .with(user(org.workerA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(compared)
                .contains("De la versión 0 a la versión 1")
                .contains("Meta añadida: “Cocinar para mis vecinos”");
        assertThat(plans.compare(org.workerA().viewer(), person, 0, 1))
                .as("the API keeps the English sentence")
                .containsExactly("Goal added: “Cocinar para mis vecinos”");
    }

    @Test
    void aSaveFromAnOldScreenShowsWhatChangedAndOverwritesNothing() throws Exception {
        assertThat(saveFromAnOldScreen("Cook dinner twice a week", "en"))
                .contains("was changed by someone else")
                .contains("Goal added: “Cook dinner twice a week”");
    }

    @Test
    void theListOfVersionsSaysWhatEachChangedInTheReadersLanguage() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        plans.addGoal(
                org.workerA().viewer(),
                person,
                UUID.randomUUID(),
                "Caminar con mi hermana",
                Set.of(WellnessDimension.PHYSICAL),
                null,
                0);
        plans.describe(org.workerA().viewer(), person, "Volver a estudiar", null, null, 1);
        String html = mvc.perform(get("/people/" + person + "/plan/history")
                        .header("Accept-Language", "es")
                        .with(user(org.workerA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Meta añadida: “Caminar con mi hermana”")
                .doesNotContain("Goal added")
                .doesNotContain("Hopes and dreams written");
        assertThat(plans.history(org.workerA().viewer(), person))
                .as("the API keeps the English summary")
                .extracting(RecoveryPlanManagement.HistoryEntry::summary)
                .containsExactly("Hopes and dreams written", "Goal added: “Caminar con mi hermana”");
    }

    @Test
    void aSaveFromAnOldScreenSaysWhatChangedInTheReadersLanguage() throws Exception {
        assertThat(saveFromAnOldScreen("Cocinar dos veces por semana", "es"))
                .contains("Meta añadida: “Cocinar dos veces por semana”")
                .doesNotContain("Goal added");
    }

    /** A goal is added, then the plan is saved from a screen opened before it: the page that answers. */
    private String saveFromAnOldScreen(String goal, String language) throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        plans.addGoal(
                org.workerA().viewer(), person, UUID.randomUUID(), goal, Set.of(WellnessDimension.PHYSICAL), null, 0);
        String html = mvc.perform(post("/people/" + person + "/plan")
                        .with(user(org.supervisorA()))
                        .with(csrf())
                        .header("Accept-Language", language)
                        .param("hopesAndDreams", "Written on an old screen")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(plans.view(org.workerA().viewer(), person).plan().hopesAndDreams())
                .as("nothing overwritten")
                .isNull();
        return html;
    }

    @Test
    void badInputOnTheGoalFormIsShownBesideThatForm() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        String html = mvc.perform(post("/people/" + person + "/plan/goals")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("words", "Ride my bike")
                        .param("dimensions", "ASTRAL")
                        .param("targetDate", "2026-02-31")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"dimensions-error\"")
                .contains("Choose from the list")
                .contains("id=\"targetDate-error\"")
                .as("what was typed is shown again")
                .contains(">Ride my bike</textarea>");
        assertThat(plans.view(org.workerA().viewer(), person).version()).isZero();
    }

    @Test
    void aDueReviewShowsOnTheCaseloadOfThoseWhoMaySeeThePerson() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        plans.describe(org.workerA().viewer(), person, "Hopes", null, LocalDate.now(), 0);
        String caseload = mvc.perform(get("/people").with(user(org.workerA())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(caseload).contains("Plan review due today");
        plans.describe(
                org.workerA().viewer(), person, "Hopes", null, LocalDate.now().plusDays(30), 1);
        String later = mvc.perform(get("/people").with(user(org.workerA())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(later).doesNotContain("Plan review due");
    }
}
