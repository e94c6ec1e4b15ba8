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

/** A peer worker signs in, adds a person, finds them on the caseload and signs out: on a desktop and a phone. */
@AlongsideTest
class CaseloadBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {1280, 375})
    void aPeerWorkerAddsAPersonAndFindsThemOnTheCaseload(int width) {
        Org org = new Fixtures(context).org();
        String name = "Marisol <b>Ortega</b> " + width;
        try (BrowserContext session = sessionAt(width)) {
            Page page = session.newPage();
            page.navigate(url("/"));
            assertThat(page).hasTitle("Sign in · Alongside");
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Today");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My people"))
                    .click();
            assertThat(page.getByText(org.personOfA().details().preferredName()))
                    .isVisible();
            BrowserSupport.fitsTheScreen(page, width);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a person"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person"))
                    .click();
            assertThat(page.locator("#preferredName-error"))
                    .hasText("Enter the name the person would like to be called");
            assertThat(page.getByLabel("Preferred name")).hasAttribute("aria-invalid", "true");

            page.getByLabel("Preferred name").fill(name);
            page.getByLabel("Pronouns (optional)").fill("she/her");
            page.getByLabel("Program")
                    .selectOption(new SelectOption()
                            .setLabel(page.locator("#programId option").nth(1).textContent()));
            page.getByLabel("Primary peer worker")
                    .selectOption(new SelectOption().setLabel(org.workerA().displayName()));
            page.locator("[id='contacts[0].value']").fill("555 0188");
            BrowserSupport.fitsTheScreen(page, width);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person"))
                    .click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Added " + name);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText(name);
            assertThat(page.locator("h1 b")).hasCount(0);
            BrowserSupport.fitsTheScreen(page, width);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("My people").setExact(true))
                    .first()
                    .click();
            assertThat(page.getByText(name)).isVisible();
            page.getByLabel("Find a person by name").fill("Marisl");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                    .click();
            assertThat(page.locator("#results")).containsText(name);
            page.getByText(name).click();
            assertThat(page.getByText("555 0188")).isVisible();

            signOutFromMenu(page);
            assertThat(page.getByText("You have signed out.")).isVisible();
            page.navigate(url("/people"));
            assertThat(page).hasTitle("Sign in · Alongside");
        }
    }
}
