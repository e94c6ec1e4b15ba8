package org.alongside.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Text from the message bundles in the reader's language: what controllers say (a saved message)
 * by key, and what the rules said (a field's error, a refused change) by its English words. The
 * rules keep writing plain English, which the API returns as it is; a page looks the sentence up
 * under {@code said.} and its words, with its numbers as arguments ("Use at most 200 characters"
 * is {@code said.use_at_most_n_characters} with 200), and shows the English when no translation
 * exists. {@code MessageBundleTests} holds every sentence the rules can say to a translation.
 */
@Component("texts")
public class Texts {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
    }

    /** A sentence a rule said, in the reader's language when the bundles translate it. */
    public String said(String english) {
        if (english == null || english.isBlank()) {
            return english;
        }
        List<Object> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(english);
        while (m.find()) {
            numbers.add(m.group());
        }
        return messages.getMessage(
                key(english), numbers.isEmpty() ? null : numbers.toArray(), english, LocaleContextHolder.getLocale());
    }

    /** The key a sentence is kept under: its words in lower case, numbers as n, joined by underscores. */
    public static String key(String english) {
        String words = NUMBER.matcher(english)
                .replaceAll("n")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_+|_+$", "");
        return "said." + words;
    }
}
