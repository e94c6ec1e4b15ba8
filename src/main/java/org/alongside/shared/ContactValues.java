package org.alongside.shared;

import java.util.regex.Pattern;

/** What passes as a phone number or an email address anywhere in Alongside, and the message when it does not. */
public final class ContactValues {

    public static final String PHONE_MESSAGE = "Enter a phone number using digits, spaces, + ( ) - or .";
    public static final String EMAIL_MESSAGE = "Enter an email address like name@example.org";
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-.\\s]{3,40}$");
    public static final String WORK_PHONE_MESSAGE = "Write a phone number with digits, spaces, + ( ) - and ext";
    private static final Pattern WORK_PHONE = Pattern.compile("[+]?[0-9 ().\\-]{3,30}( ?(x|ext\\.?) ?[0-9]{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private ContactValues() {}

    /** A phone number as people write them: 3 to 40 digits, spaces and + ( ) - . (surrounding spaces ignored). */
    public static boolean isPhone(String value) {
        return value != null && PHONE.matcher(value.trim()).matches();
    }

    /**
     * A number someone is reached on at work, where an extension is common: digits, spaces and
     * + ( ) - . with an optional "ext 12" or "x12" (surrounding spaces ignored).
     */
    public static boolean isWorkPhone(String value) {
        return value != null && WORK_PHONE.matcher(value.strip()).matches();
    }

    /**
     * The number as a {@code tel:} or {@code sms:} link needs it: the digits, with a leading + kept
     * ("(555) 010-2030" → "5550102030", "+1 555 0100" → "+15550100").
     */
    public static String dialable(String phone) {
        if (phone == null) {
            return "";
        }
        String trimmed = phone.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        return trimmed.startsWith("+") ? "+" + digits : digits;
    }

    /** Something@somewhere, no spaces (surrounding spaces ignored): the mail server decides the rest. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.trim()).matches();
    }
}
