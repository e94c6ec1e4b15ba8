package org.alongside.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** One Playwright and one Chromium per test class (the driver takes seconds to unpack); a fresh context per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Playwright playwright;
    private Browser browser;

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
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 800));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(Page page, String email, String password) {
        page.navigate(url("/signin"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }
}
