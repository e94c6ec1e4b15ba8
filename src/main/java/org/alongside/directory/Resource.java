package org.alongside.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A resource as its form shows it: a service with its organisation, one address, one phone, its
 * needs and wellness dimensions, languages, costs, what to bring, and its weekly opening hours.
 */
public record Resource(
        String organization,
        String name,
        String description,
        String status,
        String phone,
        String email,
        String url,
        String street,
        String city,
        String region,
        String postcode,
        Double latitude,
        Double longitude,
        List<String> needs,
        List<String> dimensions,
        List<String> languages,
        boolean free,
        String fees,
        String applicationProcess,
        String eligibility,
        List<String> documents,
        Map<DayOfWeek, Span> hours) {

    /** The statuses an administrator can set: HSDS's own. */
    public static final List<String> STATUSES = List.of("active", "temporarily closed", "inactive", "defunct");

    /** The languages offered as choices, by code; their names are written in the reader's language. */
    public static final List<String> LANGUAGES =
            List.of("en", "es", "zh", "vi", "ar", "ru", "ko", "fr", "ht", "pt", "tl", "asl");

    /** Opening and closing on one weekday; closing at 00:00 is midnight. */
    public record Span(LocalTime opens, LocalTime closes) {}

    public Resource {
        needs = needs == null ? List.of() : List.copyOf(needs);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        languages = languages == null ? List.of() : List.copyOf(languages);
        documents = documents == null ? List.of() : List.copyOf(documents);
        hours = hours == null ? Map.of() : Map.copyOf(hours);
    }

    /** What to bring, one per line, as the form's text box holds it. */
    public String documentLines() {
        return String.join("\n", documents);
    }

    /** A blank form for a new resource. */
    public static Resource blank() {
        return new Resource(
                null, null, null, "active", null, null, null, null, null, null, null, null, null, null, null, null,
                false, null, null, null, null, null);
    }
}
