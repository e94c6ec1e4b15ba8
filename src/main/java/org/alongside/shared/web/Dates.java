package org.alongside.shared.web;

import com.ibm.icu.text.DateTimePatternGenerator;
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
 * The one way pages and documents write dates and times, per context and in the reader's language,
 * each in the form the language itself uses (CLDR, through ICU's pattern generator: never a hand
 * pattern): short with the weekday in lists ("Wed, Nov 25"; "mié, 25 nov"), in full in records
 * ("November 25, 2026"; "25 de noviembre de 2026"), and times as the locale writes them. Templates
 * call it as {@code ${@dates.list(d)}}.
 */
@Component("dates")
public class Dates {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    public String list(LocalDate date) {
        return date == null ? "" : skeleton("EEEMMMd").format(date);
    }

    /** The weekday, short: "Wed". */
    public String weekday(LocalDate date) {
        return date == null ? "" : skeleton("EEE").format(date);
    }

    /** A day as a heading: "Thursday, November 26"; "jueves, 26 de noviembre". */
    public String day(LocalDate date) {
        return date == null ? "" : skeleton("EEEEMMMMd").format(date);
    }

    /** A date in a record or a document, the locale's long form: "November 26, 2026"; "26 de noviembre de 2026". */
    public String record(LocalDate date) {
        return date == null
                ? ""
                : FORMATTERS
                        .computeIfAbsent(locale(), key -> new ConcurrentHashMap<>())
                        .computeIfAbsent(
                                "long",
                                key -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(locale()))
                        .format(date);
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

    /** The locale's own pattern for the fields of {@code skeleton} (CLDR's, as ICU generates it), made once. */
    private static DateTimeFormatter skeleton(String skeleton) {
        Locale locale = locale();
        return FORMATTERS
                .computeIfAbsent(locale, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(
                        skeleton,
                        key -> DateTimeFormatter.ofPattern(
                                DateTimePatternGenerator.getInstance(locale).getBestPattern(skeleton), locale));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
