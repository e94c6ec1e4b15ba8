package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.directory.SmallDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A peer worker's referral on a phone, from the person's page to "it helped": find food open now
 * near a postcode, open the service, refer the person, print the slip, walk the referral to
 * connected, and record that it helped, every page fitting 375 px with thumb-sized controls.
 */
@AlongsideTest
class ReferralBrowserTests extends BrowserTest {

    @Test
    void aWorkerFindsFoodOpenNowNearAPostcodeRefersThePersonPrintsTheSlipAndWalksItToHelped() throws IOException {
        Org org = new Fixtures(context).org();
        String postcode = "B" + (10000 + (int) (Math.random() * 89999));
        double lat = 10 + Math.random() * 20;
        new SmallDirectory("Aspen Neighbours")
                .service(
                        "Aspen Pantry",
                        "Free groceries, food for the week",
                        "food",
                        lat,
                        40.0,
                        postcode,
                        "English",
                        true,
                        "always")
                .service(
                        "Aspen Supper",
                        "A shared food evening",
                        "food",
                        lat + 0.01,
                        40.0,
                        postcode,
                        "English",
                        true,
                        "never")
                .importInto(context);
        String person = org.personOfA().details().preferredName();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All referrals"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find a service"))
                    .click();
            onAPhone(page);

            assertThat(page.locator("main")).containsText("Finding a service for " + person);
            page.getByLabel("What is the person looking for?").fill("food");
            page.getByLabel("Open now").check();
            page.getByLabel("Near a postcode").fill(postcode);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            assertThat(page.locator("#results")).containsText("Aspen Pantry");
            assertThat(page.locator("#results")).not().containsText("Aspen Supper");
            onAPhone(page);

            page.getByText("Aspen Pantry").first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aspen Pantry")))
                    .isVisible();
            onAPhone(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer " + person + " here"))
                    .click();

            assertThat(page.locator("main")).containsText(person);
            onAPhone(page);
            page.getByLabel("The need it is for").selectOption("food");
            page.getByLabel("I go with them").check();
            page.getByLabel("Note (optional)").fill("She would like to go on Friday morning");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the referral"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Referral to Aspen Pantry made.");
            assertThat(page.locator("#referral-status")).hasText("Suggested");
            onAPhone(page);

            String slip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print the slip"))
                    .getAttribute("href");
            APIResponse pdf = session.request().get(url(slip));
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(document))
                        .contains("Aspen Pantry")
                        .contains("555 0100");
            }

            step(page, "The person agreed to it", "Agreed by the person");
            step(page, "Contact made or an appointment set", "In progress");
            step(page, "The person got connected", "Connected");
            onAPhone(page);

            page.getByLabel("Yes").check();
            page.getByLabel("In their words (optional)").fill("I have food in the cupboard again");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Thank you for asking");
            assertThat(page.locator("main")).containsText("I have food in the cupboard again");
            onAPhone(page);
        }
    }

    private static void step(Page page, String step, String status) {
        page.getByLabel(step).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the step"))
                .click();
        assertThat(page.locator("#referral-status")).hasText(status);
    }

    private static void onAPhone(Page page) {
        page.waitForLoadState();
        BrowserSupport.fitsTheScreen(page, 375);
        assertThat(BrowserSupport.smallControls(page))
                .as("controls under 44 x 44 px on " + page.url())
                .isEmpty();
    }
}
