package org.alongside.directory.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps Alongside's search index of the directory in step with the HSDS tables: for each service
 * its words (weighted: name first, then organisation and tags, then description), its taxonomy
 * terms, languages and whether it is free; the places it is offered with their coordinates and
 * postcodes; and its opening times from yesterday to tomorrow, so "open now" is one indexed lookup.
 */
@Repository
public class DirectoryIndex {

    private static final String SERVICES = """
            insert into directory_service_index
                (service_id, organization_id, status, name, organization_name, document, words, term_ids, taxonomy_ids,
                 languages, free, modified)
            select s.id, s.organization_id, s.status, s.name, o.name,
                   setweight(to_tsvector('english', s.name), 'A')
                   || setweight(to_tsvector('english', coalesce(s.alternate_name, '') || ' ' || o.name || ' '
                                                       || coalesce(terms.names, '')), 'B')
                   || setweight(to_tsvector('english', coalesce(s.description, '')), 'C'),
                   lower(s.name || ' ' || o.name),
                   coalesce(terms.ids, '{}'), coalesce(terms.taxonomies, '{}'), coalesce(langs.codes, '{}'),
                   coalesce(cost.free, false), s.last_modified
              from hsds_service s
              join hsds_organization o on o.id = s.organization_id
              left join lateral (
                   select array_agg(distinct t.id) ids, array_agg(distinct t.taxonomy_id) filter (where t.taxonomy_id is not null) taxonomies,
                          string_agg(t.name, ' ') names
                     from hsds_attribute a join hsds_taxonomy_term t on t.id = a.taxonomy_term_id
                    where a.link_id = s.id) terms on true
              left join lateral (
                   select array_agg(distinct lower(coalesce(l.code, l.name))) codes
                     from hsds_language l where l.service_id = s.id) langs on true
              left join lateral (
                   select bool_or(c.amount = 0 or c.option ilike 'free%') free
                     from hsds_cost_option c where c.service_id = s.id) cost on true
             where s.id = any(?)
            on conflict (service_id) do update set
                organization_id = excluded.organization_id, status = excluded.status, name = excluded.name,
                organization_name = excluded.organization_name, document = excluded.document, words = excluded.words,
                term_ids = excluded.term_ids, taxonomy_ids = excluded.taxonomy_ids, languages = excluded.languages,
                free = excluded.free, modified = excluded.modified
            """;

    /** Each place of the services, with its service's filters (the index row just written), for "near". */
    private static final String PLACES = """
            insert into directory_service_place
                (service_id, location_id, latitude, longitude, postal_code, status, free, term_ids, languages)
            select distinct on (sal.service_id, l.id) sal.service_id, l.id, l.latitude, l.longitude, a.postal_code,
                   i.status, i.free, i.term_ids, i.languages
              from hsds_service_at_location sal
              join hsds_location l on l.id = sal.location_id
              join directory_service_index i on i.service_id = sal.service_id
              left join hsds_address a on a.location_id = l.id
             where sal.service_id = any(?)
             order by sal.service_id, l.id, (a.address_type = 'physical') desc nulls last
            """;

    private final JdbcTemplate jdbc;
    private final DirectoryStore store;

    DirectoryIndex(JdbcTemplate jdbc, DirectoryStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * The services whose index an import touches: its services, those its other rows belong to,
     * and those of the organisations and locations it changes.
     */
    public Set<UUID> servicesTouchedBy(HsdsRows rows) {
        Set<UUID> services = new HashSet<>();
        Set<UUID> organizations = new HashSet<>();
        Set<UUID> locations = new HashSet<>();
        for (HsdsTables.Table table : HsdsTables.standard().all()) {
            for (HsdsRows.Row row : rows.of(table.name())) {
                switch (table.name()) {
                    case "service" -> services.add(row.id());
                    case "organization" -> organizations.add(row.id());
                    case "location" -> locations.add(row.id());
                    case "attribute" -> services.add((UUID) row.get("link_id"));
                    default -> {
                        if (row.get("service_id") instanceof UUID service) {
                            services.add(service);
                        }
                        if (row.get("location_id") instanceof UUID location) {
                            locations.add(location);
                        }
                    }
                }
            }
        }
        services.addAll(jdbc.queryForList(
                """
                select id from hsds_service where organization_id = any(?)
                union select service_id from hsds_service_at_location where location_id = any(?)
                """, UUID.class, (Object) organizations.toArray(new UUID[0]), (Object) locations.toArray(new UUID[0])));
        return services;
    }

    /** Rebuilds the index rows of these services (in the caller's transaction), and counts one more change. */
    public void refresh(Collection<UUID> serviceIds, ZoneId zone, Clock clock) {
        UUID[] ids = serviceIds.toArray(new UUID[0]);
        jdbc.update("update directory_version set version = version + 1");
        jdbc.update(SERVICES, (Object) ids);
        jdbc.update("delete from directory_service_place where service_id = any(?)", (Object) ids);
        jdbc.update(PLACES, (Object) ids);
        openings(serviceIds, zone, clock);
    }

    /** Rebuilds the opening times of these services for yesterday, today and tomorrow in {@code zone}. */
    public void openings(Collection<UUID> serviceIds, ZoneId zone, Clock clock) {
        UUID[] ids = serviceIds.toArray(new UUID[0]);
        jdbc.update("delete from directory_opening where service_id = any(?)", (Object) ids);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<UUID, List<Map<String, Object>>> service :
                store.schedulesOf(serviceIds).entrySet()) {
            for (Map<String, Object> schedule : service.getValue()) {
                for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
                    OpeningHours.on(schedule, day, zone)
                            .ifPresent(open -> rows.add(new Object[] {
                                service.getKey(), Timestamp.from(open.opens()), Timestamp.from(open.closes())
                            }));
                }
            }
        }
        jdbc.batchUpdate("insert into directory_opening (service_id, opens, closes) values (?, ?, ?)", rows);
    }
}
