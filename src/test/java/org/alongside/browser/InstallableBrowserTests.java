package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alongside.AlongsideTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@AlongsideTest
class InstallableBrowserTests extends BrowserTest {

    @Test
    void onAPhoneWithoutAConnectionAlongsideSaysSoAndOffersTheCrisisLine() {
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            page.navigate(url("/signin"));
            Object controlled = page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
            Assertions.assertThat(controlled).isEqualTo(true);
            Object manifest = page.evaluate(
                    "() => fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json()).then(m => m.display + ' ' + m.start_url)");
            Assertions.assertThat(manifest).isEqualTo("standalone /");
            Object icons = page.evaluate("""
                    () => fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json())
                      .then(m => Promise.all(m.icons.filter(i => i.type === 'image/png').map(i =>
                        fetch(i.src).then(r => r.blob()).then(b => createImageBitmap(b))
                          .then(img => i.purpose + ' ' + i.sizes + ' ' + img.width + 'x' + img.height))))""");
            Assertions.assertThat(icons)
                    .as("PNG icons the size they say, one maskable: what Android and the stores ask for")
                    .asList()
                    .containsExactly("any 192x192 192x192", "any 512x512 512x512", "maskable 512x512 512x512");
            Object apple = page.evaluate("""
                    () => fetch(document.querySelector('link[rel=apple-touch-icon]').href).then(r => r.blob())
                      .then(b => createImageBitmap(b)).then(img => img.width + 'x' + img.height)""");
            Assertions.assertThat(apple).as("an iPhone's home-screen icon").isEqualTo("180x180");

            expectConsoleErrors("ERR_INTERNET_DISCONNECTED|Failed to fetch|FetchEvent");
            session.setOffline(true);
            page.navigate(url("/people"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("No connection");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 988")))
                    .hasAttribute("href", "tel:988");
            session.setOffline(false);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again"))
                    .click();
            assertThat(page).hasTitle("Sign in · Alongside");
        }
    }
}
