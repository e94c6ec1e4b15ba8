package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.NoteContent;
import org.alongside.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A contact note written on a phone: it saves itself, survives a reload, is signed, and gets an addendum. */
@AlongsideTest
class ContactNoteBrowserTests extends BrowserTest {

    /**
     * The page saves 0.8 s after typing stops; on a busy two-core machine the first saves of a
     * fresh server (templates compiled, the word list loaded) can take several seconds more.
     */
    private static final LocatorAssertions.ContainsTextOptions AUTOSAVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {375, 1280})
    void aNoteIsWrittenSavedAsADraftReloadedAndSignedFromTheParticipantPage(int width) {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(width)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact notes"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write a note"))
                    .click();
            page.waitForLoadState(); // htmx wires the autosave when the page has loaded

            page.getByLabel("What happened, and why it matters to their recovery")
                    .fill("We walked to the food bank. He said he was clean for a month.");
            assertThat(page.locator("#save-state")).containsText("Draft saved at", AUTOSAVE);
            assertThat(page.locator("#guide-narrative")).containsText("“clean”");
            assertThat(page.evaluate("() => document.getElementById('narrative').nextElementSibling.id"))
                    .as("the save status sits beside the field being typed")
                    .isEqualTo("save-state");
            assertThat(page.evaluate("() => document.getElementById('narrative')"
                            + ".compareDocumentPosition(document.getElementById('guide-narrative'))"))
                    .as("the language guide sits below the text box: the words being typed stay where they are")
                    .isEqualTo(4);
            page.getByLabel("In their own words (optional)").fill("I'm an addict and proud of how far I've come");
            assertThat(page.locator("#guide-narrative")).containsText("“clean”");

            assertThat(page.locator("#save-state")).containsText("Draft saved at", AUTOSAVE);
            page.reload();
            assertThat(page.getByLabel("In their own words (optional)"))
                    .hasValue("I'm an addict and proud of how far I've come");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My people"))
                    .click();
            assertThat(page.locator("ul.people li")
                            .filter(new Locator.FilterOptions()
                                    .setHasText(org.personOfA().details().preferredName()))
                            .locator(".reminder"))
                    .containsText("Note to finish");
            page.getByText(org.personOfA().details().preferredName()).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact notes"))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Continue the note")
                                    .setExact(false))
                    .click();
            page.waitForLoadState();
            assertThat(page.getByLabel("What happened, and why it matters to their recovery"))
                    .hasValue("We walked to the food bank. He said he was clean for a month.");
            assertThat(page.getByLabel("In their own words (optional)"))
                    .hasValue("I'm an addict and proud of how far I've come");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign note"))
                    .click();
            assertThat(page.locator("#before-signing")).containsText("Before you sign, the language guide suggests:");
            assertThat(page.locator("#before-signing")).containsText("“clean”");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign as written"))
                    .click();
            assertThat(page.locator("#mode-error")).hasText("Choose how the contact happened");
            assertThat(page.locator("#activities-error")).hasText("Choose at least one activity");
            BrowserSupport.fitsTheScreen(page, width);

            page.getByLabel("How you met").selectOption(new SelectOption().setLabel("Walk"));
            page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))
                    .fill("10:00");
            page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill("10:30");
            page.getByLabel("Sharing resources and building skills").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign note"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign as written"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Signed. The note is locked");
            // one success message, not two
            assertThat(page.locator("main .flash")).hasCount(1);
            assertThat(page.locator("#note-status")).containsText("Signed by Worker A");
            assertThat(page.locator("#units")).hasText("2 units of H0038");
            assertThat(page.locator("blockquote")).hasText("I'm an addict and proud of how far I've come");

            page.getByLabel("Add an addendum").fill("The food bank is open on Saturdays too.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add addendum"))
                    .click();
            assertThat(page.locator(".addendum")).containsText("The food bank is open on Saturdays too.");
            assertThat(page.locator("#narrative"))
                    .hasText("We walked to the food bank. He said he was clean for a month.");
            BrowserSupport.fitsTheScreen(page, width);
        }
        Integer units = context.getBean(JdbcClient.class)
                .sql("select units from contact_note where participant_id = :p and status = 'SIGNED'")
                .param("p", org.personOfA().id())
                .query(Integer.class)
                .single();
        assertThat(units).isEqualTo(2);
    }

    @Test
    void aSupervisorReturnsANoteFromTheQueueAndTheAuthorSeesTheComment() {
        Fixtures fixtures = new Fixtures(context);
        Org org = fixtures.org();
        context.getBean(StaffManagement.class)
                .requireCosign(org.admin().viewer(), org.workerA().id(), true);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id() + "/notes"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write a note"))
                    .click();
            page.waitForLoadState(); // htmx wires the autosave when the page has loaded
            page.getByLabel("Or minutes").fill("20");
            page.getByLabel("How you met").selectOption(new SelectOption().setLabel("Phone call"));
            page.getByLabel("Mentoring and setting goals").check();
            page.getByLabel("What happened, and why it matters to their recovery")
                    .fill("Talked through the week ahead.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign note"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("waits for your supervisor's co-sign");
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            openFromMenu(page, "Co-sign");
            page.getByText("Read the note").click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Open the note").setExact(false))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to author"))
                    .click();
            assertThat(page.locator("#comment-error")).hasText("Say what the author should look at again");
            page.getByLabel("Or return it to the author").fill("Add what the next step is.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to author"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Returned to the author");
            assertThat(page.getByText("Nothing is waiting for your co-sign.")).isVisible();
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id() + "/notes"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Continue the note")
                                    .setExact(false))
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("#returned-comment")).containsText("Add what the next step is.");
            page.getByLabel("Next steps (optional)").fill("Call on Monday about the bus pass.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign note"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("waits for your supervisor's co-sign");
        }
    }

    @Test
    void aSupervisorReadsEachWaitingNoteTicksItAndCoSignsThemTogether() {
        Org org = new Fixtures(context).org();
        context.getBean(StaffManagement.class)
                .requireCosign(org.admin().viewer(), org.workerA().id(), true);
        ContactNoteManagement notes = context.getBean(ContactNoteManagement.class);
        for (String words : List.of("Walked to the clinic together.", "Phoned about the housing form.")) {
            notes.writeSigned(
                    org.workerA().viewer(),
                    org.personOfA().id(),
                    new NoteContent(
                            LocalDate.now(),
                            null,
                            null,
                            30,
                            ContactMode.WALK,
                            null,
                            Set.of(Activity.SHARING_RESOURCES),
                            Set.of(),
                            List.of(),
                            words,
                            null,
                            null,
                            null));
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.navigate(url("/review"));
            Locator waiting = page.locator("article.waiting");
            assertThat(waiting).hasCount(2);
            assertThat(waiting.first()).containsText(org.personOfA().details().preferredName());
            assertThat(page.getByLabel("I have read this note and co-sign it").first())
                    .isHidden();
            for (int i = 0; i < 2; i++) {
                waiting.nth(i).getByText("Read the note").click();
                waiting.nth(i)
                        .getByLabel("I have read this note and co-sign it")
                        .check();
            }
            BrowserSupport.fitsTheScreen(page, 375);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Co-sign the ticked notes"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Co-signed 2 notes");
            assertThat(page.getByText("Nothing is waiting for your co-sign.")).isVisible();
        }
    }

    @Test
    void signingWithNoConnectionKeepsTheNoteSaysItIsNotSignedYetAndSignsWhenTheConnectionIsBack() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id() + "/notes"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write a note"))
                    .click();
            page.waitForLoadState();
            page.getByLabel("How you met").selectOption(new SelectOption().setLabel("Walk"));
            page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))
                    .fill("10:00");
            page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill("10:20");
            page.getByLabel("Sharing resources and building skills").check();
            page.getByLabel("What happened, and why it matters to their recovery")
                    .fill("Walked to the library to renew her card.");
            assertThat(page.locator("#save-state")).containsText("Draft saved at", AUTOSAVE);

            expectConsoleErrors("ERR_INTERNET_DISCONNECTED|htmx:sendError|htmx:afterRequest");
            session.setOffline(true);
            page.waitForFunction("() => !navigator.onLine"); // the phone knows it has no connection
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign note"))
                    .click();
            assertThat(page.locator("#not-signed")).isVisible();
            assertThat(page.locator("#not-signed")).containsText("Not signed yet: there is no connection.");
            assertThat(page.getByLabel("What happened, and why it matters to their recovery"))
                    .hasValue("Walked to the library to renew her card.");
            session.setOffline(false);
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Signed. The note is locked");
        }
    }

    @Test
    void whenThePhoneLosesItsConnectionTheWordsAreKeptAndSavedOnceItIsBack() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id() + "/notes"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write a note"))
                    .click();
            page.waitForLoadState(); // htmx wires the autosave when the page has loaded
            page.getByLabel("Next steps (optional)").fill("Bring the bus pass form");
            assertThat(page.locator("#save-state")).containsText("Draft saved at", AUTOSAVE);

            expectConsoleErrors("ERR_INTERNET_DISCONNECTED|htmx:sendError|htmx:afterRequest");
            session.setOffline(true);
            page.getByLabel("What happened, and why it matters to their recovery")
                    .fill("Met at the bus stop on Main Street.");
            assertThat(page.locator("#save-state")).containsText("No connection: not saved", AUTOSAVE);
            session.setOffline(false);
            assertThat(page.locator("#save-state")).containsText("Draft saved at", AUTOSAVE);
        }
        String narrative = context.getBean(JdbcClient.class)
                .sql("select narrative from contact_note where participant_id = :p")
                .param("p", org.personOfA().id())
                .query(String.class)
                .single();
        assertThat(narrative).isEqualTo("Met at the bus stop on Main Street.");
    }
}
