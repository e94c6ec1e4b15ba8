package org.alongside.today.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.today.TodayItem;
import org.alongside.today.TodayItem.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

@AlongsideTest
class TodayLinesTests {

    @Autowired
    TodayLines lines;

    private final UUID person = UUID.randomUUID();

    @AfterEach
    void english() {
        LocaleContextHolder.resetLocaleContext();
    }

    private TodayItem call(String name) {
        return TodayItem.of(Section.CALLS, "today.call.due", "/people/" + person + "/check-in", "09:00–11:00")
                .about(person, name)
                .calling("555 0100", "5550100", "/people/" + person + "/calls", null, null);
    }

    @Test
    void aLineDrawnAgainWithTheSameWordsIsTheSameAndAChangedOneShowsItsChange() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String first = lines.of(call("Robin <b>"), "", true);

        assertThat(lines.of(call("Robin <b>"), "", true)).isSameAs(first);
        assertThat(first)
                .contains("Robin &lt;b&gt;")
                .contains("href=\"tel:5550100\"")
                .contains("formaction=\"/people/" + person + "/calls\" name=\"outcome\" value=\"NO_ANSWER\"")
                .contains("/people/" + person + "/check-in?outcome=REACHED#log-heading")
                .doesNotContain("call-later");
        assertThat(lines.of(call("Robin R."), "", true)).contains("Robin R.").doesNotContain("Robin &lt;b&gt;");
    }

    @Test
    void theSameLineInSpanishIsDrawnInSpanish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String english = lines.of(call("Robin"), "", true);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        String spanish = lines.of(call("Robin"), "", true);

        assertThat(english).contains(">No answer<");
        assertThat(spanish).isNotEqualTo(english).doesNotContain(">No answer<");
    }

    @Test
    void aFollowUpByPhoneFoldsItsUnansweredOutcomesAndHasNoReachedButton() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String line = lines.of(call("Robin"), "/app", false);

        assertThat(line)
                .contains("<details class=\"call-later item-call\">")
                .contains("formaction=\"/app/people/" + person + "/calls\"")
                .doesNotContain("outcome=REACHED")
                .doesNotContain("ASKED_TO_STOP");
    }
}
