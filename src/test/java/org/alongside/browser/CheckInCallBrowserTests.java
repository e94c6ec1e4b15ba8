package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.CheckInCalls;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.participant.ContactKind;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.junit.jupiter.api.Test;

/** Telephone recovery support on a phone: Today's calls, logged in two taps, and a person's calls set up from their page. */
@AlongsideTest
class CheckInCallBrowserTests extends BrowserTest {

    private ParticipantView withPhone(Org org, String name) {
        return context.getBean(ParticipantManagement.class)
                .enrol(
                        org.admin().viewer(),
                        new ParticipantManagement.NewParticipant(
                                new ParticipantDetails(
                                        name,
                                        null,
                                        null,
                                        null,
                                        "English",
                                        null,
                                        List.of(new ParticipantDetails.ContactMethod(
                                                ContactKind.PHONE, "555 0177", true, true)),
                                        List.of()),
                                org.programId(),
                                org.workerA().id(),
                                "Self-referred",
                                LocalDate.now(context.getBean(Clock.class))));
    }

    @Test
    void aWorkerLogsACheckInCallFromTodayInTwoTapsAndAFollowUpCardOffersCallAndText() {
        Org org = new Fixtures(context).org();
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        ParticipantView caller = withPhone(org, "Rosa Callwell");
        context.getBean(CheckInCalls.class)
                .plan(
                        org.workerA().viewer(),
                        caller.id(),
                        new CheckInCalls.PlanRequest(
                                today.getDayOfWeek(), LocalTime.of(10, 0), LocalTime.of(12, 0), 1, null));
        ParticipantView followed = withPhone(org, "Tomas Followup");
        context.getBean(ContactNoteManagement.class)
                .writeSigned(
                        org.workerA().viewer(),
                        followed.id(),
                        Fixtures.call(today.minusDays(1), today, "Call about the bus pass"));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            Locator calls = page.locator("#part-calls");
            assertThat(calls.getByRole(AriaRole.HEADING)).containsText("Calls today");
            Locator card = calls.locator("li.item").filter(new Locator.FilterOptions().setHasText("Rosa Callwell"));
            assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Call 555 0177")))
                    .hasAttribute("href", "tel:5550177");
            assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Send a text to 555 0177")))
                    .hasAttribute("href", "sms:5550177");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px on Today")
                    .isEmpty();

            // the first tap dials (the phone's own app); the second says how it went
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("No answer"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Call logged: No answer.");
            Locator again =
                    page.locator("#part-calls li.item").filter(new Locator.FilterOptions().setHasText("Rosa Callwell"));
            assertThat(again).containsText("Last call: No answer");

            Locator followUp = page.locator("li.item").filter(new Locator.FilterOptions().setHasText("Tomas Followup"));
            assertThat(followUp.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Call 555 0177")))
                    .isVisible();
            assertThat(followUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Write a note")))
                    .isVisible();
            followUp.getByText("Log a call that did not reach them").click();
            followUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Left a message"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Call logged: Left a message.");
            // not reached: the follow-up stays on the day
            assertThat(page.locator("li.item").filter(new Locator.FilterOptions().setHasText("Tomas Followup")))
                    .hasCount(1);

            Locator rosa =
                    page.locator("#part-calls li.item").filter(new Locator.FilterOptions().setHasText("Rosa Callwell"));
            rosa.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reached"))
                    .click();
            // a reached call is a contact: what was said and the minutes, on the person's call page
            page.getByLabel("What was said (optional)").fill("Started the new job, sleeping better");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reached"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Today");
            assertThat(page.getByRole(AriaRole.STATUS).first())
                    .containsText("Call logged: Reached. The phone contact is signed.");
            // reached today: off the list
            assertThat(page.locator("#part-calls li.item")
                            .filter(new Locator.FilterOptions().setHasText("Rosa Callwell")))
                    .hasCount(0);
        }
    }

    @Test
    void aWorkerSetsUpThePersonsCallsOnTheirPageAndAWindowEndingBeforeItStartsIsExplainedBesideTheField() {
        Org org = new Fixtures(context).org();
        UUID person = withPhone(org, "Ana Weekly").id();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + person));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check-in calls"))
                    .click();
            page.getByLabel("Day").selectOption("TUESDAY");
            page.getByLabel("From").fill("14:00");
            page.getByLabel("Until").fill("13:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the calls"))
                    .click();
            assertThat(page.locator("#windowEnd-error")).hasText("The window ends after it starts");
            assertThat(page.getByLabel("From")).hasValue("14:00");
            page.getByLabel("Until").fill("15:30");
            page.getByLabel("How often").selectOption("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the calls"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Check-in calls saved.");
            assertThat(page.locator("#plan-now")).hasText("Every 2 weeks on Tuesday, 14:00 to 15:30");
            BrowserSupport.fitsTheScreen(page, 375);
            page.navigate(url("/people/" + person));
            assertThat(page.locator("main")).containsText("Every 2 weeks on Tuesday, 14:00 to 15:30");
        }
    }
}
