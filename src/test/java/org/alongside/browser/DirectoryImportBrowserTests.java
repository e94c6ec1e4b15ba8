package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.directory.DirectoryImportTests;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.junit.jupiter.api.Test;

/** On a phone, an administrator imports a data package and watches its progress bar end in the report. */
@AlongsideTest
class DirectoryImportBrowserTests extends BrowserTest {

    @Test
    void anAdministratorImportsADataPackageAndTheProgressBarEndsInTheReport() {
        CurrentUser admin =
                new Fixtures(context).account("dir-browser-" + System.nanoTime(), "Import Admin", Role.ADMIN);
        String org = UUID.randomUUID().toString();
        byte[] zip = DirectoryImportTests.zip(Map.of(
                "organizations.csv", "id,name,description\n" + org + ",Willow Trust,Made up\n",
                "services.csv",
                        "id,organization_id,name,status,minimum_age\n" + UUID.randomUUID() + "," + org
                                + ",Willow Pantry,active,\n" + UUID.randomUUID() + "," + org
                                + ",Willow Club,active,ten\n"));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, admin.email(), Fixtures.PASSWORD);
            page.navigate(url("/admin/directory"));
            page.waitForLoadState();
            BrowserSupport.fitsTheScreen(page, 375);
            assertThat(BrowserSupport.smallControls(page))
                    .as("controls under 44 x 44 px")
                    .isEmpty();
            page.getByLabel("File").setInputFiles(new FilePayload("willow.zip", "application/zip", zip));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Import").setExact(true))
                    .click();
            assertThat(page.locator("progress#bar")).isVisible();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Imported.");
            assertThat(page.locator("progress#bar")).hasAttribute("value", "100");
            assertThat(page.locator("table.stack").last()).containsText("minimum_age");
            BrowserSupport.fitsTheScreen(page, 375);
        }
    }
}
