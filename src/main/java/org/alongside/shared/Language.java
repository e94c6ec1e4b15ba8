package org.alongside.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Alongside speaks: every text a person reads is in the message bundles for each. */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    private final String code;
    private final Locale locale;

    Language(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language a document for a person is written in, from the preferred language on their
     * record (free text, such as "Spanish", "Español" or "es"); English when Alongside does not speak it.
     */
    public static Language forDocumentsIn(String preferredLanguage) {
        if (preferredLanguage == null) {
            return ENGLISH;
        }
        String said = preferredLanguage.trim().toLowerCase(Locale.ROOT);
        if (said.equals("es") || said.startsWith("es-") || said.startsWith("span") || said.startsWith("espa")) {
            return SPANISH;
        }
        return ENGLISH;
    }

    /** The first of the browser's preferred languages that Alongside speaks, or English. */
    public static Language preferred(List<Locale> browserPreferences) {
        for (Locale locale : browserPreferences) {
            Optional<Language> spoken = ofCode(locale.getLanguage());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return ENGLISH;
    }
}
