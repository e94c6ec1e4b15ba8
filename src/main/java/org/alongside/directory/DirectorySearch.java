package org.alongside.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alongside.directory.domain.DirectoryStore;
import org.alongside.directory.domain.OpeningHours;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.KeptForAMinute;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff search of the directory, phone first: one box of words (PostgreSQL text search; when that
 * finds nothing, trigram similarity, so a typo still finds the service), and filters that combine with AND: needs
 * and wellness dimensions (any of those chosen), a language, free of charge, open now, and near a
 * postcode or a point (nearest first, within {@code alongside.directory.near-km}). Without
 * "near", best matches come first. Only services that are active or temporarily closed are found.
 */
@Service
public class DirectorySearch {

    public static final int PAGE_SIZE = 20;

    /** What a person searched for; empty or null parts are not filters. */
    public record Query(
            String words,
            List<String> needs,
            List<String> dimensions,
            String language,
            boolean free,
            boolean openNow,
            String postcode,
            Double latitude,
            Double longitude,
            int page) {

        public Query {
            needs = needs == null ? List.of() : List.copyOf(needs);
            dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
            page = Math.max(page, 1);
        }

        public static Query words(String words) {
            return new Query(words, List.of(), List.of(), null, false, false, null, null, null, 1);
        }
    }

    /** One service found, with what a person needs to decide and to get there. */
    public record Result(
            UUID id,
            String name,
            String organization,
            String status,
            Double kilometres,
            boolean openNow,
            List<Hours> hoursToday,
            String phone,
            String address) {

        public boolean takesReferrals() {
            return DirectorySearch.takesReferrals(status);
        }
    }

    /** Opening and closing today, in the organisation's zone; closing at 00:00 is midnight. */
    public record Hours(LocalTime opens, LocalTime closes) {}

    public record Results(List<Result> results, int total, int page, int pages) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final DirectoryStore store;
    private final Clock clock;
    private final double nearKm;

    DirectorySearch(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            DirectoryStore store,
            Clock clock,
            @Value("${alongside.directory.near-km:16}") double nearKm) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.store = store;
        this.clock = clock;
        this.nearKm = nearKm;
    }

    public Results search(Query query) {
        double[] point = point(query);
        Instant now = Instant.now(clock);
        var rows = readOnly.execute(status -> {
            // The statement's shape depends on the filters. Started from the words, its best plan
            // depends on their values: a generic plan reused across values took 244 ms where the plan
            // for the values takes 9 (EXPLAIN ANALYZE). Started from the places near a point, the
            // generic plan is the custom one (an index-only scan of the box), and reusing it saves
            // the 2-3 ms of planning the statement takes.
            jdbc.sql("select set_config('plan_cache_mode', :mode, true)")
                    .param("mode", point == null ? "force_custom_plan" : "force_generic_plan")
                    .query()
                    .singleValue();
            var found = new SearchSql(query, SearchSql.Words.TEXT, point, nearKm, now).run(jdbc);
            if (!found.isEmpty() || query.words() == null || query.words().isBlank()) {
                return found;
            }
            // Nothing under those words: perhaps a typo. Half alike is a close spelling.
            jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.5', true)")
                    .query()
                    .singleValue();
            return new SearchSql(query, SearchSql.Words.CLOSE_SPELLING, point, nearKm, now).run(jdbc);
        });
        int total = rows.isEmpty() ? 0 : rows.get(0).total();
        List<Result> results = details(rows);
        return new Results(results, total, query.page(), Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** The point to search near: the phone's location, or the middle of the postcode's places in the directory. */
    private double[] point(Query query) {
        if (query.latitude() != null && query.longitude() != null) {
            if (Math.abs(query.latitude()) > 90 || Math.abs(query.longitude()) > 180) {
                throw new InvalidInputException("near", "That location is not on the map");
            }
            return new double[] {query.latitude(), query.longitude()};
        }
        if (query.postcode() == null || query.postcode().isBlank()) {
            return null;
        }
        String postcode = query.postcode().replace(" ", "").toUpperCase(Locale.ROOT);
        return middles.get(postcode, code -> Postcodes.middle(jdbc, code, "postcode"));
    }

    /** Each postcode's middle, kept for a minute: it moves only when the directory's places change. */
    private final KeptForAMinute<String, double[]> middles = new KeptForAMinute<>(10_000);

    private List<Result> details(List<SearchSql.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(SearchSql.Row::id).toList();
        Map<UUID, String> phones = firstOf("""
                select s.id, phone.number from hsds_service s
                cross join lateral (
                      (select p.number, 0 as preference from hsds_phone p where p.service_id = s.id order by p.id limit 1)
                      union all
                      (select p.number, 1 from hsds_service_at_location sal
                         join hsds_phone p on p.service_at_location_id = sal.id
                        where sal.service_id = s.id order by p.id limit 1)
                      union all
                      (select p.number, 2 from hsds_phone p where p.organization_id = s.organization_id
                        order by p.id limit 1)
                      order by 2 limit 1) phone
                 where s.id in (:ids)
                """, ids);
        Map<UUID, String> addresses = firstOf("""
                select distinct on (sal.service_id) sal.service_id,
                       concat_ws(', ', a.address_1, a.address_2, a.city, a.state_province, a.postal_code)
                  from hsds_service_at_location sal
                  join hsds_address a on a.location_id = sal.location_id
                 where sal.service_id in (:ids)
                 order by sal.service_id, (a.address_type = 'physical') desc, a.id
                """, ids);
        var schedules = store.schedulesOf(ids);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<Result> results = new ArrayList<>();
        for (SearchSql.Row row : rows) {
            List<Hours> hours = new ArrayList<>();
            for (Map<String, Object> schedule : schedules.getOrDefault(row.id(), List.of())) {
                OpeningHours.on(schedule, today, zone)
                        .ifPresent(open -> hours.add(new Hours(
                                open.opens().atZone(zone).toLocalTime(),
                                open.closes().atZone(zone).toLocalTime())));
            }
            results.add(new Result(
                    row.id(),
                    row.name(),
                    row.organization(),
                    row.status(),
                    row.kilometres(),
                    row.openNow(),
                    hours.stream().sorted(Comparator.comparing(Hours::opens)).toList(),
                    phones.get(row.id()),
                    addresses.get(row.id())));
        }
        return results;
    }

    private Map<UUID, String> firstOf(String sql, List<UUID> ids) {
        Map<UUID, String> found = new LinkedHashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            found.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        return found;
    }

    /**
     * The languages services are offered in (codes), for the language filter. Reading them scans the
     * whole index (55 ms on 50,000 services), so the list is kept for a minute.
     */
    public List<String> languages() {
        return languages.get(
                "all",
                all -> jdbc.sql("select distinct unnest(languages) from directory_service_index order by 1")
                        .query(String.class)
                        .list());
    }

    private final KeptForAMinute<String, List<String>> languages = new KeptForAMinute<>(1);

    /**
     * Whether a service with this HSDS status can be referred to: every status but the two that
     * retire it (inactive: no longer offered; defunct: closed for good). A temporarily closed
     * service still can.
     */
    public static boolean takesReferrals(String status) {
        return !"inactive".equals(status) && !"defunct".equals(status);
    }

    /** A service's HSDS status (active, inactive, defunct, temporarily closed), if the service exists. */
    public Optional<String> statusOf(UUID serviceId) {
        return jdbc.sql("select status from hsds_service where id = :id")
                .param("id", serviceId)
                .query(String.class)
                .optional();
    }

    /** The names of these services, in one statement. */
    public Map<UUID, String> namesOf(Collection<UUID> serviceIds) {
        Map<UUID, String> names = new HashMap<>();
        if (!serviceIds.isEmpty()) {
            jdbc.sql("select id, name from hsds_service where id in (:ids)")
                    .param("ids", List.copyOf(serviceIds))
                    .query(rs -> {
                        names.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return names;
    }

    /** A service's name, for pages that name one. */
    public Optional<String> nameOf(UUID serviceId) {
        return jdbc.sql("select name from hsds_service where id = :id")
                .param("id", serviceId)
                .query(String.class)
                .optional();
    }
}
