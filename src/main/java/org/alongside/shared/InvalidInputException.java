package org.alongside.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule, with one message per field. Nothing was saved. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Some fields need attention: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return Map.copyOf(fieldErrors);
    }
}
