package org.alongside.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alongside.consent.domain.Consent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consent templates shipped as data ({@code consent/templates/*.json}): one consent for
 * treatment, payment and operations; one to share with a named outside service (what a referral
 * needs); one to tell a family member or supporter the things the person chooses. A template only
 * fills the form in the reader's language: the person and the worker read, change and complete it,
 * and the consent keeps the words as signed. A template missing a language or an element stops the
 * application at start, naming the file and what is missing.
 */
@Component
public class ConsentTemplates {

    /** A recipient as the template names it (an empty name is for the worker to fill in). */
    public record TemplateRecipient(Consent.Recipient.Kind kind, Words name) {}

    /** A template as shipped. */
    public record Template(
            String id,
            String version,
            Words title,
            Words discloser,
            boolean everything,
            List<Consent.Item> information,
            List<TemplateRecipient> recipients,
            Words purpose,
            Words revocation,
            Words expiryEvent,
            Integer expiresAfterDays) {}

    /** A template for the reader: its id and title. */
    public record Choice(String id, String title) {}

    private final Map<String, Template> templates;

    ConsentTemplates(JsonMapper json) {
        this.templates = load(json, "classpath:consent/templates/*.json");
    }

    /** The templates at {@code location}, each checked; refuses the first with a problem, naming its file. */
    static Map<String, Template> load(JsonMapper json, String location) {
        Map<String, Template> loaded = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
            java.util.Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Template t = json.readValue(in, Template.class);
                    List<String> problems = problems(t);
                    if (!problems.isEmpty()) {
                        throw new IllegalStateException(
                                "Consent template " + file.getFilename() + ": " + String.join("; ", problems));
                    }
                    if (loaded.put(t.id(), t) != null) {
                        throw new IllegalStateException(
                                "Consent template " + file.getFilename() + ": the id " + t.id() + " is taken");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(loaded);
    }

    static List<String> problems(Template t) {
        List<String> problems = new ArrayList<>();
        if (t.id() == null || !t.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add("an id of lower-case words joined by hyphens");
        }
        if (t.version() == null) {
            problems.add("a version");
        }
        both(problems, "title", t.title());
        both(problems, "discloser", t.discloser());
        both(problems, "purpose", t.purpose());
        both(problems, "revocation", t.revocation());
        if (!t.everything() && (t.information() == null || t.information().isEmpty())) {
            problems.add("the information it covers (or everything)");
        }
        if (t.recipients() == null || t.recipients().isEmpty()) {
            problems.add("at least one recipient");
        } else if (t.recipients().stream().anyMatch(r -> r.kind() == null || r.name() == null)) {
            problems.add("a kind and a name (empty to fill in) for each recipient");
        }
        if (t.expiryEvent() == null && t.expiresAfterDays() == null) {
            problems.add("an expiry event or a number of days");
        }
        if (t.expiryEvent() != null) {
            both(problems, "expiryEvent", t.expiryEvent());
        }
        return problems;
    }

    private static void both(List<String> problems, String field, Words words) {
        if (words == null || words.incomplete()) {
            problems.add(field + " in English and Spanish");
        }
    }

    /** The templates by title, in the reader's language. */
    public List<Choice> choices(Locale locale) {
        return templates.values().stream()
                .map(t -> new Choice(t.id(), t.title().in(locale)))
                .sorted(Comparator.comparing(Choice::id))
                .toList();
    }

    public Optional<Template> find(String id) {
        return Optional.ofNullable(id == null ? null : templates.get(id));
    }

    /**
     * The terms a template proposes, in the reader's language, for the person named, signed today
     * (the signature is theirs to give: left empty).
     */
    public Consent.Terms fill(Template t, String personName, Locale locale, LocalDate today) {
        return new Consent.Terms(
                t.id(),
                personName,
                t.discloser().in(locale),
                t.information() == null ? Set.of() : Set.copyOf(t.information()),
                t.everything(),
                null,
                t.recipients().stream()
                        .map(r -> new Consent.Recipient(r.kind(), r.name().in(locale), null))
                        .toList(),
                t.purpose().in(locale),
                t.revocation().in(locale),
                t.expiresAfterDays() == null ? null : today.plusDays(t.expiresAfterDays()),
                t.expiryEvent() == null ? null : t.expiryEvent().in(locale),
                null,
                today);
    }
}
