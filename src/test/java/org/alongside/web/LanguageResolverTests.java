package org.alongside.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.alongside.AlongsideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/** The language of one request: worked out once, and changed at once when the reader chooses another. */
@AlongsideTest
class LanguageResolverTests {

    @Autowired
    LocaleResolver resolver;

    @Test
    void theLanguageIsWorkedOutOnceForARequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addPreferredLocale(Locale.forLanguageTag("es-MX"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("es"));

        request.clearAttributes();
        request.addPreferredLocale(Locale.FRENCH);
        request.addPreferredLocale(Locale.ENGLISH);
        Locale first = resolver.resolveLocale(request);
        request.addPreferredLocale(Locale.forLanguageTag("es"));
        assertThat(resolver.resolveLocale(request))
                .as("asked again later in the same request, the answer is the one already given")
                .isSameAs(first)
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void choosingALanguageAppliesToTheRestOfTheSameRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addPreferredLocale(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);

        resolver.setLocale(request, new MockHttpServletResponse(), Locale.forLanguageTag("es"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(resolver.resolveLocale(new MockHttpServletRequest() {
                    {
                        setSession(request.getSession());
                        addPreferredLocale(Locale.ENGLISH);
                    }
                }))
                .as("and to the session's later requests")
                .isEqualTo(Locale.forLanguageTag("es"));
    }
}
