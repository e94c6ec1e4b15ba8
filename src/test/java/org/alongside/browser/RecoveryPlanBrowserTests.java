package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A peer worker writes a plan with the person: hopes, a Social goal with two steps, one done; then the history. */
@AlongsideTest
class RecoveryPlanBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {375, 1280})
    void aPlanIsWrittenTogetherOnAPhone(int width) {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(width)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recovery plan"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Recovery plan")))
                    .isVisible();

            page.getByLabel("Hopes and dreams").fill("A quiet home and Sunday dinners with my brother");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal"))
                    .click();
            assertThat(page.locator("#words-error")).hasText("Write the goal in the person's own words");
            page.getByLabel("The goal in their words").fill("Have coffee with a friend every week");
            page.locator("#new-goal").getByLabel("Social").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Goal added.");

            Locator goal = page.locator("section.card")
                    .filter(new Locator.FilterOptions()
                            .setHas(page.getByRole(
                                    AriaRole.HEADING,
                                    new Page.GetByRoleOptions().setName("Have coffee with a friend every week"))));
            assertThat(goal).containsText("Social");
            addStep(page, goal, "Text Sam to pick a day");
            addStep(page, goal, "Find a café on the bus line");
            goal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done: Text Sam to pick a day"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Step done");
            assertThat(goal).containsText("✓ Done: Text Sam to pick a day");
            assertThat(goal).containsText("Not yet: Find a café on the bus line");
            BrowserSupport.fitsTheScreen(page, width);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Earlier versions"))
                    .click();
            assertThat(page.locator("ul.people .name").first()).hasText("Version 5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .containsText("Goal added: “Have coffee with a friend every week”");
            BrowserSupport.fitsTheScreen(page, width);

            page.locator("ul.people a").last().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Version 1");
            assertThat(page.locator("main")).containsText("A quiet home and Sunday dinners with my brother");
            assertThat(page.locator("main")).not().containsText("Have coffee with a friend every week");
            BrowserSupport.fitsTheScreen(page, width);
        }
    }

    @Test
    void aGoalAStepAndProgressUpdateOnlyTheirPartOfThePageAndTypedWordsSurviveADroppedConnection() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id() + "/plan"));
            page.evaluate("() => { window.stillThisPage = true; }");

            page.locator("#words").fill("Cook a meal for my neighbours");
            page.locator("#new-goal").getByLabel("Social").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal"))
                    .click();
            Locator goal = page.locator("section.card")
                    .filter(new Locator.FilterOptions()
                            .setHas(page.getByRole(
                                    AriaRole.HEADING,
                                    new Page.GetByRoleOptions().setName("Cook a meal for my neighbours"))));
            assertThat(goal.getByRole(AriaRole.STATUS)).containsText("Goal added.");
            assertThat(goal.locator("h3")).isFocused();
            assertThat(page.locator("#words")).hasValue("");

            addStep(page, goal, "Choose a recipe");
            assertThat(goal.getByRole(AriaRole.STATUS)).containsText("Step added.");

            expectConsoleErrors("ERR_INTERNET_DISCONNECTED|htmx:sendError|htmx:afterRequest");
            goal.getByText("Note progress").click();
            goal.getByLabel("How it is going, in their words").fill("Bought the vegetables today");
            session.setOffline(true);
            goal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save progress"))
                    .click();
            assertThat(goal.locator(".offline")).containsText("No connection");
            assertThat(goal.getByLabel("How it is going, in their words")).hasValue("Bought the vegetables today");
            session.setOffline(false);
            goal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save progress"))
                    .click();
            assertThat(goal.getByRole(AriaRole.STATUS)).containsText("Progress noted.");
            assertThat(goal).containsText("Bought the vegetables today");
            assertThat(page.evaluate("() => window.stillThisPage"))
                    .as("no full-page reload")
                    .isEqualTo(true);
        }
    }

    private static void addStep(Page page, Locator goal, String what) {
        goal.getByText("Add a step").click();
        goal.getByLabel("What", new Locator.GetByLabelOptions().setExact(true)).fill(what);
        goal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add step"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Step added.");
    }
}
