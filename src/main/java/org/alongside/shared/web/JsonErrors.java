package org.alongside.shared.web;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns a JSON parsing failure into a sentence a client developer can act on, without internals. */
final class JsonErrors {

    private JsonErrors() {}

    static String describe(HttpMessageNotReadableException ex) {
        Throwable cause = jackson(ex);
        Optional<String> field = field(ex);
        if (cause instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "'" + field.orElse("value") + "' must be one of: " + allowed;
        }
        if (cause instanceof InvalidNullException && field.isPresent()) {
            return "'" + field.get() + "' must not be null";
        }
        if (cause instanceof MismatchedInputException && field.isPresent()) {
            if (cause.getCause() instanceof DateTimeException) {
                return "'" + field.get() + "' must be a real date, like 2024-03-31";
            }
            return "'" + field.get() + "' has a value of the wrong type or format";
        }
        if (cause instanceof JacksonException) {
            return "The request body is not valid JSON";
        }
        return "The request body is missing or unreadable";
    }

    /** The outermost Jackson exception: it knows the path to the field that failed. */
    private static Throwable jackson(HttpMessageNotReadableException ex) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return t;
            }
        }
        return ex.getMostSpecificCause();
    }

    static Optional<String> field(HttpMessageNotReadableException ex) {
        if (jackson(ex) instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            String path = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return Optional.of(path.replace(".[", "["));
        }
        return Optional.empty();
    }
}
