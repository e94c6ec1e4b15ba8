package org.alongside.outcomes.domain;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The pack format's JSON Schema ({@code instruments/pack.schema.json}, draft 2020-12) and its
 * errors as pack problems: a missing field, an answer without a value, named where they are.
 */
final class PackSchema {

    private static final Schema SCHEMA = load("/instruments/pack.schema.json");

    private PackSchema() {}

    static List<PackProblem> problems(JsonNode pack) {
        return SCHEMA.validate(pack).stream().map(PackSchema::schemaProblem).toList();
    }

    private static PackProblem schemaProblem(Error error) {
        String where = path(error.getInstanceLocation().toString());
        String property = error.getProperty() != null
                ? error.getProperty()
                : error.getArguments() != null && error.getArguments().length > 0
                        ? String.valueOf(error.getArguments()[0])
                        : "";
        if ("required".equals(error.getKeyword())) {
            return "value".equals(property) && where.contains("options")
                    ? PackProblem.of(where, "optionWithoutValue")
                    : PackProblem.of(where, "missing", property);
        }
        return PackProblem.of(where, "schema", error.getMessage());
    }

    /** A JSON pointer ("/items/0/options/1") as the pack's paths are written: {@code items[0].options[1]}. */
    static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.replaceFirst("^[$#]", "").split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.matches("\\d+")) {
                path.append('[').append(part).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".")
                        .append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private static Schema load(String resource) {
        try (InputStream in = InstrumentPacks.class.getResourceAsStream(resource)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
