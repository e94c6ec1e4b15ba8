package org.alongside.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.domain.HsdsRows;
import org.alongside.directory.domain.HsdsRows.Source;
import org.alongside.directory.domain.HsdsTables;
import org.alongside.directory.domain.HsdsTables.Field;
import org.alongside.directory.domain.HsdsTables.Reference;
import org.alongside.directory.domain.HsdsTables.Table;

/**
 * A small directory in which every HSDS table has two rows and every field of every row holds a
 * value of its type, references pointing at rows of the same directory: what a round trip must
 * bring back field for field.
 */
final class HsdsFixture {

    private HsdsFixture() {}

    static HsdsRows everyFieldFilled() {
        HsdsRows rows = new HsdsRows();
        Map<String, List<UUID>> ids = new HashMap<>();
        for (Table table : HsdsTables.standard().all()) {
            ids.put(table.name(), List.of(UUID.randomUUID(), UUID.randomUUID()));
        }
        for (Table table : HsdsTables.standard().all()) {
            for (int n = 0; n < 2; n++) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (Field field : table.fields()) {
                    values.put(field.name(), value(table, field, n, ids));
                }
                if (!rows.add(table, values, new Source("fixture", n + 1))) {
                    throw new IllegalStateException("fixture row refused: " + rows.problems());
                }
            }
        }
        return rows;
    }

    private static Object value(Table table, Field field, int n, Map<String, List<UUID>> ids) {
        String name = field.name();
        if (name.equals("id")) {
            return ids.get(table.name()).get(n);
        }
        for (Reference reference : table.references()) {
            if (reference.field().equals(name)) {
                return ids.get(reference.table()).get(n);
            }
        }
        return switch (table.name() + "." + name) {
            case "service.status" -> n == 0 ? "active" : "temporarily closed";
            case "schedule.wkst" -> "MO";
            case "location.location_type", "address.address_type" -> n == 0 ? "physical" : "virtual";
            case "schedule.freq" -> n == 0 ? "WEEKLY" : "MONTHLY";
            case "schedule.byday" -> n == 0 ? "MO,TU,WE" : "2MO";
            case "schedule.bymonthday" -> n == 0 ? "1,15" : "-1";
            case "attribute.link_entity", "metadata.resource_type" -> "service";
            case "attribute.link_id", "metadata.resource_id" ->
                ids.get("service").get(n);
            case "taxonomy_term.parent_id", "organization.parent_organization_id" -> null;
            default -> typed(table, field, n);
        };
    }

    private static Object typed(Table table, Field field, int n) {
        return switch (field.type()) {
            case UUID -> UUID.randomUUID();
            case NUMBER -> new BigDecimal(n == 0 ? "12" : "-73.9851");
            case DATE -> LocalDate.of(2026, 1 + n, 15);
            case DATETIME -> OffsetDateTime.of(2026, 3, 15, 10, 30, 45, 123_000_000, ZoneOffset.UTC);
            case TIME -> field.name().equals("opens_at") ? "09:00" : n == 0 ? "17:00:00" : "00:00";
            case TEXT -> "“" + table.name() + " " + field.name() + " " + n + "”, with a comma\nand a line";
        };
    }
}
