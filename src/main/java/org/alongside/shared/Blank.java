package org.alongside.shared;

/** The one rule for optional text: what a person left blank (or only spaces) is kept as nothing. */
public final class Blank {

    private Blank() {}

    /** The text without the spaces around it, or null when nothing is left. */
    public static String toNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
