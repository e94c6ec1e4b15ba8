package org.alongside.directory.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.alongside.directory.domain.HsdsRows.Row;
import org.alongside.directory.domain.HsdsTables.Field;
import org.alongside.directory.domain.HsdsTables.Table;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the HSDS tables as rows of typed values. A write inserts a row or, when its id is
 * already there, updates it in place: importing the same data twice changes nothing, and an import
 * deletes nothing. Only an administrator's edit of one resource replaces the parts its form holds
 * (phones, documents, languages, costs, its needs and dimensions, weekly hours); a service itself is
 * never deleted. Table and column names come from the bundled HSDS descriptor, never from a file.
 */
@Repository
public class DirectoryStore {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    DirectoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves every row, table by table so each reference's target is saved first; {@code progress} hears rows saved. */
    public void save(HsdsRows rows, Consumer<Integer> progress) {
        int saved = 0;
        for (Table table : HsdsTables.standard().all()) {
            List<Row> list = new ArrayList<>(rows.of(table.name()));
            for (int from = 0; from < list.size(); from += BATCH) {
                List<Row> batch = list.subList(from, Math.min(list.size(), from + BATCH));
                jdbc.batchUpdate(
                        upsert(table), batch, batch.size(), (statement, row) -> bind(statement, table, row.values()));
                saved += batch.size();
                progress.accept(saved);
            }
        }
    }

    /**
     * Removes the parts of one service that its edit form holds, before the form's rows are saved
     * in the same transaction: its phones, required documents, languages and cost options, its
     * attributes under {@code termIds}, and the schedules {@code scheduleIds}.
     */
    public void removeEditable(UUID serviceId, List<UUID> scheduleIds, List<UUID> termIds) {
        for (String table : List.of("hsds_phone", "hsds_required_document", "hsds_language", "hsds_cost_option")) {
            jdbc.update("delete from " + table + " where service_id = ?", serviceId);
        }
        jdbc.update(
                "delete from hsds_attribute where link_id = ? and taxonomy_term_id = any(?)",
                serviceId,
                termIds.toArray(new UUID[0]));
        jdbc.update("delete from hsds_schedule where id = any(?)", (Object) scheduleIds.toArray(new UUID[0]));
    }

    /** Which of {@code ids} the table holds. */
    public Set<UUID> existing(String table, Set<UUID> ids) {
        Table t = HsdsTables.standard().table(table);
        return new HashSet<>(jdbc.query(
                "select id from " + t.sqlName() + " where id = any(?)", (rs, n) -> rs.getObject(1, UUID.class), (Object)
                        ids.toArray(new UUID[0])));
    }

    /** Every row of a table, in id order. */
    public List<Map<String, Object>> all(Table table) {
        return jdbc.query("select * from " + table.sqlName() + " order by id", (rs, n) -> values(table, rs));
    }

    /** The rows of a table whose {@code field} is one of {@code ids}. */
    public List<Map<String, Object>> where(Table table, String field, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        table.field(field).orElseThrow();
        return jdbc.query(
                "select * from " + table.sqlName() + " where " + field + " = any(?) order by id",
                (rs, n) -> values(table, rs),
                (Object) ids.toArray(new UUID[0]));
    }

    /**
     * The schedules that say when each service is open: its own, those of the places it is
     * offered (service at location), and those of its locations.
     */
    public Map<UUID, List<Map<String, Object>>> schedulesOf(Collection<UUID> serviceIds) {
        Table schedule = HsdsTables.standard().table("schedule");
        Map<UUID, List<Map<String, Object>>> byService = new LinkedHashMap<>();
        jdbc.query(
                """
                select sc.*, sc.service_id as for_service from hsds_schedule sc where sc.service_id = any(?)
                union all
                select sc.*, sal.service_id from hsds_schedule sc
                  join hsds_service_at_location sal on sal.id = sc.service_at_location_id
                 where sal.service_id = any(?)
                union all
                select sc.*, sal.service_id from hsds_schedule sc
                  join hsds_service_at_location sal on sal.location_id = sc.location_id
                 where sal.service_id = any(?) and sc.service_id is null and sc.service_at_location_id is null
                """,
                rs -> {
                    byService
                            .computeIfAbsent(rs.getObject("for_service", UUID.class), id -> new ArrayList<>())
                            .add(values(schedule, rs));
                },
                (Object) serviceIds.toArray(new UUID[0]),
                (Object) serviceIds.toArray(new UUID[0]),
                (Object) serviceIds.toArray(new UUID[0]));
        return byService;
    }

    /** For the few read queries a page needs beyond whole rows. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    private static String upsert(Table table) {
        String columns = table.fields().stream().map(Field::name).collect(Collectors.joining(", "));
        String marks = table.fields().stream().map(f -> "?").collect(Collectors.joining(", "));
        String updates = table.fields().stream()
                .filter(f -> !f.name().equals("id"))
                .map(f -> f.name() + " = excluded." + f.name())
                .collect(Collectors.joining(", "));
        return "insert into " + table.sqlName() + " (" + columns + ") values (" + marks
                + ") on conflict (id) do update set " + updates;
    }

    private static void bind(PreparedStatement statement, Table table, Map<String, Object> values) throws SQLException {
        int i = 1;
        for (Field field : table.fields()) {
            Object value = values.get(field.name());
            if (value == null) {
                statement.setNull(i++, Types.OTHER);
            } else {
                statement.setObject(i++, value);
            }
        }
    }

    private static Map<String, Object> values(Table table, ResultSet rs) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : table.fields()) {
            Object value = switch (field.type()) {
                case UUID -> rs.getObject(field.name(), UUID.class);
                case NUMBER -> rs.getBigDecimal(field.name());
                case DATE -> rs.getObject(field.name(), LocalDate.class);
                case DATETIME -> rs.getObject(field.name(), OffsetDateTime.class);
                case TIME, TEXT -> rs.getString(field.name());
            };
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }
}
