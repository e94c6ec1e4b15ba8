package org.alongside.directory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS 3.0 tables as Open Referral's own data package descriptor defines them (bundled in
 * {@code hsds/3.0/datapackage.json}): each table's CSV file name, fields with their types, which
 * are required, and which refer to another table. Import, export and the database tables follow it,
 * so a field is spelt one way everywhere. The database table is the HSDS name with {@code hsds_} before it.
 */
public final class HsdsTables {

    /** A field's type as the descriptor gives it; uuid is a string with format uuid. */
    public enum Type {
        TEXT,
        UUID,
        NUMBER,
        DATE,
        DATETIME,
        /** HH:MM or HH:MM:SS, with Z or an offset from UTC when the source gives one: kept as written. */
        TIME
    }

    /** A field; {@code allowed} lists the only values it may hold, when HSDS names them (empty otherwise). */
    public record Field(String name, Type type, boolean required, List<String> allowed) {}

    public record Reference(String field, String table) {}

    public record Table(String name, String file, List<Field> fields, List<Reference> references) {

        public String sqlName() {
            return "hsds_" + name;
        }

        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    private static final HsdsTables STANDARD = load();

    private final Map<String, Table> tables;

    private HsdsTables(Map<String, Table> tables) {
        this.tables = tables;
    }

    public static HsdsTables standard() {
        return STANDARD;
    }

    /** In the order rows can be written so that every reference points to a row written before it. */
    public List<Table> all() {
        return List.copyOf(tables.values());
    }

    public Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("No HSDS table " + name);
        }
        return table;
    }

    public boolean has(String name) {
        return tables.containsKey(name);
    }

    public Optional<Table> byFile(String file) {
        return tables.values().stream().filter(t -> t.file().equals(file)).findFirst();
    }

    private static HsdsTables load() {
        try (InputStream in = HsdsTables.class.getResourceAsStream("/hsds/3.0/datapackage.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Table> byName = new LinkedHashMap<>();
            for (JsonNode resource : root.get("resources")) {
                List<Field> fields = new ArrayList<>();
                for (JsonNode field : resource.get("schema").get("fields")) {
                    List<String> allowed = new ArrayList<>();
                    field.path("constraints").path("enum").forEach(value -> allowed.add(value.asString()));
                    fields.add(new Field(
                            field.get("name").asString(),
                            type(field),
                            field.path("constraints").path("required").asBoolean(false),
                            List.copyOf(allowed)));
                }
                List<Reference> references = new ArrayList<>();
                for (JsonNode key : resource.get("schema").path("foreignKeys")) {
                    references.add(new Reference(
                            key.get("fields").asString(),
                            key.get("reference").get("resource").asString()));
                }
                String name = resource.get("name").asString();
                byName.put(name, new Table(name, resource.get("path").asString(), fields, references));
            }
            return new HsdsTables(ordered(byName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Type type(JsonNode field) {
        String format = field.path("format").asString("");
        return switch (field.get("type").asString()) {
            case "number" -> Type.NUMBER;
            case "date" -> Type.DATE;
            case "datetime" -> Type.DATETIME;
            case "time" -> Type.TIME;
            default -> format.equals("uuid") ? Type.UUID : Type.TEXT;
        };
    }

    /** Each table after the tables it refers to. */
    private static Map<String, Table> ordered(Map<String, Table> byName) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        for (Table table : byName.values()) {
            visit(table, byName, ordered);
        }
        return ordered;
    }

    private static void visit(Table table, Map<String, Table> byName, Map<String, Table> ordered) {
        if (ordered.containsKey(table.name())) {
            return;
        }
        for (Reference reference : table.references()) {
            if (!reference.table().equals(table.name())) {
                visit(byName.get(reference.table()), byName, ordered);
            }
        }
        ordered.put(table.name(), table);
    }
}
