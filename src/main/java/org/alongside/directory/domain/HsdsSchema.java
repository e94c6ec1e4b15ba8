package org.alongside.directory.domain;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.alongside.directory.ImportProblem;
import org.alongside.directory.domain.HsdsRows.Source;
import tools.jackson.databind.JsonNode;

/**
 * Open Referral's JSON Schema for a dereferenced HSDS 3.0 service (bundled, with its licence, in
 * {@code hsds/3.0/service.json}), checked with a JSON Schema validator: imports are read through
 * it and exports are tested against it.
 */
public final class HsdsSchema {

    private static final HsdsSchema SERVICE = load("/hsds/3.0/service.json");

    private final Schema schema;

    private HsdsSchema(Schema schema) {
        this.schema = schema;
    }

    public static HsdsSchema service() {
        return SERVICE;
    }

    /** Each place where the document breaks the schema, as a problem of the given source. */
    public List<ImportProblem> problems(JsonNode document, Source source) {
        return schema.validate(document).stream()
                .map(error -> HsdsRows.problem(
                        source, "required".equals(error.getKeyword()) ? missing(error) : where(error), plain(error)))
                .toList();
    }

    /**
     * What is wrong, said as a person would say it rather than in JSON Schema's words ("string
     * found, number expected" becomes "Write a number here"); the field is named beside it.
     */
    static String plain(Error error) {
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "type" ->
                switch (arguments.length > 1 ? String.valueOf(arguments[1]) : "") {
                    case "integer" -> "Write a whole number here";
                    case "number" -> "Write a number here";
                    case "boolean" -> "Write true or false here";
                    case "array" -> "Give a list here";
                    case "object" -> "Give the details as a group of fields here";
                    default -> "Write text here";
                };
            case "required" -> "This required field is missing";
            case "format" ->
                "This is not written as HSDS expects: a date as year-month-day, a time as hours:minutes, a web or e-mail address in full";
            case "enum" -> "Choose one of the values HSDS allows here";
            case "minLength" -> "This is empty: write something or leave the field out";
            case "maxLength" -> "This is too long";
            case "minimum", "exclusiveMinimum" -> "This number is too small";
            case "maximum", "exclusiveMaximum" -> "This number is too large";
            case "pattern" -> "This is not in the form HSDS expects";
            case "additionalProperties", "unevaluatedProperties" -> "This field is not part of HSDS";
            default -> error.getMessage();
        };
    }

    /** The missing field's path: where the object is, and the property it lacks. */
    private static String missing(Error error) {
        String property = error.getProperty() != null
                ? error.getProperty()
                : (error.getArguments() != null && error.getArguments().length > 0
                        ? String.valueOf(error.getArguments()[0])
                        : null);
        String at = where(error);
        return at == null ? property : at + "." + property;
    }

    private static String where(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.isEmpty() || location.equals("$") ? null : location;
    }

    private static HsdsSchema load(String resource) {
        try (InputStream in = HsdsSchema.class.getResourceAsStream(resource)) {
            return new HsdsSchema(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
