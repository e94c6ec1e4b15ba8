package org.alongside.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Spanish say the same things: the same keys, no empty text, no key a template names but no bundle holds. */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

    @Test
    void englishAndSpanishHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("messages_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
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

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
