package org.alongside.directory;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alongside.shared.ContactValues;
import org.springframework.stereotype.Component;

/** What a resource typed into its form must be before it is saved: every field's problem, named at once. */
@Component
public class ResourceRules {

    private final AlongsideTerms terms;

    ResourceRules(AlongsideTerms terms) {
        this.terms = terms;
    }

    /** What is wrong with the resource as typed, by field; empty when it can be saved. */
    public Map<String, String> problems(Resource r) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "organization", r.organization(), "Write the organisation's name");
        required(errors, "name", r.name(), "Write the service's name");
        longest(errors, "organization", r.organization(), 200);
        longest(errors, "name", r.name(), 200);
        longest(errors, "description", r.description(), 4000);
        if (r.phone() != null && !r.phone().isBlank() && !ContactValues.isWorkPhone(r.phone())) {
            errors.put("phone", ContactValues.WORK_PHONE_MESSAGE);
        }
        if (r.email() != null && !r.email().isBlank() && !r.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Write an email address like name@example.org");
        }
        if (r.url() != null && !r.url().isBlank() && !r.url().strip().matches("https?://\\S+")) {
            errors.put("url", "Write a web address starting with https://");
        }
        boolean anyAddress = present(r.street()) || present(r.city()) || present(r.region()) || present(r.postcode());
        if (anyAddress) {
            required(errors, "street", r.street(), "Write the street address, or leave the whole address empty");
            required(errors, "city", r.city(), "Write the city, or leave the whole address empty");
            required(errors, "region", r.region(), "Write the state, or leave the whole address empty");
            required(errors, "postcode", r.postcode(), "Write the postcode, or leave the whole address empty");
        }
        longest(errors, "postcode", r.postcode(), 12);
        if (r.latitude() != null && (r.latitude() < -90 || r.latitude() > 90)) {
            errors.put("latitude", "A latitude is between -90 and 90");
        }
        if (r.longitude() != null && (r.longitude() < -180 || r.longitude() > 180)) {
            errors.put("longitude", "A longitude is between -180 and 180");
        }
        if ((r.latitude() == null) != (r.longitude() == null)) {
            errors.put("longitude", "Give both latitude and longitude, or neither");
        }
        if (r.needs().isEmpty()) {
            errors.put("needs", "Choose at least one need this service meets");
        } else if (!terms.of("need").keySet().containsAll(r.needs())) {
            errors.put("needs", "Choose from the list");
        }
        if (!terms.of("dimension").keySet().containsAll(r.dimensions())) {
            errors.put("dimensions", "Choose from the list");
        }
        if (!Resource.LANGUAGES.containsAll(r.languages())) {
            errors.put("languages", "Choose from the list");
        }
        r.hours().forEach((day, span) -> {
            if (span.opens() == null || span.closes() == null) {
                errors.put("hours-" + day, "Give the time it opens and the time it closes, or neither");
            } else if (!span.closes().equals(LocalTime.MIDNIGHT)
                    && !span.closes().isAfter(span.opens())) {
                errors.put("hours-" + day, "It closes after it opens (00:00 for midnight)");
            }
        });
        return errors;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void required(Map<String, String> errors, String field, String value, String message) {
        if (!present(value)) {
            errors.putIfAbsent(field, message);
        }
    }

    private static void longest(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.putIfAbsent(field, "Use at most " + max + " characters");
        }
    }
}
