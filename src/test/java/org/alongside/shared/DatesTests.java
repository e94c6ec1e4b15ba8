package org.alongside.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.alongside.shared.web.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Dates in each language's own long and short forms: Spanish with "de", never a pattern made by hand. */
class DatesTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    final Dates dates = new Dates();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void spanishDatesSayDeWhereTheLanguageDoes() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(dates.record(DAY)).isEqualTo("7 de diciembre de 2026");
        assertThat(dates.day(DAY)).isEqualTo("lunes, 7 de diciembre");
        assertThat(dates.list(DAY)).startsWith("lun").contains("7").contains("dic");
    }

    @Test
    void englishDatesAreWrittenTheAmericanWay() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en"));
        assertThat(dates.record(DAY)).isEqualTo("December 7, 2026");
        assertThat(dates.day(DAY)).isEqualTo("Monday, December 7");
        assertThat(dates.list(DAY)).isEqualTo("Mon, Dec 7");
    }
}
