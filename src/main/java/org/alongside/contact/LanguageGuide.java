package org.alongside.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
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

    public record Term(String term, String suggestion) {
    }

    /** A term found in a text: where, as written, and what to consider instead. */
    public record Suggestion(String found, int start, String term, String suggestion) {
    }

    @Transactional(readOnly = true)
    public List<Term> terms() {
        return jdbc.sql("select term, suggestion from language_term order by term").query(Term.class).list();
    }

    /** Whole words and phrases, any case; the longest term wins where terms overlap. */
    @Transactional(readOnly = true)
    public List<Suggestion> check(String text) {
        return checkAll(Map.of("text", text == null ? "" : text)).getOrDefault("text", List.of());
    }

    /**
     * Checks several texts with one read of the word list and one compiled pattern per term;
     * returns only the texts (by key) where something was found, in the given order.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Suggestion>> checkAll(Map<String, String> texts) {
        Map<String, List<Suggestion>> result = new LinkedHashMap<>();
        if (texts.values().stream().allMatch(t -> t == null || t.isBlank())) {
            return result;
        }
        List<Map.Entry<Term, Pattern>> patterns = patterns();
        texts.forEach((key, text) -> {
            List<Suggestion> found = find(text, patterns);
            if (!found.isEmpty()) {
                result.put(key, found);
            }
        });
        return result;
    }

    /**
     * The word list compiled once and kept for a minute (every note answered is checked); an
     * administrator's change on this node applies at once, on other nodes within the minute.
     */
    private List<Map.Entry<Term, Pattern>> patterns() {
        Compiled held = compiled;
        if (held == null || held.at() < System.nanoTime() - KEEP_NANOS) {
            held = new Compiled(terms().stream()
                    .sorted(Comparator.comparingInt((Term t) -> t.term().length()).reversed())
                    .map(t -> Map.entry(t, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t.term())
                            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                    .toList(), System.nanoTime());
            compiled = held;
        }
        return held.patterns();
    }

    private record Compiled(List<Map.Entry<Term, Pattern>> patterns, long at) {
    }

    private static final long KEEP_NANOS = 60_000_000_000L;
    private volatile Compiled compiled;

    private static List<Suggestion> find(String text, List<Map.Entry<Term, Pattern>> patterns) {
        List<Suggestion> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        for (Map.Entry<Term, Pattern> entry : patterns) {
            Matcher m = entry.getValue().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean overlaps = found.stream().anyMatch(s -> start < s.start() + s.found().length() && s.start() < end);
                if (!overlaps) {
                    found.add(new Suggestion(m.group(), start, entry.getKey().term(), entry.getKey().suggestion()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Suggestion::start));
        return found;
    }

    @Transactional
    public Term add(CurrentUser actor, String term, String suggestion) {
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
        jdbc.sql("""
                insert into language_term (term, suggestion, added_by) values (:t, :s, :by)
                on conflict (term) do update set suggestion = excluded.suggestion, added_by = excluded.added_by
                """).param("t", t).param("s", suggestion.trim()).param("by", actor.id()).update();
        audit.record(AuditEvent.of(actor.id(), "language-guide.term", "language-term", t));
        compiled = null;
        return new Term(t, suggestion.trim());
    }
}
