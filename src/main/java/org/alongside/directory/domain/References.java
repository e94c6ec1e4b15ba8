package org.alongside.directory.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.alongside.directory.ImportProblem;
import org.alongside.directory.domain.HsdsRows.Row;
import org.alongside.directory.domain.HsdsTables.Reference;
import org.alongside.directory.domain.HsdsTables.Table;

/**
 * Every reference in an import points at a row: one in the same import or one already in the
 * directory. A reference to a row the import refused refuses its row too (the report says which);
 * a reference to nothing anywhere makes the whole file invalid, and nothing is saved.
 */
public final class References {

    private References() {}

    /**
     * Checks the rows' references; {@code existing} answers which of some ids a table already holds.
     * Answers the broken references (empty when the file may be saved).
     */
    public static List<ImportProblem> check(HsdsRows rows, BiFunction<String, Set<UUID>, Set<UUID>> existing) {
        Map<String, Set<UUID>> known = known(rows, existing);
        List<ImportProblem> broken = new ArrayList<>();
        boolean refusedMore = true;
        while (refusedMore) {
            refusedMore = false;
            for (Table table : HsdsTables.standard().all()) {
                for (Row row : List.copyOf(rows.of(table.name()))) {
                    for (Target target : targets(row)) {
                        if (rows.find(target.table(), target.id()) != null
                                || known.get(target.table()).contains(target.id())) {
                            continue;
                        }
                        var refusedSource = rows.refusedRow(target.table(), target.id());
                        if (refusedSource != null) {
                            rows.refuse(
                                    row,
                                    target.field(),
                                    "Refers to " + refusedSource.file() + " row " + refusedSource.row()
                                            + ", which was refused");
                            refusedMore = true;
                            break;
                        }
                        broken.add(HsdsRows.problem(
                                row.source(),
                                target.field(),
                                "Refers to " + target.id() + ", which is not a " + target.table()
                                        + " in this file or in the directory"));
                    }
                }
            }
            if (!broken.isEmpty()) {
                return broken;
            }
        }
        return broken;
    }

    private record Target(String field, String table, UUID id) {}

    private static List<Target> targets(Row row) {
        List<Target> targets = new ArrayList<>();
        for (Reference reference : row.table().references()) {
            if (row.get(reference.field()) instanceof UUID id) {
                targets.add(new Target(reference.field(), reference.table(), id));
            }
        }
        if (row.table().name().equals("attribute")
                && row.get("link_entity") instanceof String entity
                && row.get("link_id") instanceof UUID id
                && HsdsTables.standard().has(entity)) {
            targets.add(new Target("link_id", entity, id));
        }
        return targets;
    }

    /** The ids referred to that are not in the import, looked up in the directory once per table. */
    private static Map<String, Set<UUID>> known(HsdsRows rows, BiFunction<String, Set<UUID>, Set<UUID>> existing) {
        Map<String, Set<UUID>> wanted = new HashMap<>();
        for (Table table : HsdsTables.standard().all()) {
            wanted.put(table.name(), new HashSet<>());
        }
        for (Table table : HsdsTables.standard().all()) {
            for (Row row : rows.of(table.name())) {
                for (Target target : targets(row)) {
                    if (rows.find(target.table(), target.id()) == null) {
                        wanted.get(target.table()).add(target.id());
                    }
                }
            }
        }
        Map<String, Set<UUID>> known = new HashMap<>();
        wanted.forEach((table, ids) -> known.put(table, ids.isEmpty() ? Set.of() : existing.apply(table, ids)));
        return known;
    }
}
