package org.alongside.directory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.directory.domain.DirectoryIndex;
import org.alongside.directory.domain.DirectoryStore;
import org.alongside.directory.domain.HsdsRows;
import org.alongside.directory.domain.HsdsRows.Source;
import org.alongside.directory.domain.HsdsTables;
import org.alongside.directory.domain.HsdsTables.Table;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.staff.ProgramManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator's way to add, edit and retire one resource in the pages: a service with its
 * organisation, one address, one phone, its needs and wellness dimensions, languages, what to
 * bring, and its opening hours as one span per weekday. It writes the same HSDS rows an import
 * would, through the same rules, and never deletes a service: retiring one sets HSDS's own status
 * (inactive, defunct). Hours that are not weekly (a monthly "2nd Monday") are kept as they are.
 */
@Service
public class ResourceEditor {

    private static final HsdsTables HSDS = HsdsTables.standard();

    private final DirectoryStore store;
    private final DirectoryIndex index;
    private final Clock clocks;
    private final AlongsideTerms terms;
    private final ResourceRules rules;
    private final ResourceReader reader;
    private final ProgramManagement programs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final String country;

    ResourceEditor(
            DirectoryStore store,
            DirectoryIndex index,
            Clock clocks,
            AlongsideTerms terms,
            ResourceRules rules,
            ResourceReader reader,
            AuditLog audit,
            ProgramManagement programs,
            TransactionTemplate transaction,
            @Value("${alongside.directory.country:US}") String country) {
        this.programs = programs;
        this.store = store;
        this.index = index;
        this.clocks = clocks;
        this.terms = terms;
        this.rules = rules;
        this.reader = reader;
        this.audit = audit;
        this.transaction = transaction;
        this.country = country;
    }

    /**
     * Adds a resource ({@code id} null) or replaces what the form holds of one; answers its id.
     * Every field's problem is named at once, and nothing is saved while any remains.
     */
    public UUID save(StaffMember actor, UUID id, Resource resource) {
        actor.requireAdmin();
        Map<String, String> errors = rules.problems(resource);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return transaction.execute(status -> {
            Map<String, Object> existing = null;
            if (id != null) {
                existing = ResourceReader.first(store.where(HSDS.table("service"), "id", List.of(id)));
                if (existing.isEmpty()) {
                    throw new NotFoundException("This resource");
                }
            }
            UUID serviceId = id == null ? UUID.randomUUID() : id;
            HsdsRows rows = new HsdsRows();
            Source source = new Source("form", 1);
            UUID orgId = organization(resource.organization().strip(), rows, source);
            Map<String, Object> service = new LinkedHashMap<>(existing == null ? Map.of() : existing);
            service.put("id", serviceId);
            service.put("organization_id", orgId);
            service.put("name", resource.name().strip());
            service.put("description", Blank.toNull(resource.description()));
            service.put("status", existing == null ? "active" : existing.get("status"));
            service.put("email", Blank.toNull(resource.email()));
            service.put("url", Blank.toNull(resource.url()));
            service.put("fees_description", Blank.toNull(resource.fees()));
            service.put("application_process", Blank.toNull(resource.applicationProcess()));
            service.put("eligibility_description", Blank.toNull(resource.eligibility()));
            add(rows, "service", service, source);
            place(serviceId, resource, rows, source);
            if (resource.phone() != null && !resource.phone().isBlank()) {
                add(
                        rows,
                        "phone",
                        Map.of(
                                "id",
                                UUID.randomUUID(),
                                "service_id",
                                serviceId,
                                "number",
                                resource.phone().strip()),
                        source);
            }
            // ids in the database's ascending order (as text), so the documents read back as written
            List<UUID> documentIds = new ArrayList<>();
            resource.documents().forEach(d -> documentIds.add(UUID.randomUUID()));
            documentIds.sort(Comparator.comparing(UUID::toString));
            for (int i = 0; i < documentIds.size(); i++) {
                add(
                        rows,
                        "required_document",
                        Map.of(
                                "id",
                                documentIds.get(i),
                                "service_id",
                                serviceId,
                                "document",
                                resource.documents().get(i)),
                        source);
            }
            for (String code : resource.languages()) {
                String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
                add(
                        rows,
                        "language",
                        Map.of(
                                "id",
                                UUID.randomUUID(),
                                "service_id",
                                serviceId,
                                "code",
                                code,
                                "name",
                                name.isBlank() ? code : name),
                        source);
            }
            for (String need : resource.needs()) {
                attribute(serviceId, terms.of("need").get(need).id(), "need", rows, source);
            }
            for (String dimension : resource.dimensions()) {
                attribute(serviceId, terms.of("dimension").get(dimension).id(), "dimension", rows, source);
            }
            if (resource.free()) {
                add(
                        rows,
                        "cost_option",
                        Map.of("id", UUID.randomUUID(), "service_id", serviceId, "option", "Free", "amount", 0),
                        source);
            }
            resource.hours()
                    .forEach((day, span) -> add(
                            rows,
                            "schedule",
                            Map.of(
                                    "id", UUID.randomUUID(),
                                    "service_id", serviceId,
                                    "freq", "WEEKLY",
                                    "wkst", "MO",
                                    "byday", day.name().substring(0, 2),
                                    "opens_at", span.opens().toString(),
                                    "closes_at", span.closes().toString()),
                            source));
            if (!rows.problems().isEmpty()) {
                throw new InvalidInputException("name", rows.problems().get(0).reason());
            }
            if (id != null) {
                store.removeEditable(serviceId, weeklyScheduleIds(serviceId), alongsideTermIds());
            }
            store.save(rows, n -> {});
            index.refresh(Set.of(serviceId), clocks.getZone(), clocks);
            audit.record(AuditEvent.of(
                            actor.id(),
                            id == null ? DirectoryActions.RESOURCE_ADD : DirectoryActions.RESOURCE_EDIT,
                            "service",
                            serviceId)
                    .withDetail(actingFor(actor)));
            return serviceId;
        });
    }

    /** Sets the service's HSDS status: retiring it (inactive, defunct), closing it for a while, or bringing it back. */
    public void setStatus(StaffMember actor, UUID id, String status) {
        actor.requireAdmin();
        if (status == null || !Resource.STATUSES.contains(status)) {
            throw new InvalidInputException("status", "Choose active, temporarily closed, inactive or defunct");
        }
        transaction.executeWithoutResult(tx -> {
            int changed = store.jdbc().update("update hsds_service set status = ? where id = ?", status, id);
            if (changed == 0) {
                throw new NotFoundException("This resource");
            }
            index.refresh(Set.of(id), clocks.getZone(), clocks);
            audit.record(AuditEvent.of(actor.id(), DirectoryActions.RESOURCE_STATUS, "service", id)
                    .withDetail("status=" + status + " " + actingFor(actor)));
        });
    }

    /**
     * The programs the administrator acts for, named in the audit row: the directory is the whole
     * organisation's, so an administrator of any program may change any resource, and the trail
     * says which program's administrator did.
     */
    private String actingFor(StaffMember actor) {
        return "programs="
                + programs.programsOf(actor.id()).stream()
                        .map(UUID::toString)
                        .sorted()
                        .toList();
    }

    private UUID organization(String name, HsdsRows rows, Source source) {
        List<UUID> same = store.jdbc()
                .queryForList(
                        "select id from hsds_organization where lower(name) = lower(?) order by id limit 1",
                        UUID.class,
                        name);
        if (!same.isEmpty()) {
            return same.get(0);
        }
        UUID id = UUID.nameUUIDFromBytes(
                ("alongside-organization:" + name.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        add(rows, "organization", Map.of("id", id, "name", name, "description", name), source);
        return id;
    }

    /** The service's one address: its first place is kept and updated; a new one is made when it has none. */
    private void place(UUID serviceId, Resource r, HsdsRows rows, Source source) {
        if (Blank.toNull(r.street()) == null) {
            return;
        }
        Optional<UUID> known = reader.locationOf(serviceId);
        UUID locationId = known.orElseGet(UUID::randomUUID);
        Map<String, Object> location = new LinkedHashMap<>(
                ResourceReader.first(store.where(HSDS.table("location"), "id", List.of(locationId))));
        location.put("id", locationId);
        location.put("location_type", "physical");
        location.put("name", r.name().strip());
        location.put("latitude", r.latitude());
        location.put("longitude", r.longitude());
        add(rows, "location", location, source);
        Map<String, Object> address = new LinkedHashMap<>(
                ResourceReader.first(store.where(HSDS.table("address"), "location_id", List.of(locationId))));
        address.putIfAbsent("id", UUID.randomUUID());
        address.put("location_id", locationId);
        address.put("address_1", r.street().strip());
        address.put("city", r.city().strip());
        address.put("state_province", r.region().strip());
        address.put("postal_code", r.postcode().strip());
        address.putIfAbsent("country", country);
        address.putIfAbsent("address_type", "physical");
        add(rows, "address", address, source);
        if (known.isEmpty()) {
            add(
                    rows,
                    "service_at_location",
                    Map.of("id", UUID.randomUUID(), "service_id", serviceId, "location_id", locationId),
                    source);
        }
    }

    private void attribute(UUID serviceId, UUID term, String type, HsdsRows rows, Source source) {
        add(
                rows,
                "attribute",
                Map.of(
                        "id",
                        UUID.randomUUID(),
                        "link_id",
                        serviceId,
                        "taxonomy_term_id",
                        term,
                        "link_type",
                        type,
                        "link_entity",
                        "service"),
                source);
    }

    private static void add(HsdsRows rows, String table, Map<String, Object> values, Source source) {
        Table t = HSDS.table(table);
        Map<String, Object> known = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (t.field(field).isPresent() && value != null) {
                known.put(field, value);
            }
        });
        rows.add(t, known, source);
    }

    private List<UUID> weeklyScheduleIds(UUID serviceId) {
        return store.where(HSDS.table("schedule"), "service_id", List.of(serviceId)).stream()
                .filter(ResourceReader::weekly)
                .map(s -> (UUID) s.get("id"))
                .toList();
    }

    private List<UUID> alongsideTermIds() {
        List<UUID> ids = new ArrayList<>();
        terms.of("need").values().forEach(t -> ids.add(t.id()));
        terms.of("dimension").values().forEach(t -> ids.add(t.id()));
        return ids;
    }
}
