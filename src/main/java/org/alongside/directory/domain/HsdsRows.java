package org.alongside.directory.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.ImportProblem;
import org.alongside.directory.domain.HsdsTables.Field;
import org.alongside.directory.domain.HsdsTables.Table;

/**
 * Rows of HSDS tables on their way in or out: each row's fields as typed values (see
 * {@link HsdsValues}), keyed by table and id, with where each row came from so a problem can name
 * the file and row. Rows that break a rule of their own are refused here, one problem each.
 */
public final class HsdsRows {

    /** Where a row came from: a CSV file and its line, or a JSON document and the path to the object. */
    public record Source(String file, int row) {}

    public record Row(Table table, Map<String, Object> values, Source source) {

        public UUID id() {
            return (UUID) values.get("id");
        }

        public Object get(String field) {
            return values.get(field);
        }
    }

    private final Map<String, Map<UUID, Row>> tables = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Map<UUID, Source>> refused = new LinkedHashMap<>();

    public HsdsRows() {
        for (Table table : HsdsTables.standard().all()) {
            tables.put(table.name(), new LinkedHashMap<>());
        }
    }

    /**
     * Adds a row if it keeps the rules a row keeps on its own (required fields, the service's
     * status, a schedule's opening before its closing, an id not seen before in the same table);
     * otherwise records why it was refused. Answers whether it was added.
     */
    public boolean add(Table table, Map<String, Object> values, Source source) {
        List<ImportProblem> found = new ArrayList<>();
        for (Field field : table.fields()) {
            Object value = values.get(field.name());
            if (field.required() && value == null) {
                found.add(problem(source, field.name(), "Required, and empty"));
            }
            if (value != null && !field.allowed().isEmpty() && !field.allowed().contains(value)) {
                found.add(problem(
                        source,
                        field.name(),
                        "“" + value + "” is not one of HSDS's values: " + String.join(", ", field.allowed())));
            }
        }
        if (table.name().equals("attribute")
                && values.get("link_entity") instanceof String entity
                && !HsdsTables.standard().has(entity)) {
            found.add(problem(
                    source, "link_entity", "“" + entity + "” is not an HSDS table, such as service or organization"));
        }
        if (table.name().equals("schedule")) {
            ScheduleHours.problems(values).forEach((field, reason) -> found.add(problem(source, field, reason)));
        }
        Row earlier =
                values.get("id") instanceof UUID id ? tables.get(table.name()).get(id) : null;
        if (earlier != null) {
            found.add(problem(
                    source,
                    "id",
                    "The same id as " + earlier.source().file() + " row "
                            + earlier.source().row()));
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            if (earlier == null && values.get("id") instanceof UUID id) {
                refused.computeIfAbsent(table.name(), t -> new LinkedHashMap<>())
                        .put(id, source);
            }
            return false;
        }
        tables.get(table.name()).put((UUID) values.get("id"), new Row(table, values, source));
        return true;
    }

    public static ImportProblem problem(Source source, String field, String reason) {
        return new ImportProblem(source.file(), source.row(), field, reason);
    }

    public void refuse(ImportProblem problem) {
        problems.add(problem);
    }

    /** Refuses a row that could not be read, remembering its id (when it had one) for rows that refer to it. */
    public void refuse(Table table, Object id, Source source, List<ImportProblem> why) {
        problems.addAll(why);
        if (id instanceof UUID uuid && !tables.get(table.name()).containsKey(uuid)) {
            refused.computeIfAbsent(table.name(), t -> new LinkedHashMap<>()).putIfAbsent(uuid, source);
        }
    }

    public Collection<Row> of(String table) {
        return tables.get(table).values();
    }

    public Row find(String table, UUID id) {
        return tables.get(table).get(id);
    }

    /**
     * Adds a row found inside a JSON document, where the same object may appear more than once (an
     * organisation under each of its services): a row seen before takes the fields it lacked, and
     * is refused only when the two disagree on a field.
     */
    public void merge(Table table, Map<String, Object> values, Source source) {
        Row earlier =
                values.get("id") instanceof UUID id ? tables.get(table.name()).get(id) : null;
        if (earlier == null) {
            add(table, values, source);
            return;
        }
        for (var entry : values.entrySet()) {
            Object before = earlier.values().get(entry.getKey());
            if (before == null) {
                earlier.values().put(entry.getKey(), entry.getValue());
            } else if (entry.getValue() != null && !before.equals(entry.getValue())) {
                problems.add(problem(
                        source,
                        entry.getKey(),
                        "The same " + table.name() + " (" + earlier.id() + ") appears with a different "
                                + entry.getKey() + " earlier in the file"));
            }
        }
    }

    /** Takes back a row that was added, for a reason found later (a reference to a refused row). */
    public void refuse(Row row, String field, String reason) {
        tables.get(row.table().name()).remove(row.id());
        refused.computeIfAbsent(row.table().name(), t -> new LinkedHashMap<>()).put(row.id(), row.source());
        problems.add(problem(row.source(), field, reason));
    }

    /** Where the refused row with this id came from, if a row with it was refused. */
    public Source refusedRow(String table, UUID id) {
        return refused.getOrDefault(table, Map.of()).get(id);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** How many rows each table holds, tables without rows left out. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((name, rows) -> {
            if (!rows.isEmpty()) {
                counts.put(name, rows.size());
            }
        });
        return counts;
    }

    public int size() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }
}
