package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The crisis plan is written on a phone, shows 988, both plans download as PDFs holding the
 * person's words, and the person's record then lists both as having left the program.
 */
@AlongsideTest
class CrisisPlanBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {375, 1280})
    void theCrisisPlanIsWrittenAndBothPlansDownloadAsPdfs(int width) throws Exception {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(width)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Crisis plan"))
                    .click();
            assertThat(page.getByText("In a crisis, call or text 988")).isVisible();
            assertThat(page.locator(".calm")).containsText("Nothing is written");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write the plan"))
                    .click();
            page.getByLabel("What helps me").fill("Music, a hot shower, texting Ana");
            page.locator("#people-0-name").fill("Ana");
            page.locator("#people-0-phone").fill("not a number");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save crisis plan"))
                    .click();
            assertThat(page.locator("#people-0-phone-error")).containsText("Enter a phone number");
            page.locator("#people-0-phone").fill("555 0102");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save crisis plan"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Crisis plan saved.");
            // the read view: only what was written, the contact as call and text buttons
            assertThat(page.locator("section.written h2")).hasText(new String[] {"What helps me"});
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call Ana")))
                    .hasAttribute("href", "tel:5550102");
            assertThat(page.locator("textarea")).hasCount(0);
            BrowserSupport.fitsTheScreen(page, width);
            assertThat(pdfText(page, "My crisis plan (PDF)"))
                    .contains("988")
                    .contains("Music, a hot shower, texting Ana");

            page.navigate(url("/people/" + org.personOfA().id() + "/plan"));
            page.getByLabel("The goal in their words").fill("Play guitar with the Sunday group");
            page.locator("#new-goal").getByLabel("Social").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal"))
                    .click();
            // the goal is saved by htmx: wait until the plan shows it, or the download may race the save
            assertThat(page.locator("#main")
                            .getByText("Play guitar with the Sunday group")
                            .first())
                    .isVisible();
            assertThat(pdfText(page, "My recovery plan (PDF)")).contains("Play guitar with the Sunday group");

            // both copies left the program, and the person's record says so, to whom and why
            page.navigate(url("/people/" + org.personOfA().id() + "/record"));
            var shared = page.locator("section[aria-labelledby=disclosures-heading]");
            assertThat(shared.getByRole(AriaRole.HEADING)).hasText("What has left the program");
            assertThat(shared.locator("li")).hasCount(2);
            assertThat(shared.locator("li").first()).containsText("Recovery plan (PDF)");
            assertThat(shared.locator("li").last()).containsText("Crisis plan (PDF)");
            assertThat(shared).containsText("to the person, for their care");
            BrowserSupport.fitsTheScreen(page, width);
        }
    }

    private static String pdfText(Page page, String link) throws Exception {
        Download download =
                page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link))
                        .click());
        Path file = download.path();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
