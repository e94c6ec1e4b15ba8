package org.alongside.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.DirectorySearch.Query;
import org.alongside.shared.web.Texts;

/**
 * The search page's address read as typed values, each one that is not in its form named with a
 * message for the form (a hand-edited or cut-off link, not something a person typed): the page then
 * shows the form with the message and searches nothing. Key {@code near} for the location, {@code
 * free} and {@code open} for the boxes, {@code page} and {@code for} above the form.
 */
record SearchAddress(Query query, UUID forPerson, Map<String, String> errors) {

    static SearchAddress read(
            Texts texts,
            String q,
            List<String> need,
            List<String> dimension,
            String language,
            String free,
            String open,
            String postcode,
            String lat,
            String lon,
            String page,
            String forPerson) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean isFree = flag(free, "free", texts, errors);
        boolean isOpen = flag(open, "open", texts, errors);
        Double latitude = number(lat, texts, errors);
        Double longitude = number(lon, texts, errors);
        int pageNumber = 1;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                errors.put("page", texts.of("directory.error.page"));
            }
        }
        UUID person = null;
        if (forPerson != null && !forPerson.isBlank()) {
            try {
                person = UUID.fromString(forPerson.strip());
            } catch (IllegalArgumentException e) {
                errors.put("for", texts.of("directory.error.person"));
            }
        }
        Query query =
                new Query(q, need, dimension, language, isFree, isOpen, postcode, latitude, longitude, pageNumber);
        return new SearchAddress(query, person, errors);
    }

    private static boolean flag(String value, String field, Texts texts, Map<String, String> errors) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on")) {
            return true;
        }
        errors.put(field, texts.of("directory.error.flag"));
        return false;
    }

    private static Double number(String value, Texts texts, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.put("near", texts.of("directory.error.location"));
        return null;
    }
}
