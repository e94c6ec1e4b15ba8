package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.Language;
import org.alongside.staff.LanguagePreferences;
import org.alongside.workforce.Credentials;
import org.junit.jupiter.api.Test;

/**
 * A peer worker keeps their credential current from a phone: they log a training with its
 * certificate and watch what their renewal still needs change; their supervisor sees it on the
 * dashboard, at a desk and in Spanish.
 */
@AlongsideTest
class WorkforceBrowserTests extends BrowserTest {

    @Test
    void aWorkerLogsATrainingOnAPhoneAndWatchesTheirRenewalProgressChange() {
        Org org = new Fixtures(context).org();
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        context.getBean(Credentials.class)
                .add(
                        org.workerA().viewer(),
                        org.workerA().id(),
                        new Credentials.NewCredential(
                                "icrc-peer-recovery", null, null, "PR-77", today.minusMonths(14), null, null, null),
                        null);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/workforce"));
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName(org.workerA().displayName())))
                    .isVisible();
            assertThat(page.locator("article.credential .missing")).containsText("20 more hours by");
            assertThat(page.locator("article.credential .missing")).containsText("6 more ethics hours by");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a training"))
                    .click();
            page.getByLabel("What the training was").fill("Ethics and boundaries in peer work");
            page.getByLabel("Hours (at most 24 in a day)").fill("30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the training"))
                    .click();
            assertThat(page.locator("#hours-error")).hasText("Hours are more than 0 and at most 24 in a day");
            assertThat(page.getByLabel("What the training was")).hasValue("Ethics and boundaries in peer work");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();

            page.getByLabel("Hours (at most 24 in a day)").fill("6");
            page.getByLabel("Ethics", new Page.GetByLabelOptions().setExact(true))
                    .fill("4");
            page.getByLabel("The credentialing body approves this provider").check();
            page.getByLabel("Proof (a PDF, or a photo of the certificate as PNG or JPEG)")
                    .setInputFiles(new FilePayload(
                            "certificate.pdf",
                            "application/pdf",
                            "%PDF-1.4 certificate".getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the training"))
                    .click();
            assertThat(page.locator(".flash")).hasText("The training is saved.");
            assertThat(page.locator("article.credential .missing")).containsText("14 more hours by");
            assertThat(page.locator("article.credential .missing")).containsText("2 more ethics hours by");
            assertThat(page.locator("article.credential .progress-lines")).containsText("6 of 20 hours");
            assertThat(page.locator("li.training")).containsText("Ethics and boundaries in peer work");
            assertThat(page.locator("li.training")
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("See the proof")))
                    .isVisible();
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
        }
        context.getBean(LanguagePreferences.class).choose(org.supervisorA().viewer(), Language.SPANISH);
        try (BrowserContext session = sessionAt(1280)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.navigate(url("/workforce"));
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Credenciales y capacitación")))
                    .isVisible();
            assertThat(page.locator(".credential-row"))
                    .containsText(org.workerA().displayName());
            assertThat(page.locator(".credential-row .missing")).containsText("14 horas más antes del");
            assertThat(page.locator(".credential-row .missing")).containsText("2 horas más de ética antes del");
            assertThat(page.locator(".credential-row .progress-lines")).containsText("6 de 20 horas");
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/workforce/staff/" + org.workerA().id()));
            page.getByText("Withdraw this training").click();
            page.getByLabel("Why it is withdrawn").fill("   ");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw it"))
                    .click();
            assertThat(page.locator("li.training .error")).hasText("Say why the training is withdrawn");
            page.getByLabel("Why it is withdrawn").fill("Logged twice");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw it"))
                    .click();
            assertThat(page.locator(".flash")).containsText("The training is withdrawn.");
            assertThat(page.locator("li.training.withdrawn")).containsText("not counted: Logged twice");
            assertThat(page.locator("article.credential .progress-lines")).containsText("0 of 20 hours");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
        }
    }

    @Test
    void aWorkerRecordsTheirCredentialAndProfileOnAPhoneAndTheirSupervisorSeesTheDashboard() {
        Org org = new Fixtures(context).org();
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/workforce/staff/" + org.workerA().id() + "/credentials/new"));
            page.getByLabel("Credential", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("georgia-cps-mh");
            page.getByLabel("First certified on").fill(today.minusYears(2).toString());
            page.getByLabel("This certificate issued on")
                    .fill(today.minusDays(10).toString());
            page.getByLabel("Expires on").fill(today.minusDays(11).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the credential"))
                    .click();
            assertThat(page.locator("#expiresOn-error")).hasText("The expiry date comes after the date of issue");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            page.getByLabel("Expires on").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the credential"))
                    .click();
            assertThat(page.locator(".flash")).hasText("The credential is saved.");
            assertThat(page.locator("article.credential h3"))
                    .hasText("Georgia Certified Peer Specialist – Mental Health (CPS-MH)");
            assertThat(page.locator("article.credential .missing")).containsText("12 more hours by");
            assertThat(page.locator("article.credential .missing")).containsText("1 more ethics training by");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the profile"))
                    .click();
            page.getByLabel("Title").selectOption("recovery_coach");
            page.getByLabel("Substance use").check();
            page.getByLabel("Hours a week").fill("20");
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the profile"))
                    .click();
            assertThat(page.locator(".flash")).hasText("The profile is saved.");
            assertThat(page.locator("main")).containsText("Recovery coach");
            assertThat(page.locator("main")).containsText("Substance use");
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.navigate(url("/workforce"));
            assertThat(page.locator("#bucket-WITHIN_30, #bucket-WITHIN_60, #bucket-WITHIN_90, #bucket-LATER"))
                    .hasCount(1);
            assertThat(page.locator(".credential-row"))
                    .containsText(org.workerA().displayName());
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 px")
                    .isEmpty();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(org.workerA().displayName()))
                    .click();
            assertThat(page.locator("main")).containsText("Substance use");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a training")))
                    .hasCount(0);
        }
    }
}
