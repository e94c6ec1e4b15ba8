package org.alongside.directory;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.alongside.directory.domain.DirectoryStore;
import org.alongside.directory.domain.HsdsTables;
import org.alongside.directory.domain.HsdsTables.Table;
import org.alongside.directory.domain.ServiceDocuments;
import org.alongside.directory.domain.ServiceTree;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read side of the HSDS API: pages of services, organisations, taxonomies, taxonomy terms and
 * services at locations, with HSDS's page fields and its filters, which combine with AND. It reads
 * only the HSDS tables and the directory's own index: nothing about a person is reachable from it.
 */
@Service
public class HsdsPages {

    /** A page as HSDS's API reference defines it. */
    public record Page(
            long total_items,
            int total_pages,
            int page_number,
            int size,
            boolean first_page,
            boolean last_page,
            boolean empty,
            List<?> contents) {

        static Page of(List<?> contents, long total, int page, int perPage) {
            int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
            return new Page(
                    total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
        }
    }

    /** The filters of {@code GET /services} (and of services at locations); null means not given. */
    public record ServiceFilter(
            String search, UUID taxonomyTermId, UUID taxonomyId, UUID organizationId, OffsetDateTime modifiedAfter) {}

    private final JdbcClient jdbc;
    private final DirectoryStore store;
    private final TransactionTemplate readOnly;

    /** Match counts by filter, each with the directory version it was counted at. */
    private record Counted(long version, long count) {}

    private static final int MAX_COUNTS = 10_000;
    private final Map<String, Counted> counts = new ConcurrentHashMap<>();

    HsdsPages(JdbcClient jdbc, DirectoryStore store, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * How many services match: counted once per change of the directory (counting every text match
     * was half of a page's database time), then kept until the index changes again.
     */
    private long count(Where where) {
        long version = jdbc.sql("select version from directory_version")
                .query(Long.class)
                .single();
        String key = where.sql + new TreeMap<>(where.params);
        Counted known = counts.get(key);
        if (known != null && known.version() == version) {
            return known.count();
        }
        long total = jdbc.sql("select count(*) from directory_service_index i" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        if (counts.size() >= MAX_COUNTS) {
            counts.clear();
        }
        counts.put(key, new Counted(version, total));
        return total;
    }

    /** Services: their own fields, or each one dereferenced ({@code full}), or only id and last_modified ({@code minimal}). */
    public Page services(ServiceFilter filter, int page, int perPage, boolean full, boolean minimal) {
        return readOnly.execute(status -> {
            Where where = where(filter);
            long total = count(where);
            // Pages in name order: stable for a client paging through, and cheaper than ranking every match.
            List<UUID> ids = jdbc.sql("select i.service_id from directory_service_index i" + where.sql
                            + " order by i.name, i.service_id limit :limit offset :offset")
                    .params(where.params)
                    .param("limit", perPage)
                    .param("offset", (page - 1L) * perPage)
                    .query(UUID.class)
                    .list();
            return Page.of(services(ids, full, minimal), total, page, perPage);
        });
    }

    private List<?> services(List<UUID> ids, boolean full, boolean minimal) {
        Table service = HsdsTables.standard().table("service");
        List<Map<String, Object>> rows = ordered(store.where(service, "id", ids), ids);
        if (full) {
            return new ServiceDocuments(store).write(rows);
        }
        if (minimal) {
            return rows.stream()
                    .map(r -> {
                        ObjectNode node = JsonNodeFactory.instance.objectNode();
                        node.put("id", r.get("id").toString());
                        if (r.get("last_modified") != null) {
                            node.put("last_modified", r.get("last_modified").toString());
                        }
                        return node;
                    })
                    .toList();
        }
        return rows;
    }

    /**
     * Services at locations: the services' filters, and a postcode: at that postcode, or, with
     * {@code proximity}, within that many metres of the middle of the postcode's places.
     */
    public Page servicesAtLocations(
            ServiceFilter filter, String postcode, Integer proximity, int page, int perPage, boolean full) {
        return readOnly.execute(status -> {
            Where where = where(filter);
            StringBuilder sql = new StringBuilder(
                    " from hsds_service_at_location sal join directory_service_index i on i.service_id = sal.service_id"
                            + " left join hsds_location l on l.id = sal.location_id" + where.sql());
            Map<String, Object> params = new HashMap<>(where.params());
            if (postcode != null && proximity == null) {
                sql.append(" and exists (select 1 from hsds_address a where a.location_id = sal.location_id"
                        + " and upper(replace(a.postal_code, ' ', '')) = :postcode)");
                params.put("postcode", postcode.replace(" ", "").toUpperCase(Locale.ROOT));
            } else if (postcode != null) {
                double[] middle = Postcodes.middle(jdbc, postcode, "postcode");
                sql.append(" and 6371000 * 2 * asin(sqrt(power(sin(radians(l.latitude - :lat) / 2), 2)"
                        + " + cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2)))"
                        + " <= :metres");
                params.put("lat", middle[0]);
                params.put("lon", middle[1]);
                params.put("metres", proximity);
            }
            long total = jdbc.sql("select count(*)" + sql)
                    .params(params)
                    .query(Long.class)
                    .single();
            List<UUID> ids = jdbc.sql("select sal.id" + sql + " order by i.name, sal.id limit :limit offset :offset")
                    .params(params)
                    .param("limit", perPage)
                    .param("offset", (page - 1L) * perPage)
                    .query(UUID.class)
                    .list();
            Table table = HsdsTables.standard().table("service_at_location");
            List<Map<String, Object>> rows = ordered(store.where(table, "id", ids), ids);
            List<?> contents = full
                    ? new ServiceDocuments(store).write(ServiceTree.service().child("service_at_locations"), rows)
                    : rows;
            return Page.of(contents, total, page, perPage);
        });
    }

    /** One service at a location, with its location, contacts, phones and schedules. */
    public Optional<ObjectNode> serviceAtLocation(UUID id) {
        return readOnly.execute(status -> {
            var rows = store.where(HsdsTables.standard().table("service_at_location"), "id", List.of(id));
            return rows.isEmpty()
                    ? Optional.<ObjectNode>empty()
                    : Optional.of(new ServiceDocuments(store)
                            .write(ServiceTree.service().child("service_at_locations"), rows)
                            .get(0));
        });
    }

    /** One service, dereferenced. */
    public Optional<ObjectNode> service(UUID id) {
        return readOnly.execute(status -> {
            var rows = store.where(HsdsTables.standard().table("service"), "id", List.of(id));
            return rows.isEmpty()
                    ? Optional.<ObjectNode>empty()
                    : Optional.of(new ServiceDocuments(store).write(rows).get(0));
        });
    }

    /** Rows of one of the simpler HSDS lists (organisations, taxonomies, taxonomy terms), name order, optionally searched by name. */
    public Page rows(String tableName, String search, Map<String, Object> equal, int page, int perPage) {
        Table table = HsdsTables.standard().table(tableName);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (search != null) {
            where.append(" and name ilike :search");
            params.put(
                    "search",
                    "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        equal.forEach((field, value) -> {
            table.field(field).orElseThrow();
            if (value == NULL) {
                where.append(" and ").append(field).append(" is null");
            } else {
                where.append(" and ").append(field).append(" = :").append(field);
                params.put(field, value);
            }
        });
        return readOnly.execute(status -> {
            long total = jdbc.sql("select count(*) from " + table.sqlName() + where)
                    .params(params)
                    .query(Long.class)
                    .single();
            List<UUID> ids = jdbc.sql("select id from " + table.sqlName() + where
                            + " order by name, id limit :limit offset :offset")
                    .params(params)
                    .param("limit", perPage)
                    .param("offset", (page - 1L) * perPage)
                    .query(UUID.class)
                    .list();
            return Page.of(ordered(store.where(table, "id", ids), ids), total, page, perPage);
        });
    }

    /** Marks a filter on a field being empty (for example taxonomy terms at the top: no parent). */
    public static final Object NULL = new Object();

    public Optional<Map<String, Object>> row(String tableName, UUID id) {
        return store.where(HsdsTables.standard().table(tableName), "id", List.of(id)).stream()
                .findFirst();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(ServiceFilter filter) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.search() != null) {
            sql.append(" and i.document @@ websearch_to_tsquery('english', :search)");
            params.put("search", filter.search());
        }
        if (filter.taxonomyTermId() != null) {
            sql.append(" and :term = any(i.term_ids)");
            params.put("term", filter.taxonomyTermId());
        }
        if (filter.taxonomyId() != null) {
            sql.append(" and :taxonomy = any(i.taxonomy_ids)");
            params.put("taxonomy", filter.taxonomyId());
        }
        if (filter.organizationId() != null) {
            sql.append(" and i.organization_id = :organization");
            params.put("organization", filter.organizationId());
        }
        if (filter.modifiedAfter() != null) {
            sql.append(" and i.modified >= :modified");
            params.put("modified", Timestamp.from(filter.modifiedAfter().toInstant()));
        }
        return new Where(sql.toString(), params);
    }

    private static List<Map<String, Object>> ordered(List<Map<String, Object>> rows, List<UUID> ids) {
        Map<Object, Map<String, Object>> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        List<Map<String, Object>> ordered = new ArrayList<>();
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }
}
