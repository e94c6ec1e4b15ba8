package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.outcomes.Measures;
import org.alongside.outcomes.domain.Response.CompletedBy;
import org.alongside.shared.Language;
import org.alongside.staff.LanguagePreferences;
import org.junit.jupiter.api.Test;

/**
 * The program outcome report on a phone: asked for, made in the background behind a progress bar,
 * then shown with its charts drawn beside the tables, in English and in Spanish.
 */
@AlongsideTest
class OutcomeReportBrowserTests extends BrowserTest {

    @Test
    void aSupervisorMakesTheReportOnAPhoneAndSeesItsChartsAndTables() {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        Measures measures = context.getBean(Measures.class);
        measures.record(
                org.workerA().viewer(),
                person,
                new Measures.ResponseForm(
                        "gad-7",
                        today.minusDays(2),
                        CompletedBy.WITH_STAFF,
                        Map.of("1", 3, "2", 3, "3", 2, "4", 0, "5", 0, "6", 0, "7", 0)));
        measures.record(
                org.workerA().viewer(),
                person,
                new Measures.ResponseForm(
                        "gad-7",
                        today,
                        CompletedBy.WITH_STAFF,
                        Map.of("1", 1, "2", 0, "3", 0, "4", 0, "5", 0, "6", 0, "7", 0)));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.navigate(url("/reports/outcomes"));
            assertThat(page.getByLabel("Program")).isVisible();
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the report"))
                    .click();
            assertThat(page.locator("#served")).hasText("1");
            page.waitForFunction("() => window.Chart && document.querySelectorAll('canvas[data-report]').length === 2"
                    + " && [...document.querySelectorAll('canvas[data-report]')].every(c => Chart.getChart(c))");
            // no contacts yet, so no chart of them: change from baseline and service use are drawn
            assertThat(page.locator("#change-gad-7")).containsText("-7.00");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the PDF")))
                    .isVisible();
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
        }
        context.getBean(LanguagePreferences.class).choose(org.supervisorA().viewer(), Language.SPANISH);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.navigate(url("/reports/outcomes"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hacer el informe"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cambio desde la línea de base")))
                    .isVisible();
        }
    }
}
