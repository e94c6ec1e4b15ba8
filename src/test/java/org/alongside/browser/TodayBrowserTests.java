package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.staff.StaffManagement;
import org.junit.jupiter.api.Test;

/** The day on a phone: Today shows what is due, one tap leads to doing it, and done things leave Today. */
@AlongsideTest
class TodayBrowserTests extends BrowserTest {

    @Test
    void aPeerWorkerSignsInToAnOverdueFollowUpWritesTheNoteAndItLeavesToday() {
        Org org = new Fixtures(context).org();
        String name = org.personOfA().details().preferredName();
        context.getBean(ContactNoteManagement.class)
                .writeSigned(
                        org.workerA().viewer(),
                        org.personOfA().id(),
                        Fixtures.call(
                                LocalDate.now().minusDays(9), LocalDate.now().minusDays(2), "Call about the bus pass"));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Today");
            Locator overdue = page.locator("#part-overdue .item").filter(new Locator.FilterOptions().setHasText(name));
            assertThat(overdue).containsText("Call about the bus pass");
            BrowserSupport.fitsTheScreen(page, 375);

            overdue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Write a note"))
                    .click();
            page.waitForLoadState(); // htmx wires the autosave when the page has loaded
            page.getByLabel("Or minutes").fill("15");
            page.getByLabel("How you met").selectOption(new SelectOption().setLabel("Phone call"));
            page.getByLabel("Sharing resources and building skills").check();
            page.getByLabel("What happened, and why it matters to their recovery")
                    .fill("Called about the bus pass; the form is sent.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign note"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Signed");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Today").setExact(true))
                    .click();
            assertThat(page.locator("main")).not().containsText(name);
            assertThat(page.locator(".calm")).isVisible();
        }
    }

    @Test
    void aSupervisorCoSignsANoteFromTodayAndItLeavesToday() {
        Org org = new Fixtures(context).org();
        String name = org.personOfA().details().preferredName();
        context.getBean(StaffManagement.class)
                .requireCosign(org.admin().viewer(), org.workerA().id(), true);
        context.getBean(ContactNoteManagement.class)
                .writeSigned(org.workerA().viewer(), org.personOfA().id(), Fixtures.call(LocalDate.now(), null, null));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            Locator waiting = page.locator("#part-cosign .item");
            assertThat(waiting).hasCount(1);
            assertThat(waiting).containsText(name);
            assertThat(page.locator("#part-team")).containsText(org.workerA().displayName());

            waiting.getByRole(AriaRole.LINK).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Co-sign this note"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).isVisible();

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Today").setExact(true))
                    .click();
            assertThat(page.locator("#part-cosign")).hasCount(0);
            assertThat(page.locator("#part-team")).containsText(org.workerA().displayName());
        }
    }
}
