package org.alongside.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages write dates and times, per context and in the reader's language: short with
 * the weekday in lists ("Wed 25 Nov"), in full in records ("25 November 2026"), and times as the
 * locale writes them (15:30, or 3:30 PM). Templates call it as {@code ${@dates.list(d)}}.
 */
@Component("dates")
public class Dates {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    public String list(LocalDate date) {
        return date == null ? "" : pattern("EEE d MMM").format(date);
    }

    /** The weekday, short: "Wed". */
    public String weekday(LocalDate date) {
        return date == null ? "" : pattern("EEE").format(date);
    }

    /** A day as a heading: "Thursday 26 November". */
    public String day(LocalDate date) {
        return date == null ? "" : pattern("EEEE d MMMM").format(date);
    }

    public String record(LocalDate date) {
        return date == null ? "" : pattern("d MMMM yyyy").format(date);
    }

    public String time(LocalTime time) {
        return time == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(time);
    }

    /** A moment in a record: "25 November 2026, 15:30". */
    public String moment(Instant at) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(ZONE);
        return record(local.toLocalDate()) + ", " + time(local.toLocalTime());
    }

    /** Formatters are made once per language and pattern: a list page writes dozens of dates. */
    private static final Map<Locale, Map<String, DateTimeFormatter>> FORMATTERS = new ConcurrentHashMap<>();

    private static DateTimeFormatter pattern(String pattern) {
        Locale locale = locale();
        return FORMATTERS
                .computeIfAbsent(locale, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, key -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
