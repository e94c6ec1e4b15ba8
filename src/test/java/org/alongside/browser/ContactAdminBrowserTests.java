package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;

/** An administrator extends the language guide and asks for a billing export, on a phone. */
@AlongsideTest
class ContactAdminBrowserTests extends BrowserTest {

    @Test
    void theWordListGrowsAndTheBillingFormNamesABadDateBesideTheField() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.admin().email(), Fixtures.PASSWORD);
            openFromMenu(page, "Language guide");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save term"))
                    .click();
            assertThat(page.locator("#term-error")).hasText("Enter a word or phrase of 1 to 100 characters");
            page.getByLabel("Word or phrase").fill("Frequent flyer");
            page.getByLabel("Person-first alternative").fill("person who visits often");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save term"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("“frequent flyer” is on the list.");
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("person who visits often")))
                    .isVisible();
            BrowserSupport.fitsTheScreen(page, 375);

            openFromMenu(page, "Billing");
            page.getByLabel("First day").fill("2026-03-01");
            page.getByLabel("Last day").fill("2026-02-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download CSV"))
                    .click();
            assertThat(page.locator("#to-error")).hasText("The last day is on or after the first, within a year");
            BrowserSupport.fitsTheScreen(page, 375);
        }
    }
}
