package org.alongside.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;

/** Debian's Chromium driven by Playwright; Playwright may not download browsers here. */
final class BrowserSupport {

    private BrowserSupport() {}

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** A page that fits its viewport: nothing makes the person scroll sideways. */
    static void fitsTheScreen(Page page, int width) {
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        Assertions.assertThat(((Number) scrollWidth).intValue())
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(width);
    }
}
