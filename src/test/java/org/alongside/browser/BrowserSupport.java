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

    /**
     * Every control on the page a thumb can hit: at least 44 x 44 px (WCAG 2.5.5), or 24 px tall
     * for a link inside a sentence. A checkbox or radio counts as its whole label row, which is
     * what the thumb taps. Answers the controls that are too small, described.
     */
    @SuppressWarnings("unchecked")
    static List<String> smallControls(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const small = [];
                  const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
                  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.name ? '[name=' + el.name + ']' : '') + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
                  const inSentence = el => ['inline', 'inline-block'].includes(getComputedStyle(el).display)
                    && Array.from(el.parentElement.childNodes).some(n => n !== el && n.textContent.trim().length > 1 && !(n.tagName === 'A'));
                  for (const el of document.querySelectorAll('main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary')) {
                    let box = el;
                    if (el.type === 'checkbox' || el.type === 'radio') { box = el.closest('label') || el; }
                    if (!visible(box)) continue;
                    const r = box.getBoundingClientRect();
                    const min = el.tagName === 'A' && inSentence(el) ? 24 : 44;
                    const minWidth = el.tagName === 'A' && inSentence(el) ? 0 : 44;
                    if (r.height < min - 0.5 || r.width < minWidth - 0.5) {
                      small.push(describe(el) + ' is ' + Math.round(r.width) + ' x ' + Math.round(r.height));
                    }
                  }
                  return small;
                }
                """);
    }

    static void controlsAreThumbSized(Page page) {
        Assertions.assertThat(smallControls(page))
                .as("controls under 44 x 44 px on " + page.url())
                .isEmpty();
    }

    /**
     * The list items of {@code ul.people} read as cards: each link is a block, and no piece of its
     * text is squeezed into a narrow column (wrapped onto several lines in less than half the card's
     * width). Answers the pieces that are, described.
     */
    @SuppressWarnings("unchecked")
    static List<String> squeezedCardText(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const squeezed = [];
                  document.querySelectorAll('ul.people > li > a').forEach(a => {
                    if (getComputedStyle(a).display !== 'block') squeezed.push('a card laid out as ' + getComputedStyle(a).display);
                    const width = a.getBoundingClientRect().width;
                    a.querySelectorAll('span').forEach(span => {
                      const r = span.getBoundingClientRect();
                      const line = parseFloat(getComputedStyle(span).lineHeight) || 24;
                      if (span.innerText.trim() && r.height > 1.6 * line && r.width < width / 2) {
                        squeezed.push('"' + span.innerText.trim().slice(0, 40) + '" in ' + Math.round(r.width) + ' px');
                      }
                    });
                  });
                  return squeezed;
                }
                """);
    }
}
