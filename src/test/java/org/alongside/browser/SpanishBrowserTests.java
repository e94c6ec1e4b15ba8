package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.Language;
import org.alongside.staff.LanguagePreferences;
import org.junit.jupiter.api.Test;

/** A peer worker who chose Spanish does the whole note journey in Spanish, from Today to a signed note. */
@AlongsideTest
class SpanishBrowserTests extends BrowserTest {

    @Test
    void aNoteIsWrittenAndSignedInSpanishFromToday() {
        Org org = new Fixtures(context).org();
        String name = org.personOfA().details().preferredName();
        context.getBean(LanguagePreferences.class).choose(org.workerA().viewer(), Language.SPANISH);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Hoy");
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            Locator notSeen = page.locator("#part-not_seen .item").filter(new Locator.FilterOptions().setHasText(name));
            assertThat(notSeen).containsText("Aún sin contacto");
            notSeen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Escribir una nota"))
                    .click();
            page.waitForLoadState(); // htmx wires the autosave when the page has loaded

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Borrador de nota");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Firmar la nota"))
                    .click();
            assertThat(page.locator("#mode-error")).hasText("Elija cómo fue el contacto");
            assertThat(page.locator("#activities-error")).hasText("Elija al menos una actividad");
            page.getByLabel("O minutos").fill("25");
            page.getByLabel("Cómo se encontraron").selectOption(new SelectOption().setLabel("Paseo"));
            page.getByLabel("Compartir recursos y desarrollar habilidades").check();
            page.getByLabel("Qué pasó y por qué importa para su recuperación")
                    .fill("Caminamos hasta el banco de alimentos y practicamos la ruta del autobús.");
            page.getByLabel("Con sus propias palabras (opcional)").fill("Hoy me sentí capaz.");
            BrowserSupport.fitsTheScreen(page, 375);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Firmar la nota"))
                    .click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Firmada. La nota queda bloqueada");
            assertThat(page.locator("#note-status"))
                    .containsText("Firmada por " + org.workerA().displayName());
            assertThat(page.locator("#units")).containsText("unidades de H0038");
            assertThat(page.locator("blockquote")).hasText("Hoy me sentí capaz.");
            BrowserSupport.fitsTheScreen(page, 375);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Hoy").setExact(true))
                    .click();
            assertThat(page.locator("main")).not().containsText(name);
        }
    }
}
