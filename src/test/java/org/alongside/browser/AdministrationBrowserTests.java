package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.staff.ProgramManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An administrator sets up a program, a peer worker and their supervision, then checks the audit trail. */
@AlongsideTest
class AdministrationBrowserTests extends BrowserTest {

    @Test
    void onAPhoneAWorkerSwitchesAlongsideToSpanishFromTheirAccount() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/account"));
            page.waitForLoadState();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Your account");
            Locator spanish = page.getByLabel("Español");
            assertThat(spanish).isVisible();
            Object height = spanish.locator("xpath=..").evaluate("e => e.getBoundingClientRect().height");
            assertThat(((Number) height).doubleValue())
                    .as("a choice a thumb can hit")
                    .isGreaterThanOrEqualTo(44);
            spanish.check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save language"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Alongside ahora le habla en español.");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Su cuenta");
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mis personas")))
                    .isVisible();
            BrowserSupport.fitsTheScreen(page, 375);
        }
    }

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {1280, 375})
    void anAdministratorSetsUpAProgramAWorkerAndSupervisionAndVerifiesTheTrail(int width) {
        Org org = new Fixtures(context).org();
        String program = "Northside Recovery Hub " + width + "-" + System.nanoTime();
        String worker = "Tamsin Achebe " + width;
        try (BrowserContext session = sessionAt(width)) {
            Page page = session.newPage();
            signIn(page, org.admin().email(), Fixtures.PASSWORD);

            page.navigate(url("/admin/programs"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add program"))
                    .click();
            assertThat(page.locator("#name-error")).hasText("Enter the program's name");
            page.getByLabel("Name").fill(program);
            page.getByLabel("Setting").selectOption(new SelectOption().setLabel("Recovery community organization"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add program"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Program created");
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(program)))
                    .isVisible();
            BrowserSupport.fitsTheScreen(page, width);

            page.navigate(url("/admin/staff/new"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();
            assertThat(page.locator("#email-error")).isVisible();
            assertThat(page.locator("#password-error")).hasText("Use at least 12 characters");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(worker);
            page.getByLabel("Email address").fill("tamsin." + width + "." + System.nanoTime() + "@test.example");
            page.getByLabel("First password").fill("a first password for Tamsin");
            page.getByLabel(program).check();
            // Also in the program the supervisor works in: a supervisor is assigned only to a worker who shares one.
            page.getByLabel(context.getBean(ProgramManagement.class)
                            .names(List.of(org.programId()))
                            .get(org.programId()))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Account created for " + worker);
            BrowserSupport.fitsTheScreen(page, width);

            page.navigate(url("/admin/supervision"));
            page.getByLabel("Peer worker").selectOption(new SelectOption().setLabel(worker));
            page.getByLabel(org.supervisorA().displayName() + "", new Page.GetByLabelOptions().setExact(false))
                    .first()
                    .check();
            page.getByLabel("Primary supervisor")
                    .selectOption(new SelectOption().setLabel(org.supervisorA().displayName()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save supervision"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Supervision saved");
            assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(worker)))
                    .containsText(org.supervisorA().displayName());
            BrowserSupport.fitsTheScreen(page, width);

            page.navigate(url("/admin/audit"));
            page.getByLabel("Action").selectOption("supervision.assign");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show records"))
                    .click();
            assertThat(page.locator("tbody tr").first()).containsText("Assigned supervision");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify now"))
                    .click();
            assertThat(page.locator("#verification")).containsText("The audit trail is intact");
            BrowserSupport.fitsTheScreen(page, width);
        }
    }

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {1280, 375})
    void theAuditTrailIsFilteredByAPersonsNameChosenAsItIsTyped(int width) {
        Org org = new Fixtures(context).org();
        String name = org.personOfA().details().preferredName();
        try (BrowserContext session = sessionAt(width)) {
            Page page = session.newPage();
            signIn(page, org.admin().email(), Fixtures.PASSWORD);
            page.navigate(url("/admin/audit"));
            page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true))
                    .fill("Nobody Like This");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show records"))
                    .click();
            assertThat(page.locator("#person-error")).containsText("No one you may see is called");

            page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true))
                    .fill(name.substring(0, 12));
            page.getByLabel(name).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show records"))
                    .click();
            Locator rows = page.locator("tbody tr");
            assertThat(rows.first()).containsText("Added a person");
            assertThat(rows.first()).containsText(name);
            assertThat(rows.filter(new Locator.FilterOptions()
                            .setHasText(org.personOfB().details().preferredName())))
                    .hasCount(0);
            BrowserSupport.fitsTheScreen(page, width);
        }
    }

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {1280, 375})
    void aResetPasswordMustBeReplacedByThePersonAtTheirNextSignIn(int width) {
        Org org = new Fixtures(context).org();
        try (BrowserContext adminSession = sessionAt(width);
                BrowserContext workerSession = sessionAt(width)) {
            Page admin = adminSession.newPage();
            signIn(admin, org.admin().email(), Fixtures.PASSWORD);
            admin.navigate(url("/admin/staff/" + org.workerB().id()));
            admin.getByLabel("New password").fill("short");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset password"))
                    .click();
            assertThat(admin.locator("#password-error")).hasText("Use at least 12 characters");
            admin.getByLabel("New password").fill("temporary pass phrase");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset password"))
                    .click();
            assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Password reset");

            Page worker = workerSession.newPage();
            signIn(worker, org.workerB().email(), "temporary pass phrase");
            assertThat(worker.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change your password")))
                    .isVisible();
            assertThat(worker.getByText("Please choose your own password before you continue."))
                    .isVisible();
            worker.navigate(url("/people"));
            assertThat(worker.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change your password")))
                    .isVisible();
            BrowserSupport.fitsTheScreen(worker, width);
            worker.getByLabel("Current password").fill("temporary pass phrase");
            worker.getByLabel("New password").fill("my own pass phrase now");
            worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                    .click();
            assertThat(worker.getByRole(AriaRole.STATUS)).containsText("Your password has been changed.");
            assertThat(worker.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My people")))
                    .isVisible();
        }
    }
}
