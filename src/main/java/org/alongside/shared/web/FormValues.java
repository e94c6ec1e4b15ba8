package org.alongside.shared.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;

/**
 * Reads typed values out of form text. A value that cannot be read adds a message for its field
 * to {@code errors} and yields null, so a form can show every problem at once.
 */
public final class FormValues {

    private FormValues() {}

    public static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a real date, like 2024-03-31");
            return null;
        }
    }

    public static LocalTime time(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a time of day, like 14:30");
            return null;
        }
    }

    /** A whole number typed into a form; anything else is "Enter a whole number". */
    public static Integer integer(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a whole number");
            return null;
        }
    }

    public static UUID uuid(String value, String field, String message, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** An enum constant chosen from a list; a value not on the list gets "Choose from the list". */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Choose from the list");
            return null;
        }
    }

    /** The version a change is based on, which every versioned write must send. */
    public static long requiredVersion(Long version, String what) {
        if (version == null) {
            throw new InvalidInputException(
                    "version", "Send the version of the " + what + " you are changing (0 for a new one)");
        }
        return version;
    }
}
