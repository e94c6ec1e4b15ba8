package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.outcomes.LifeEvents;
import org.alongside.outcomes.Measures;
import org.alongside.outcomes.domain.LifeEvent;
import org.alongside.outcomes.domain.Response.CompletedBy;
import org.alongside.shared.Language;
import org.alongside.staff.LanguagePreferences;
import org.junit.jupiter.api.Test;

/**
 * Questionnaires on a phone: a PHQ-9 given one question at a time, and the safety screen an item 9
 * answer above "Not at all" opens at once (crisis plan, 988, tell the supervisor), with the flag on
 * the supervisor's Today until they acknowledge it.
 */
@AlongsideTest
class MeasuresBrowserTests extends BrowserTest {

    private static void choose(Page page, String question, String answer) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
                .getByLabel(answer)
                .check();
    }

    @Test
    void aPhq9GivenOneQuestionAtATimeIsScoredAndShownOverTime() {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + person));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Measures").setExact(true))
                    .click();
            page.locator("li")
                    .filter(new Locator.FilterOptions().setHasText("PHQ-9"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("One at a time"))
                    .click();
            assertThat(page.getByText("Question 1 of 10")).isVisible();
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            for (int n = 1; n <= 9; n++) {
                page.getByRole(AriaRole.GROUP)
                        .first()
                        .getByLabel(n <= 2 ? "Several days" : "Not at all")
                        .check();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                        .click();
            }
            assertThat(page.getByText("Question 10 of 10")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back"))
                    .click();
            assertThat(page.getByText("Question 9 of 10")).isVisible();
            assertThat(page.getByRole(AriaRole.GROUP).first().getByLabel("Not at all"))
                    .isChecked();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            page.getByLabel("Completed by the person").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answers"))
                    .click();

            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("PHQ-9 (depression): 2, Minimal. Saved.");
            Locator row = page.locator("tbody tr").first();
            assertThat(row).containsText("Minimal");
            assertThat(row).containsText("Completed by the person");
            // enrolled today and measured today: the baseline is done (SUPRT timing)
            assertThat(page.locator(".due-done")).containsText("Baseline");
            BrowserSupport.fitsTheScreen(page, 375);
        }
    }

    @Test
    void anItemNineAnswerOpensTheSafetyScreenAtOnceAndTheSupervisorAcknowledgesTheFlag() {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + person + "/measures/phq-9/new?layout=all"));
            for (int n = 1; n <= 8; n++) {
                page.locator("#q-" + n).getByLabel("Not at all").check();
            }
            page.locator("#q-9").getByLabel("Several days").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answers"))
                    .click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("A safety check comes first");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 988")))
                    .hasAttribute("href", "tel:988");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open their crisis plan")))
                    .hasAttribute("href", "/people/" + person + "/crisis-plan");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            assertThat(page.title()).doesNotContainIgnoringCase("safety answer");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tell my supervisor now"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your supervisor has been told.");
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            Locator line = page.locator("li.item")
                    .filter(new Locator.FilterOptions().setHasText("Safety answer to acknowledge"));
            assertThat(line).containsText(org.personOfA().details().preferredName());
            line.getByRole(AriaRole.LINK).first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have seen this and followed up"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Acknowledged.");
            page.navigate(url("/today"));
            assertThat(page.locator("li.item")
                            .filter(new Locator.FilterOptions().setHasText("Safety answer to acknowledge")))
                    .hasCount(0);
        }
    }

    @Test
    void anAnswerMissingIsKeptAndSaidNotScoredAndTheSpanishPageSpeaksSpanish() {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + person + "/measures/gad-7/new?layout=all"));
            page.locator("#q-1").getByLabel("Several days").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answers"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("saved, not scored (6 missing)");

            // a life event, on its own page: a stay ending before it starts is explained beside the field
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a life event"))
                    .click();
            page.getByLabel("What happened").selectOption("HOSPITAL_STAY");
            page.getByLabel("Which kind (where it applies)").selectOption("PSYCHIATRIC");
            page.getByLabel("On", new Page.GetByLabelOptions().setExact(true)).fill("2026-03-10");
            page.getByLabel("Until (a stay; empty while it goes on)").fill("2026-03-01");
            page.getByLabel("In their words (optional)").fill("After I lost the flat");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the event"))
                    .click();
            assertThat(page.locator("#endedOn-error")).hasText("The stay ends on or after the day it starts");
            // the life event's own page, refused and drawn again, fits a phone
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px on the life event's page")
                    .isEmpty();
            assertThat(page.getByLabel("In their words (optional)")).hasValue("After I lost the flat");
            page.getByLabel("Until (a stay; empty while it goes on)").fill("2026-03-17");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the event"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Life event saved.");
            assertThat(page.locator("#events-heading + p + ol li").first()).containsText("Hospital stay: psychiatric");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
        }
        context.getBean(LanguagePreferences.class).choose(org.workerA().viewer(), Language.SPANISH);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + person + "/measures"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Mediciones");
            assertThat(page.locator("tbody tr").first()).containsText("Sin puntuar: faltan 6");
        }
    }

    @Test
    void scoresOverTimeAreDrawnWithTheBandsAReliableChangeMarkAndTheLifeEventsAndSaidInATable() {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        Measures measures = context.getBean(Measures.class);
        int[][] given = {{16, 120}, {14, 60}, {7, 5}};
        for (int[] g : given) {
            java.util.Map<String, Integer> answers = new java.util.HashMap<>();
            int left = g[0];
            for (int n = 1; n <= 9; n++) {
                int value = n == 9 ? 0 : Math.min(3, left);
                answers.put(String.valueOf(n), value);
                left -= value;
            }
            measures.record(
                    org.workerA().viewer(),
                    person,
                    new Measures.ResponseForm("phq-9", today.minusDays(g[1]), CompletedBy.WITH_STAFF, answers));
        }
        context.getBean(LifeEvents.class)
                .record(
                        org.workerA().viewer(),
                        person,
                        new LifeEvents.EventForm(LifeEvent.Kind.HOUSING, "STABLE", today.minusDays(30), null, null));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + person + "/measures"));
            Locator canvas = page.locator("canvas[data-scores]");
            assertThat(canvas).isVisible();
            page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-scores]'))");
            Object drawn = page.evaluate(
                    "() => { const c = Chart.getChart(document.querySelector('canvas[data-scores]'));"
                            + " const d = c.data.datasets[0];"
                            + " return [d.data.map(p => p.y).join(','), d.pointStyle.join(','),"
                            + " c.config.options.scores.bands.length, c.config.options.scores.events.length].join('|'); }");
            assertThat(drawn).isEqualTo("16,14,7|circle,circle,triangle|5|1");
            assertThat(canvas).hasAttribute("aria-label", java.util.regex.Pattern.compile("PHQ-9"));
            Locator rows = page.locator("section:has(canvas[data-scores]) tbody tr");
            assertThat(rows.nth(0)).containsText("The baseline");
            assertThat(rows.nth(1)).containsText("No reliable change");
            assertThat(rows.nth(2)).containsText("Reliable improvement");
            assertThat(rows.nth(2)).containsText("Mild");
            BrowserSupport.fitsTheScreen(page, 375);
        }
    }
}
