package org.alongside.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alongside.shared.web.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * English and Spanish say the same things: the same keys, no empty text, no key a template names
 * but no bundle holds, and no text in a template that is not from the bundles.
 */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

    @Test
    void englishAndSpanishHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("messages_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void noKeyIsWrittenTwiceInABundleWhereTheLaterWouldSilentlyWin() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_es.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<String> twice = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(RESOURCES.resolve(bundle))) {
                int equals = line.indexOf('=');
                if (!line.isBlank()
                        && !line.startsWith("#")
                        && equals > 0
                        && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals));
                }
            }
            assertThat(twice).as(bundle + ": keys written twice").isEmpty();
        }
    }

    @Test
    void noMessageIsEmptyInEitherLanguage() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_es.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as(bundle + ": keys with empty text")
                    .noneMatch(key -> messages.getProperty(key).isBlank());
        }
    }

    @Test
    void everyKeyATemplateNamesIsInBothBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = KEY_IN_TEMPLATE.matcher(Files.readString(template));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        assertThat(named).as("keys the templates use").isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(named);
        assertThat(load("messages_es.properties").stringPropertyNames()).containsAll(named);
    }

    /** Names and signs that read the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Alongside", "PDF", "988", "#");

    /** A literal in an expression that a person would read: words with a space, or a capitalised word. */
    private static final Pattern WORDS_IN_EXPRESSION = Pattern.compile("'([^'$#{}]*\\p{L}{2,}[^'$#{}]*)'");

    /**
     * Text someone reads: two words with a space between, or a capitalised word. Anything else in
     * a literal (an id prefix, a path, a CSS class, an enum name) is not read by anyone.
     */
    private static final Pattern READ = Pattern.compile(".*\\p{L}{2,}\\s+\\p{L}{2,}.*|\\p{Lu}\\p{Ll}+.*");

    /** CSS classes the templates choose between: two words, but not text. */
    private static final Set<String> CSS_CLASSES = Set.of("meta fact");

    @Test
    void everyTextAPersonReadsInATemplateComesFromTheBundles() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates
                    .filter(p -> p.toString().endsWith(".html"))
                    .sorted()
                    .toList()) {
                String name =
                        RESOURCES.resolve("templates").relativize(template).toString();
                Document page = Jsoup.parse(Files.readString(template));
                for (Element element : page.getAllElements()) {
                    if (replaced(element)) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        String words = text.text().strip();
                        if (words.matches(".*\\p{L}.*") && !SAME_IN_EVERY_LANGUAGE.contains(words)) {
                            outside.add(name + ": text “" + words + "”");
                        }
                    }
                    for (Attribute attribute : element.attributes()) {
                        String key = attribute.getKey();
                        if (List.of("aria-label", "title", "placeholder", "alt").contains(key)
                                && attribute.getValue().matches(".*\\p{L}.*")) {
                            outside.add(name + ": " + key + "=“" + attribute.getValue() + "”");
                        }
                        if (key.startsWith("th:")) {
                            Matcher literal = WORDS_IN_EXPRESSION.matcher(attribute.getValue());
                            while (literal.find()) {
                                String words = literal.group(1).strip();
                                if (READ.matcher(words).matches()
                                        && !CSS_CLASSES.contains(words)
                                        && !SAME_IN_EVERY_LANGUAGE.contains(words)) {
                                    outside.add(name + ": " + key + " says “" + words + "”");
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(outside)
                .as("text in templates that is not from the message bundles")
                .isEmpty();
    }

    /** A sentence a rule says, written out whole in the source: a field's error or a refused change. */
    private static final Pattern RULE_SAYS = Pattern.compile(
            "(?:InvalidInputException\\(\\s*[^;()]*?,\\s*|errors\\.put(?:IfAbsent)?\\(\\s*[^;]*?,\\s*|ConflictException\\(\\s*)"
                    + "\"((?:[^\"\\\\]|\\\\.)+)\"\\s*\\)",
            Pattern.DOTALL);

    @Test
    void everySentenceTheRulesSayHasASpanishTranslation() throws IOException {
        Set<String> said = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher sentence = RULE_SAYS.matcher(Files.readString(source));
                while (sentence.find()) {
                    said.add(sentence.group(1));
                }
            }
        }
        assertThat(said).as("sentences the rules say").hasSizeGreaterThan(100);
        Properties spanish = load("messages_es.properties");
        Properties english = load("messages.properties");
        assertThat(said.stream().filter(s -> !spanish.containsKey(Texts.key(s))).toList())
                .as("sentences without a Spanish translation")
                .isEmpty();
        assertThat(said.stream().filter(s -> !english.containsKey(Texts.key(s))).toList())
                .as("sentences without an English pattern")
                .isEmpty();
    }

    /** An element whose content the template replaces: what is written inside is only a sample. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute :
                    List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "sec:authentication")) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            if (e.tagName().equals("script") || e.tagName().equals("style")) {
                return true;
            }
        }
        return false;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
