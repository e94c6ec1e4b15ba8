package org.alongside.today.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alongside.shared.web.Dates;
import org.alongside.shared.web.Texts;
import org.alongside.today.TodayItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The lines of Today, drawn from {@code today/item.html} in the reader's words (a map of its texts
 * and addresses); an item the same as one drawn before in the same language is not drawn again. Today is read many times a day and changes a line or two at a
 * time, and drawing its lines was most of its cost (JFR: Thymeleaf's element processing was 59 % of
 * the application's samples with 20 calls on the page). The cache holds the last
 * {@code alongside.today.remembered-lines} lines drawn (4,096 by default, about 1.5 KB each; 0 draws
 * every line every time), in this process only.
 */
@Component
class TodayLines {

    private final Texts texts;
    private final Dates dates;
    private final ITemplateEngine templates;
    private final ConcurrentLruCache<Line, String> drawn;

    TodayLines(
            Texts texts,
            Dates dates,
            ITemplateEngine templates,
            @Value("${alongside.today.remembered-lines:4096}") int remembered) {
        this.texts = texts;
        this.dates = dates;
        this.templates = templates;
        this.drawn = new ConcurrentLruCache<>(remembered, this::draw);
    }

    /** A line in one language: all that its drawing depends on (the bundles' words do not change while running). */
    private record Line(Locale locale, TodayItem item, String root, boolean planned) {}

    /** The line's HTML; {@code root} is the application's context path, {@code planned} a call on the list. */
    String of(TodayItem item, String root, boolean planned) {
        return drawn.get(new Line(LocaleContextHolder.getLocale(), item, root, planned));
    }

    private String draw(Line line) {
        return templates.process(
                "today/item",
                Set.of("item"),
                new Context(line.locale(), Map.of("l", words(line.item(), line.root(), line.planned()))));
    }

    /**
     * Where the line leads ({@code href}), whose it is ({@code person}), what and when ({@code what},
     * {@code when}), what was agreed ({@code said}), the action ({@code action}, {@code actionLabel})
     * and the call ({@code dial}, its labels, {@code logUrl}, {@code planned} with {@code reachedUrl}
     * and {@code last}); a part it lacks is null (the template reads a map's entries directly, where a
     * record's properties go through a reflective lookup).
     */
    private Map<String, String> words(TodayItem item, String root, boolean planned) {
        Map<String, String> line = new HashMap<>(24);
        line.put("href", root + item.href());
        line.put("person", item.person());
        line.put("what", texts.of(item.label(), item.args().toArray()));
        line.put(
                "when",
                item.due() == null
                        ? null
                        : dates.list(item.due()) + (item.at() == null ? "" : " · " + dates.time(item.at())));
        line.put("said", item.said());
        line.put("action", item.action() == null ? null : root + item.action().url());
        line.put(
                "actionLabel",
                item.action() == null ? null : texts.of(item.action().label()));
        TodayItem.Call call = item.call();
        boolean logs = call != null && call.logUrl() != null;
        line.put("dial", call == null ? null : call.dialable());
        line.put("logUrl", logs ? root + call.logUrl() : null);
        line.put("planned", logs && planned ? "yes" : null);
        line.put("reachedUrl", logs && planned ? root + item.href() + "?outcome=REACHED#log-heading" : null);
        line.put("callAria", call == null || call.number() == null ? null : texts.of("phone.call", call.number()));
        line.put("textAria", call == null || call.number() == null ? null : texts.of("phone.textTo", call.number()));
        line.put(
                "last",
                call == null || call.lastOutcome() == null
                        ? null
                        : texts.of("today.call.last", texts.of(call.lastOutcome()), dates.list(call.lastOn())));
        return line;
    }
}
