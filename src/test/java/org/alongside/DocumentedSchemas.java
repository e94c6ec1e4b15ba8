package org.alongside;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.Fixtures.Org;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading the API's own OpenAPI document in tests: following references, and building a request
 * body from the document alone (each field's documented example, or a plain value of its type, ids
 * from the test's organisation).
 */
final class DocumentedSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode doc;
    private final Org org;

    DocumentedSchemas(JsonNode doc, Org org) {
        this.doc = doc;
        this.org = org;
    }

    /** Every field of an object schema (or only those marked required) with its example or a plain value. */
    ObjectNode body(JsonNode schema, boolean requiredOnly) {
        JsonNode resolved = resolve(doc, schema);
        ObjectNode object = JSON.createObjectNode();
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(r -> required.add(r.asString()));
        // groups of which at least one field is required (x-one-of-required): a body sends the first of each
        resolved.path("x-one-of-required")
                .forEach(group -> required.add(group.get(0).asString()));
        for (Map.Entry<String, JsonNode> field : resolved.path("properties").properties()) {
            if (!requiredOnly || required.contains(field.getKey())) {
                object.set(field.getKey(), value(field.getValue(), field.getKey(), requiredOnly));
            }
        }
        return object;
    }

    private JsonNode value(JsonNode property, String name, boolean requiredOnly) {
        if (property.has("example")) {
            return example(property.get("example"));
        }
        JsonNode schema = resolve(doc, property);
        if (schema.has("example")) {
            return example(schema.get("example"));
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asString()
                : schema.path("type").asString();
        String format = schema.path("format").asString();
        if ("object".equals(type) || schema.has("properties")) {
            return body(schema, requiredOnly);
        }
        if ("array".equals(type)) {
            ArrayNode array = JSON.createArrayNode();
            if (schema.has("items")) {
                array.add(value(schema.get("items"), name.replaceAll("s$", ""), requiredOnly));
            }
            return array;
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return JSON.getNodeFactory().numberNode(1);
        }
        if ("boolean".equals(type)) {
            return JSON.getNodeFactory().booleanNode(false);
        }
        if ("uuid".equals(format)) {
            return JSON.getNodeFactory().stringNode(idFor(name, org).toString());
        }
        if ("date".equals(format)) {
            return JSON.getNodeFactory().stringNode(LocalDate.now().toString());
        }
        if (name.toLowerCase().contains("email")) {
            return JSON.getNodeFactory().stringNode("documented-" + UUID.randomUUID() + "@test.example");
        }
        return JSON.getNodeFactory().stringNode("Some words for " + name);
    }

    /** An example the document gives as a JSON text is read as JSON. */
    private static JsonNode example(JsonNode example) {
        if (example.isString()
                && (example.asString().startsWith("[") || example.asString().startsWith("{"))) {
            return JSON.readTree(example.asString());
        }
        return example;
    }

    /** The schema itself, after following {@code $ref}s within the document. */
    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = doc.at(current.get("$ref").asString().substring(1));
        }
        return current;
    }

    /** An id of the test's organisation that a UUID field of this name plausibly wants. */
    static UUID idFor(String fieldName, Org org) {
        String lower = fieldName.toLowerCase();
        if (lower.contains("program")) {
            return org.programId();
        }
        if (lower.contains("supervisor")) {
            return org.supervisorA().id();
        }
        if (lower.contains("worker")
                || lower.contains("facilitator")
                || lower.contains("supervisee")
                || lower.contains("owner")) {
            return org.workerA().id();
        }
        if (lower.contains("participant") || lower.contains("person")) {
            return org.personOfA().id();
        }
        if (lower.contains("service") && Fixtures.directoryService != null) {
            return Fixtures.directoryService;
        }
        return UUID.randomUUID();
    }
}
