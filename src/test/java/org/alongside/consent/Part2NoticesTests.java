package org.alongside.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The §2.32 notice as shipped: dated, with its section and source, in both languages, full and abbreviated. */
class Part2NoticesTests {

    final Part2Notices notices = new Part2Notices(JsonMapper.builder().build());

    @Test
    void theNoticeInForceIsTheLatestThatTookEffectByThatDay() {
        Part2Notices.Notice now = notices.on(LocalDate.of(2026, 12, 8));
        assertThat(now.id()).isEqualTo("2024-04-16");
        assertThat(now.section()).isEqualTo("42 CFR §2.32(a)");
        assertThat(now.source()).startsWith("https://www.ecfr.gov/");
        assertThat(notices.on(LocalDate.of(2020, 1, 1)))
                .as("before any took effect: the first")
                .isEqualTo(now);
    }

    @Test
    void bothTextsSayWhatTheRuleRequiresInEnglishAndSpanish() {
        Part2Notices.Notice n = notices.on(LocalDate.of(2026, 12, 8));
        assertThat(n.full().in(Locale.ENGLISH))
                .startsWith("This record which has been disclosed to you is protected by Federal confidentiality rules")
                .contains("A general authorization for the release of medical or other information is NOT sufficient");
        assertThat(n.abbreviated().in(Locale.ENGLISH))
                .isEqualTo("42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
        assertThat(n.full().in(Locale.forLanguageTag("es")))
                .contains("42 CFR parte 2")
                .contains("rige el texto en inglés");
    }
}
