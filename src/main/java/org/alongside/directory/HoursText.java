package org.alongside.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.alongside.shared.web.Dates;
import org.alongside.shared.web.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A service's opening hours in words, in the language being written (a page's reader, or the
 * person a slip is printed for): "Mon, Wed 09:00–17:00", "2nd Monday of the month", "Open now ·
 * today 09:00–12:00". Templates reach it as {@code @hoursText}.
 */
@Component("hoursText")
public class HoursText {

    private final Texts texts;
    private final Dates dates;

    HoursText(Texts texts, Dates dates) {
        this.texts = texts;
        this.dates = dates;
    }

    /** One line of a service's hours: the days, then the times. */
    public String of(ServicePage.Hours hours) {
        Locale locale = LocaleContextHolder.getLocale();
        String days = hours.weekdays().stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(", "));
        if (hours.nth() != null && hours.weekdays().size() == 1) {
            days = texts.of(
                    "directory.nthOfMonth",
                    texts.of("directory.ordinal." + hours.nth()),
                    hours.weekdays().get(0).getDisplayName(TextStyle.FULL, locale));
        } else if (hours.weekdays().isEmpty() || hours.weekdays().size() == DayOfWeek.values().length) {
            days = texts.of("directory.everyDay");
        }
        return days + " " + span(hours.opens(), hours.closes());
    }

    /** Whether a search result is open now, and its hours today. */
    public String today(DirectorySearch.Result result) {
        String state = texts.of(result.openNow() ? "directory.openNow" : "directory.closedNow");
        if (result.hoursToday().isEmpty()) {
            return state + " · " + texts.of("directory.notToday");
        }
        return state + " · "
                + texts.of(
                        "directory.today",
                        result.hoursToday().stream()
                                .map(h -> span(h.opens(), h.closes()))
                                .collect(Collectors.joining(", ")));
    }

    private String span(LocalTime opens, LocalTime closes) {
        return dates.time(opens) + "–"
                + (closes.equals(LocalTime.MIDNIGHT) ? texts.of("directory.midnight") : dates.time(closes));
    }
}
