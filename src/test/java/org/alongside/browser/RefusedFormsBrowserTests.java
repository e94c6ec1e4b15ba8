package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.directory.SmallDirectory;
import org.junit.jupiter.api.Test;

/**
 * Every kind of form, refused on a phone, comes back as it was typed with the message beside the
 * field that needs attention: a contact note, a plan goal, a new participant, a directory resource
 * and a referral (the one path in {@code shared.web.Forms}).
 */
@AlongsideTest
class RefusedFormsBrowserTests extends BrowserTest {

    /** Submits the form the field belongs to, with its first submit button. */
    private static void submitFormOf(Locator field) {
        field.locator("xpath=ancestor::form[1]")
                .locator("button[type=submit]")
                .first()
                .click();
    }

    @Test
    void eachRefusedFormKeepsWhatWasTypedWithTheMessageBesideTheField() {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String marker = "M" + UUID.randomUUID().toString().substring(0, 6);
        SmallDirectory directory = new SmallDirectory("Refused Forms Trust " + marker)
                .service("Rowan Pantry " + marker, "Groceries", "food", 30.0, 30.0, "RF1", "English", true, "always");
        directory.importInto(context);
        UUID service = directory.id("Rowan Pantry " + marker);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);

            // a contact note whose end comes before its start
            page.navigate(url("/people/" + person + "/notes"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write a note"))
                    .click();
            page.waitForLoadState();
            String story = "We walked to the library and talked about the job fair " + marker;
            page.getByLabel("What happened, and why it matters to their recovery")
                    .fill(story);
            page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))
                    .fill("11:00");
            page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill("10:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign note"))
                    .click();
            assertThat(page.locator("#endTime-error")).hasText("The end time is after the start time");
            assertThat(page.locator("#narrative")).hasValue(story);
            assertThat(page.locator("#startTime")).hasValue("11:00");
            BrowserSupport.fitsTheScreen(page, 375);

            // a plan goal with no dimension of wellness
            page.navigate(url("/people/" + person + "/plan"));
            Locator words = page.locator("#words");
            if (!words.isVisible()) {
                page.locator("details:has(#words) > summary").click();
            }
            words.fill("Walk to the library twice a week " + marker);
            page.locator("#targetDate").fill("2030-06-01");
            submitFormOf(words);
            assertThat(page.locator("#dimensions-error")).hasText("Choose at least one dimension of wellness");
            assertThat(page.locator("#words")).hasValue("Walk to the library twice a week " + marker);
            assertThat(page.locator("#targetDate")).hasValue("2030-06-01");
            BrowserSupport.fitsTheScreen(page, 375);

            // a referral with a follow-up in the past
            page.navigate(url("/referrals/new?service=" + service + "&for=" + person + "&need=food"));
            page.locator("#note").fill("Ask for Sam at the side door " + marker);
            page.locator("#followUp").fill(yesterday);
            submitFormOf(page.locator("#note"));
            assertThat(page.locator("#followUp-error")).hasText("A follow-up is today or later");
            assertThat(page.locator("#note")).hasValue("Ask for Sam at the side door " + marker);
            assertThat(page.locator("#followUp")).hasValue(yesterday);
            BrowserSupport.fitsTheScreen(page, 375);
        }

        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.admin().email(), Fixtures.PASSWORD);

            // a new participant born in the future
            page.navigate(url("/people/new"));
            page.locator("#preferredName").fill("Robin " + marker);
            page.locator("#pronouns").fill("she/her");
            page.locator("#dateOfBirth").fill("2090-01-01");
            submitFormOf(page.locator("#preferredName"));
            assertThat(page.locator("#dateOfBirth-error")).hasText("Enter a date of birth in the past");
            assertThat(page.locator("#preferredName")).hasValue("Robin " + marker);
            assertThat(page.locator("#pronouns")).hasValue("she/her");
            BrowserSupport.fitsTheScreen(page, 375);

            // a directory resource with an email address that is not one
            page.navigate(url("/admin/directory/services/new"));
            page.locator("#name").fill("Juniper Kitchen " + marker);
            page.locator("#organization").fill("Juniper Neighbours");
            page.locator("#email").fill("not an address");
            submitFormOf(page.locator("#name"));
            assertThat(page.locator("#email-error")).hasText("Write an email address like name@example.org");
            assertThat(page.locator("#name")).hasValue("Juniper Kitchen " + marker);
            assertThat(page.locator("#email")).hasValue("not an address");
            BrowserSupport.fitsTheScreen(page, 375);
        }
    }
}
