package org.alongside.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alongside.directory.domain.HsdsTables.Field;
import org.alongside.shared.CsvCells;

/**
 * One HSDS field's value, read from the text of a file and written back: a uuid, a number, a date,
 * a date-time, a time of day, or text kept as it was written. A value that is not what its field
 * holds is refused with a reason a person can act on.
 */
public final class HsdsValues {

    /** A value that cannot be read as its field's type; the message names what was expected. */
    public static final class BadValue extends Exception {
        public BadValue(String reason) {
            super(reason);
        }
    }

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TIME_TEXT =
            Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?");
    /** Phone numbers and numbers may start with + or -: they cannot run as a formula. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-][0-9 ().\\-/]*");

    private HsdsValues() {}

    /** The value of {@code text} for the field; null for an empty cell. */
    public static Object read(Field field, String text) throws BadValue {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (field.type()) {
            case UUID -> uuid(text);
            case NUMBER -> number(text);
            case DATE -> date(text);
            case DATETIME -> dateTime(text);
            case TIME -> time(text);
            case TEXT -> text(text);
        };
    }

    /** The text a file holds for a value read by {@link #read}. */
    public static String write(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    /** Whether a spreadsheet would run this text as a formula (phone numbers like +1 555 0100 are not). */
    public static boolean formulaLike(String text) {
        return !CsvCells.neutralise(text).equals(text)
                && !NUMBER_LIKE.matcher(text.strip()).matches();
    }

    /** The local time of day of an HSDS time, without its offset. */
    public static LocalTime localTime(String time) {
        int end = time.length();
        for (int i = 5; i < time.length(); i++) {
            char c = time.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                end = i;
                break;
            }
        }
        return LocalTime.parse(time.substring(0, end));
    }

    private static UUID uuid(String text) throws BadValue {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new BadValue("Not an id: an HSDS id is a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6");
        }
        return UUID.fromString(text);
    }

    private static BigDecimal number(String text) throws BadValue {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new BadValue("Not a number: “" + shorten(text) + "”");
        }
    }

    private static LocalDate date(String text) throws BadValue {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadValue("Not a date: write it as YYYY-MM-DD, for example 2026-11-26");
        }
    }

    private static OffsetDateTime dateTime(String text) throws BadValue {
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadValue("Not a date and time with its offset, for example 2026-11-26T10:30:00Z");
        }
    }

    private static String time(String text) throws BadValue {
        if (!TIME_TEXT.matcher(text.strip()).matches()) {
            throw new BadValue("Not a time of day: write it as HH:MM, for example 09:30 or 17:00");
        }
        return text.strip();
    }

    private static String text(String text) throws BadValue {
        if (formulaLike(text)) {
            throw new BadValue(
                    "Starts like a spreadsheet formula (= + - @): refused so it can never run on a reader's computer");
        }
        return text;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "…" : text;
    }
}
