package org.alongside.consent;

import java.util.Locale;

/** Words kept as data in English and Spanish (a template's, or the §2.32 notice's). */
public record Words(String en, String es) {

    /** In the reader's language: Spanish for a Spanish reader, otherwise English. */
    public String in(Locale locale) {
        return "es".equals(locale.getLanguage()) ? es : en;
    }

    /** Whether either language is missing. */
    boolean incomplete() {
        return en == null || en.isBlank() || es == null || es.isBlank();
    }
}
