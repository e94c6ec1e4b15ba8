package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.recoveryplan.WellnessDimension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A self-check taken on a phone is drawn as a wellness wheel; two checks are compared. */
@AlongsideTest
class WellnessBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {375, 1280})
    void aSelfCheckIsDrawnAsAWheelAndComparedWithAnEarlierOne(int width) {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(width)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wellness self-check"))
                    .click();

            page.getByLabel("Date").fill(LocalDate.now().minusDays(14).toString());
            page.evaluate("() => { window.stillThisPage = true; }");
            rateAllBut(page, 4, WellnessDimension.SOCIAL);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save self-check"))
                    .click();
            assertThat(page.locator("#rating-SOCIAL-error")).hasText("Rate Social with a whole number from 0 to 10");
            assertThat(rating(page, WellnessDimension.PHYSICAL, 4)).isChecked();
            rating(page, WellnessDimension.SOCIAL, 3).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save self-check"))
                    .click();
            assertThat(page.locator("#wheel-section").getByRole(AriaRole.STATUS))
                    .containsText("Self-check saved.");
            assertThat(page.locator("#wheel")).isInViewport();
            wheelIsDrawn(page);
            assertThat(page.evaluate("() => window.stillThisPage === true"))
                    .as("the self-check saved without a full-page reload")
                    .isEqualTo(true);

            page.getByLabel("Date").fill(LocalDate.now().toString());
            rateAllBut(page, 4, WellnessDimension.SOCIAL);
            rating(page, WellnessDimension.SOCIAL, 7).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save self-check"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare"))
                    .click();
            assertThat(page.locator("main")).containsText("Grew: Social +4");
            wheelIsDrawn(page);
            BrowserSupport.fitsTheScreen(page, width);
        }
    }

    private static void rateAllBut(Page page, int value, WellnessDimension left) {
        for (WellnessDimension d : WellnessDimension.values()) {
            if (d != left) {
                rating(page, d, value).check();
            }
        }
    }

    /** One of the 0 to 10 segmented buttons of a dimension. */
    private static Locator rating(Page page, WellnessDimension d, int value) {
        return page.getByRole(
                AriaRole.RADIO,
                new Page.GetByRoleOptions().setName(d.label() + " " + value).setExact(true));
    }

    private static void wheelIsDrawn(Page page) {
        page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('wheel'))");
        Object points =
                page.evaluate("() => Chart.getChart(document.getElementById('wheel')).data.datasets[0].data.length");
        assertThat(((Number) points).intValue()).isEqualTo(8);
    }
}
