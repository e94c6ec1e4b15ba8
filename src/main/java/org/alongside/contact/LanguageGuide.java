package org.alongside.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Language;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points out words that stigmatise, with person-first alternatives. The list is data that
 * administrators extend. It only ever suggests: nothing is blocked or changed.
 */
@Service
public class LanguageGuide {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LanguageGuide(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A term in the word list, with the language it is a word of ("en" or "es"). */
    public record Term(String term, String suggestion, String language) {}

    /** A term found in a text: where, as written, and what to consider instead. */
    public record Suggestion(String found, int start, String term, String suggestion) {}

    @Transactional(readOnly = true)
    public List<Term> terms() {
        return jdbc.sql("select term, suggestion, language from language_term order by language, term")
                .query(Term.class)
                .list();
    }

    /** Whole words and phrases, any case; the longest term wins where terms overlap. */
    @Transactional(readOnly = true)
    public List<Suggestion> check(String text) {
        return checkAll(Map.of("text", text == null ? "" : text)).getOrDefault("text", List.of());
    }

    /**
     * Checks several texts against the word list in one pass each; returns only the texts (by
     * key) where something was found, in the given order.
     */
    public Map<String, List<Suggestion>> checkAll(Map<String, String> texts) {
        Map<String, List<Suggestion>> result = new LinkedHashMap<>();
        if (texts.values().stream().allMatch(t -> t == null || t.isBlank())) {
            return result;
        }
        Compiled list = compiled();
        texts.forEach((key, text) -> {
            List<Suggestion> found = list.find(text);
            if (!found.isEmpty()) {
                result.put(key, found);
            }
        });
        return result;
    }

    /**
     * The word list as one pattern, compiled once and kept for a minute (every note answered is
     * checked); an administrator's change on this node applies at once, on others within the minute.
     */
    private Compiled compiled() {
        Compiled held = compiled;
        if (held == null || held.at() < System.nanoTime() - KEEP_NANOS) {
            held = Compiled.of(terms());
            compiled = held;
        }
        return held;
    }

    /**
     * Whole words and phrases, any case, as one alternation with the longest terms first, so that
     * where terms overlap the longest one is named.
     */
    private record Compiled(Pattern pattern, Map<String, Term> byWords, long at) {

        static Compiled of(List<Term> terms) {
            List<Term> longestFirst = terms.stream()
                    .sorted(Comparator.comparingInt((Term t) -> t.term().length())
                            .reversed())
                    .toList();
            Map<String, Term> byWords = new HashMap<>();
            longestFirst.forEach(t -> byWords.putIfAbsent(t.term().toLowerCase(Locale.ROOT), t));
            String alternatives = longestFirst.isEmpty()
                    ? "(?!)"
                    : String.join(
                            "|",
                            longestFirst.stream()
                                    .map(t -> Pattern.quote(t.term()))
                                    .toList());
            return new Compiled(
                    Pattern.compile(
                            "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    byWords,
                    System.nanoTime());
        }

        List<Suggestion> find(String text) {
            List<Suggestion> found = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return found;
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Term term = byWords.get(m.group().toLowerCase(Locale.ROOT));
                if (term != null) {
                    found.add(new Suggestion(m.group(), m.start(), term.term(), term.suggestion()));
                }
            }
            return found;
        }
    }

    private static final long KEEP_NANOS = 60_000_000_000L;
    private volatile Compiled compiled;

    @Transactional
    public Term add(Viewer.StaffMember actor, String term, String suggestion, String language) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Administrators only");
        }
        String t = term == null ? "" : term.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 100) {
            throw new InvalidInputException("term", "Enter a word or phrase of 1 to 100 characters");
        }
        if (suggestion == null || suggestion.isBlank() || suggestion.length() > 300) {
            throw new InvalidInputException("suggestion", "Enter a person-first alternative of 1 to 300 characters");
        }
        String lang = language == null || language.isBlank() ? "en" : language.trim();
        if (Language.ofCode(lang).isEmpty()) {
            throw new InvalidInputException("language", "Choose English or Spanish");
        }
        jdbc.sql("""
                insert into language_term (term, suggestion, added_by, language) values (:t, :s, :by, :lang)
                on conflict (term) do update set suggestion = excluded.suggestion, added_by = excluded.added_by,
                    language = excluded.language
                """)
                .param("t", t)
                .param("lang", lang)
                .param("s", suggestion.trim())
                .param("by", actor.id())
                .update();
        // A term can be longer than a record id; the word list is not personal data, so it goes in the detail.
        audit.record(AuditEvent.of(actor.id(), ContactActions.LANGUAGE_TERM, "language-term", null)
                .withDetail("term=" + t));
        compiled = null;
        return new Term(t, suggestion.trim(), lang);
    }
}
