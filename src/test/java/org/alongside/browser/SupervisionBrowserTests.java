package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.NoteContent;
import org.junit.jupiter.api.Test;

/**
 * Supervision on a phone and at a desk: a supervisor records a session tagged with two peer values
 * and a competency; the supervisee finds it among their own sessions, adds their reflection and
 * reads it back; an administrator sees only that it happened.
 */
@AlongsideTest
class SupervisionBrowserTests extends BrowserTest {

    @Test
    void aSupervisorRecordsATaggedSessionAndTheSuperviseeAddsTheirReflection() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.navigate(url("/supervision"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your practice as a supervisor"))
                    .click();
            page.locator("fieldset.competency")
                    .nth(2)
                    .getByLabel("2 · Developing")
                    .check();
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the assessment"))
                    .click();
            assertThat(page.locator("#self-assessment-table tbody tr").nth(2)).containsText("2");
            page.navigate(url("/supervision"));
            assertThat(page.locator("li.supervisee")).containsText("No session recorded yet");
            page.locator("#guide-notice")
                    .getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("A guide to supervising peer workers"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Common misreadings of the role")))
                    .isVisible();
            assertThat(page.locator("main")).containsText("Equally shared power: set the agenda together");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            page.navigate(url("/supervision"));
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            page.locator("li.supervisee")
                    .getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Record a session"))
                    .click();
            page.getByLabel("Minutes").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the session"))
                    .click();
            assertThat(page.locator("#minutes-error")).hasText("A session lasts from 5 minutes to 8 hours");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();

            page.getByLabel("Minutes").fill("50");
            page.getByLabel("By video").check();
            page.getByLabel("Hopeful").check();
            page.getByLabel("Equally shared power").check();
            page.getByText("The competencies it touched").click();
            page.getByLabel("Shares lived experiences of recovery").check();
            page.getByLabel("Strengths observed").fill("Shared their story briefly, at the right moment.");
            page.getByLabel("Action 1").fill("Practise naming a boundary kindly");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the session"))
                    .click();
            assertThat(page.locator(".flash")).hasText("The session is saved.");
            assertThat(page.locator("main")).containsText("Hopeful");
            assertThat(page.locator("main")).containsText("Equally shared power");
            assertThat(page.locator("main")).containsText("Shares lived experiences of recovery");
            assertThat(page.locator("li.action")).containsText("Practise naming a boundary kindly");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
        }
        try (BrowserContext session = sessionAt(1280)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/supervision"));
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who can read your sessions")))
                    .isVisible();
            page.locator("li.session a").first().click();
            page.getByLabel("Your reflection, in your own words").fill("It helped to say out loud what I will not do.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add my reflection"))
                    .click();
            assertThat(page.locator(".flash")).hasText("Your reflection is saved.");
            assertThat(page.locator("article.reflection"))
                    .containsText("It helped to say out loud what I will not do.");
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.admin().email(), Fixtures.PASSWORD);
            page.navigate(url("/supervision/staff/" + org.workerA().id()));
            assertThat(page.locator("li.session")).containsText("50 minutes");
            assertThat(page.locator("li.session")).containsText("Hopeful");
            assertThat(page.locator("li.session a")).hasCount(0);
            assertThat(page.locator("main")).not().containsText("Shared their story");
            BrowserSupport.fitsTheScreen(page, 375);
        }
    }

    @Test
    void aWorkerAndTheirSupervisorAssessCompetenciesAndSeeThemSideBySide() {
        Org org = new Fixtures(context).org();
        for (var who : java.util.List.of(org.workerA(), org.supervisorA())) {
            try (BrowserContext session = sessionAt(375)) {
                Page page = session.newPage();
                signIn(page, who.email(), Fixtures.PASSWORD);
                page.navigate(url("/supervision/staff/" + org.workerA().id() + "/competencies"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the assessment"))
                        .click();
                assertThat(page.locator("#scores-error")).hasText("Score at least one competency, each from 1 to 4");
                page.locator("fieldset.competency")
                        .first()
                        .getByLabel("3 · Proficient")
                        .check();
                page.locator("fieldset.competency")
                        .nth(2)
                        .getByLabel(who == org.workerA() ? "2 · Developing" : "4 · Advanced")
                        .check();
                BrowserSupport.fitsTheScreen(page, 375);
                assertThat(BrowserSupport.smallControls(page))
                        .as("controls under 44 px")
                        .isEmpty();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the assessment"))
                        .click();
                assertThat(page.locator(".flash")).hasText("The assessment is saved.");
            }
        }
        try (BrowserContext session = sessionAt(1280)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/supervision/staff/" + org.workerA().id() + "/competencies"));
            page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('competency-radar'))");
            Object datasets = page.evaluate(
                    "() => Chart.getChart(document.getElementById('competency-radar')).data.datasets.map(d => d.data[2])");
            assertThat(datasets.toString()).isEqualTo("[2, 4]");
            assertThat(page.locator("#competency-table thead")).containsText("Self");
            assertThat(page.locator("#competency-table thead")).containsText("Supervisor");
            assertThat(page.locator("#competency-table tbody tr").nth(2))
                    .containsText("Shares lived experiences of recovery");
        }
    }

    @Test
    void aWorkerChecksInPrivatelyOnAPhoneAndTheirSupervisorSeesOnlyTheWishToTalk() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/supervision/wellbeing"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my check-in"))
                    .click();
            assertThat(page.locator("#workload-error")).hasText("Choose how your workload feels");
            page.getByLabel("2", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Too heavy").check();
            page.getByLabel("What is on your mind (optional, private)").fill("Two people in crisis this week");
            page.getByLabel("I would like to talk about this in supervision").check();
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my check-in"))
                    .click();
            assertThat(page.locator(".flash")).hasText("Your check-in is saved.");
            assertThat(page.locator("li.check-in")).containsText("Two people in crisis this week");
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.navigate(url("/supervision"));
            assertThat(page.locator("li.supervisee .reminder")).hasText("Would like to talk in supervision");
            assertThat(page.locator("main")).not().containsText("Two people in crisis");
        }
    }

    @Test
    void aSupervisorSeesTheTeamsWorkloadAndADriftFlagOnAPhone() {
        Org org = new Fixtures(context).org();
        context.getBean(ContactNoteManagement.class)
                .writeSigned(
                        org.workerA().viewer(),
                        org.personOfA().id(),
                        new NoteContent(
                                java.time.LocalDate.now().minusDays(1),
                                java.time.LocalTime.of(9, 0),
                                null,
                                90,
                                ContactMode.ACCOMPANYING,
                                null,
                                java.util.Set.of(Activity.TRANSPORT_ONLY),
                                java.util.Set.of(),
                                java.util.List.of(),
                                "Drove to the clinic",
                                null,
                                null,
                                null));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.navigate(url("/supervision"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your team's workload"))
                    .click();
            assertThat(page.locator("article.worker-load .drift"))
                    .containsText("100 % of logged time went to tasks outside the peer role");
            assertThat(page.locator("article.worker-load")).containsText("1 of 15");
            page.waitForFunction(
                    "() => window.Chart && document.querySelector('canvas[data-report]') && Chart.getChart(document.querySelector('canvas[data-report]'))");
            assertThat(page.locator("#time-table")).containsText("Driving only, with no peer support");
            assertThat(page.locator("#mode-table tr", new Page.LocatorOptions().setHasText("Accompanying")))
                    .containsText("90");
            page.waitForFunction(
                    "() => [...document.querySelectorAll('canvas[data-report]')].every(c => Chart.getChart(c))");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
        }
    }
}
