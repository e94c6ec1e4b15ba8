package org.alongside.shared;

/**
 * A cell that a spreadsheet would read as a formula (starting with = + - @, tab or carriage return)
 * gets a leading apostrophe, so an export can never run code on the reader's machine.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
