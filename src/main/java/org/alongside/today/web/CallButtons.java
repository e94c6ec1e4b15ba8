package org.alongside.today.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The outcome buttons of a call on Today, drawn by Thymeleaf from {@code today/call-buttons.html}
 * once per language and then given each card's addresses: drawn per card, their nine elements were
 * most of what twenty calls added to the page's rendering.
 */
@Component
class CallButtons {

    private static final String REACHED = "__reached__";
    private static final String LOG = "__log__";

    private final ITemplateEngine templates;
    private final Map<Locale, Drawn> drawn = new ConcurrentHashMap<>();

    CallButtons(ITemplateEngine templates) {
        this.templates = templates;
    }

    private record Drawn(String outcomes, String later) {}

    /** A planned call's outcomes: Reached opens the person's call form, the others log in one tap. */
    String outcomes(String reachedUrl, String logUrl) {
        return drawn().outcomes()
                .replace(REACHED, HtmlUtils.htmlEscape(reachedUrl))
                .replace(LOG, HtmlUtils.htmlEscape(logUrl));
    }

    /** A follow-up's "log a call that did not reach them", folded. */
    String later(String logUrl) {
        return drawn().later().replace(LOG, HtmlUtils.htmlEscape(logUrl));
    }

    private Drawn drawn() {
        return drawn.computeIfAbsent(LocaleContextHolder.getLocale(), locale -> {
            Context context = new Context(locale);
            return new Drawn(
                    templates.process("today/call-buttons", Set.of("outcomes"), context),
                    templates.process("today/call-buttons", Set.of("later"), context));
        });
    }
}
