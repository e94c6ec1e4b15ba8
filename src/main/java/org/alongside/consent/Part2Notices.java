package org.alongside.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notice 42 CFR §2.32 requires with each disclosure made under a consent, kept as dated,
 * versioned data ({@code consent/notices/part2-notice.json}): the full statement and the abbreviated
 * one, with the regulation's section and source (the Spanish a courtesy translation; the English governs). The version in force on a day is the latest that
 * took effect by then; a rule change adds a version and never edits one.
 */
@Component
public class Part2Notices {

    /** One version of the notice. */
    public record Notice(
            String id, LocalDate effective, String section, String source, Words full, Words abbreviated) {}

    private record File(String comment, List<Notice> versions) {}

    private final List<Notice> versions;

    Part2Notices(JsonMapper json) {
        try (InputStream in = new ClassPathResource("consent/notices/part2-notice.json").getInputStream()) {
            File file = json.readValue(in, File.class);
            for (Notice n : file.versions()) {
                if (n.id() == null
                        || n.effective() == null
                        || n.section() == null
                        || n.full() == null
                        || n.abbreviated() == null
                        || n.full().incomplete()
                        || n.abbreviated().incomplete()) {
                    throw new IllegalStateException("The Part 2 notice version " + n.id()
                            + " needs an effective day, a section, and both texts in English and Spanish");
                }
            }
            this.versions = file.versions().stream()
                    .sorted(Comparator.comparing(Notice::effective))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version in force on this day (the first one before any took effect). */
    public Notice on(LocalDate day) {
        Notice found = versions.get(0);
        for (Notice n : versions) {
            if (!n.effective().isAfter(day)) {
                found = n;
            }
        }
        return found;
    }

    /** Every version, oldest first. */
    public List<Notice> versions() {
        return versions;
    }
}
