package org.alongside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * One Playwright and one Chromium per test class (the driver takes seconds to unpack); a fresh
 * context per test. Every page any browser test visits is watched: a console error or an uncaught
 * script error fails the test (a test that cuts the connection on purpose may expect the network
 * errors that follow).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Playwright playwright;
    private Browser browser;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private Pattern expectedErrors;

    @BeforeAll
    void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.chromium(playwright);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        playwright.close();
    }

    BrowserContext sessionAt(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 800));
        // a shared two-core machine running the whole suite can take longer than Playwright's 30 s
        // for the first page of a cold browser; a wait that never ends still fails, later
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(60_000);
        context.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.page().url() + ": " + message.text());
            }
        });
        context.onWebError(error -> consoleErrors.add("uncaught: " + error.error()));
        return context;
    }

    /**
     * Opens a place from the main menu as the reader would: the header's link on a wide screen; on
     * a phone, the bottom bar's link, or More and then the link.
     */
    void openFromMenu(Page page, String place) {
        com.microsoft.playwright.Locator link = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(place).setExact(true));
        if (link.count() == 0) {
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("More").setExact(true))
                    .click();
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(place).setExact(true))
                .first()
                .click();
    }

    /** Signs out from the menu: the header on a wide screen, More on a phone. */
    void signOutFromMenu(Page page) {
        java.util.regex.Pattern signOut = java.util.regex.Pattern.compile("^Sign out");
        if (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(signOut))
                        .count()
                == 0) {
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("More").setExact(true))
                    .click();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(signOut))
                .click();
    }

    /** The connection is cut on purpose: the network errors that follow are expected. */
    void expectConsoleErrors(String pattern) {
        expectedErrors = Pattern.compile(pattern);
    }

    @BeforeEach
    void noConsoleErrorsYet() {
        consoleErrors.clear();
        expectedErrors = null;
    }

    @AfterEach
    void noPageLoggedAnError() {
        List<String> unexpected = consoleErrors.stream()
                .filter(error ->
                        expectedErrors == null || !expectedErrors.matcher(error).find())
                .toList();
        assertThat(unexpected)
                .as("console errors on the pages this test visited")
                .isEmpty();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(Page page, String email, String password) {
        page.navigate(url("/signin"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(password);
        // wait for the sign-in's answer (its session cookie), so a navigation right after is signed in
        page.waitForResponse(
                response -> response.url().endsWith("/signin")
                        && "POST".equals(response.request().method()),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                        .click());
    }
}
