package org.alongside.shared;

/**
 * A cell that a spreadsheet would read as a formula gets a leading apostrophe, so an export can
 * never run code on the reader's machine. A formula is a cell that starts with = + - @ | (or their
 * full-width forms), a tab or a carriage return, also when invisible characters (zero-width
 * spaces, joiners, byte-order marks, other format characters) or spaces stand before it.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@|\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFF5C";

    private CsvCells() {}

    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        int first = 0;
        while (first < text.length() && invisible(text.charAt(first))) {
            first++;
        }
        if (first < text.length() && TRIGGERS.indexOf(text.charAt(first)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static boolean invisible(char c) {
        return Character.getType(c) == Character.FORMAT || c == ' ' || c == '\u00A0' || c == '\u3000';
    }
}
