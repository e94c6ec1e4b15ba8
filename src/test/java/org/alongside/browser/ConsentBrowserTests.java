package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;

/**
 * Consents on a phone: the worker starts from the treatment, payment and operations template, reads
 * it with the person, is told beside the field what is missing (the signature) with everything
 * typed kept, saves it signed with a finger on the screen, and records the person's revocation in one
 * action.
 */
@AlongsideTest
class ConsentBrowserTests extends BrowserTest {

    @Test
    void aTpoConsentIsRecordedFromItsTemplateAndRevokedInOneAction() {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + person));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Consents: who outside the program may see what"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Consents");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Treatment, payment and operations (one consent for all three)"))
                    .click();
            assertThat(page.getByLabel("Everything in the record (never counseling notes)"))
                    .isChecked();
            assertThat(page.getByLabel("Kind of recipient")).hasValue("TREATMENT_PAYMENT_OPERATIONS");
            assertThat(page.getByLabel("Or ends when")).hasValue("When I leave the program");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();

            page.getByLabel("Why").fill("Treatment, payment, and health care operations, as I said");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the consent"))
                    .click();
            assertThat(page.locator("#signature-error")).hasText("The person signs: type their name or draw it");
            assertThat(page.getByLabel("Why")).hasValue("Treatment, payment, and health care operations, as I said");
            assertThat(page.getByLabel("Everything in the record (never counseling notes)"))
                    .isChecked();

            page.getByLabel("The person types their name").fill("Rosa Díaz");
            // and signs with a finger on the screen
            var pad = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Space to draw the signature"));
            pad.scrollIntoViewIfNeeded();
            var box = pad.boundingBox();
            page.mouse().move(box.x + 20, box.y + 80);
            page.mouse().down();
            page.mouse().move(box.x + 80, box.y + 40, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().move(box.x + 160, box.y + 100, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().up();
            assertThat(page.locator("input[name=signatureDrawing]"))
                    .hasValue(java.util.regex.Pattern.compile("^data:image/png;base64,.+"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the consent"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Consent saved.");
            assertThat(page.locator(".standing")).hasText("In force");
            assertThat(page.getByAltText("Signed on the screen by Rosa Díaz")).isVisible();
            assertThat(page.locator("img.signature"))
                    .hasAttribute("src", java.util.regex.Pattern.compile("^data:image/png;base64,"));
            assertThat(page.locator("dl.terms")).containsText("as I said");
            page.getByText("The notice that goes with every disclosure under this consent")
                    .click();
            assertThat(page.locator("details.card p").first())
                    .containsText("protected by Federal confidentiality rules (42 CFR part 2)");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke now"))
                    .click();
            assertThat(page.locator("#how-error"))
                    .hasText("Say how the person revoked it (for example: told me in person)");
            page.getByLabel("How the person revoked it").fill("Told me in person at the drop-in");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke now"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Consent revoked.");
            assertThat(page.locator(".standing")).hasText("Revoked");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke now")))
                    .hasCount(0);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Consents"))
                    .click();
            assertThat(page.locator("#given-heading + ul li")).containsText("Revoked");
        }
    }
}
