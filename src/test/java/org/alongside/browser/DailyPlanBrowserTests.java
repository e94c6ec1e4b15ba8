package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A habit is chosen and checked in on from a phone, in a couple of taps. */
@AlongsideTest
class DailyPlanBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {375, 1280})
    void aHabitIsAddedAndCheckedInFromAPhone(int width) {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(width)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Daily plan"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add habit"))
                    .click();
            assertThat(page.locator("#description-error")).hasText("Describe the habit in the person's words");
            page.getByLabel("What it is about").selectOption(new SelectOption().setLabel("Physical activity"));
            page.getByLabel("The habit, in their words").fill("Walk to the corner shop");
            page.getByLabel("Every day").check();
            page.getByLabel("Supporter (optional)").fill("Marcus");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add habit"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Habit added.");
            assertThat(page.locator(".streak")).hasText("A new start is always possible");

            page.evaluate("() => { window.stillThisPage = true; }");
            page.getByLabel("Note (optional)").fill("Went with Marcus");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done: Walk to the corner shop"))
                    .click();
            assertThat(page.locator("section.card").first().getByRole(AriaRole.STATUS))
                    .containsText("Checked in: done.");
            assertThat(page.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done: Walk to the corner shop")))
                    .hasAttribute("aria-pressed", "true");
            assertThat(page.evaluate("() => window.stillThisPage === true"))
                    .as("no full-page reload")
                    .isEqualTo(true);
            assertThat(page.locator(".streak")).hasText("Kept up 1 day in a row");
            assertThat(page.locator("table.weeks td").last()).hasText("✓");
            String note = context.getBean(JdbcClient.class)
                    .sql(
                            "select c.note from habit_check_in c join habit h on h.id = c.habit_id where h.participant_id = :p")
                    .param("p", org.personOfA().id())
                    .query(String.class)
                    .single();
            assertThat(note).isEqualTo("Went with Marcus");
            BrowserSupport.fitsTheScreen(page, width);
        }
    }
}
