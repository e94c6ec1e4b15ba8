package org.alongside.directory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
import org.alongside.directory.domain.HsdsValues;
import org.alongside.directory.domain.OpeningHours;
import org.alongside.shared.Blank;
import org.alongside.shared.ContactValues;
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

    /** The statuses an administrator can set: HSDS's own. */
    public static final List<String> STATUSES = List.of("active", "temporarily closed", "inactive", "defunct");

    /** The languages offered as choices, by code; their names are written in the reader's language. */
    public static final List<String> LANGUAGES =
            List.of("en", "es", "zh", "vi", "ar", "ru", "ko", "fr", "ht", "pt", "tl", "asl");

    private static final HsdsTables HSDS = HsdsTables.standard();

    /** Opening and closing on one weekday; closing at 00:00 is midnight. */
    public record Span(LocalTime opens, LocalTime closes) {}

    /** A resource as its form shows it. {@code otherHours} are the non-weekly schedules, kept and shown only. */
    public record Resource(
            String organization,
            String name,
            String description,
            String status,
            String phone,
            String email,
            String url,
            String street,
            String city,
            String region,
            String postcode,
            Double latitude,
            Double longitude,
            List<String> needs,
            List<String> dimensions,
            List<String> languages,
            boolean free,
            String fees,
            String applicationProcess,
            String eligibility,
            List<String> documents,
            Map<DayOfWeek, Span> hours) {

        public Resource {
            needs = needs == null ? List.of() : List.copyOf(needs);
            dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
            languages = languages == null ? List.of() : List.copyOf(languages);
            documents = documents == null ? List.of() : List.copyOf(documents);
            hours = hours == null ? Map.of() : Map.copyOf(hours);
        }

        /** What to bring, one per line, as the form's text box holds it. */
        public String documentLines() {
            return String.join("\n", documents);
        }

        /** A blank form for a new resource. */
        public static Resource blank() {
            return new Resource(
                    null, null, null, "active", null, null, null, null, null, null, null, null, null, null, null, null,
                    false, null, null, null, null, null);
        }
    }

    private final DirectoryStore store;
    private final DirectoryIndex index;
    private final Clock clocks;
    private final AlongsideTerms terms;
    private final ProgramManagement programs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final String country;

    ResourceEditor(
            DirectoryStore store,
            DirectoryIndex index,
            Clock clocks,
            AlongsideTerms terms,
            AuditLog audit,
            ProgramManagement programs,
            TransactionTemplate transaction,
            @Value("${alongside.directory.country:US}") String country) {
        this.programs = programs;
        this.store = store;
        this.index = index;
        this.clocks = clocks;
        this.terms = terms;
        this.audit = audit;
        this.transaction = transaction;
        this.country = country;
    }

    /** The resource as stored, for its edit form. */
    public Optional<Resource> load(UUID id) {
        return transaction.execute(status -> {
            List<Map<String, Object>> found = store.where(HSDS.table("service"), "id", List.of(id));
            if (found.isEmpty()) {
                return Optional.<Resource>empty();
            }
            Map<String, Object> service = found.get(0);
            Map<String, Object> org = first(
                    store.where(HSDS.table("organization"), "id", List.of((UUID) service.get("organization_id"))));
            Map<String, Object> location = first(locationOf(id)
                    .map(l -> store.where(HSDS.table("location"), "id", List.of(l)))
                    .orElse(List.of()));
            Map<String, Object> address = first(locationOf(id)
                    .map(l -> store.where(HSDS.table("address"), "location_id", List.of(l)))
                    .orElse(List.of()));
            Map<DayOfWeek, Span> hours = new EnumMap<>(DayOfWeek.class);
            for (Map<String, Object> schedule : store.where(HSDS.table("schedule"), "service_id", List.of(id))) {
                if (weekly(schedule)) {
                    for (String day :
                            ((String) schedule.get("byday")).replace(" ", "").split(",")) {
                        hours.putIfAbsent(
                                OpeningHours.weekday(day),
                                new Span(
                                        HsdsValues.localTime((String) schedule.get("opens_at")),
                                        HsdsValues.localTime((String) schedule.get("closes_at"))));
                    }
                }
            }
            List<String> needs = new ArrayList<>();
            List<String> dimensions = new ArrayList<>();
            for (Map<String, Object> attribute : store.where(HSDS.table("attribute"), "link_id", List.of(id))) {
                terms.of("need").forEach((code, term) -> {
                    if (term.id().equals(attribute.get("taxonomy_term_id"))) {
                        needs.add(code);
                    }
                });
                terms.of("dimension").forEach((code, term) -> {
                    if (term.id().equals(attribute.get("taxonomy_term_id"))) {
                        dimensions.add(code);
                    }
                });
            }
            List<Map<String, Object>> costs = store.where(HSDS.table("cost_option"), "service_id", List.of(id));
            return Optional.of(new Resource(
                    text(org, "name"),
                    text(service, "name"),
                    text(service, "description"),
                    text(service, "status"),
                    store.where(HSDS.table("phone"), "service_id", List.of(id)).stream()
                            .map(p -> text(p, "number"))
                            .findFirst()
                            .orElse(null),
                    text(service, "email"),
                    text(service, "url"),
                    text(address, "address_1"),
                    text(address, "city"),
                    text(address, "state_province"),
                    text(address, "postal_code"),
                    number(location, "latitude"),
                    number(location, "longitude"),
                    needs,
                    dimensions,
                    store.where(HSDS.table("language"), "service_id", List.of(id)).stream()
                            .map(l -> text(l, "code"))
                            .filter(code -> code != null)
                            .toList(),
                    !costs.isEmpty()
                            && costs.stream()
                                    .allMatch(c -> c.get("amount") instanceof Number n && n.doubleValue() == 0),
                    text(service, "fees_description"),
                    text(service, "application_process"),
                    text(service, "eligibility_description"),
                    store.where(HSDS.table("required_document"), "service_id", List.of(id)).stream()
                            .map(d -> text(d, "document"))
                            .filter(d -> d != null)
                            .toList(),
                    hours));
        });
    }

    /**
     * Adds a resource ({@code id} null) or replaces what the form holds of one; answers its id.
     * Every field's problem is named at once, and nothing is saved while any remains.
     */
    public UUID save(StaffMember actor, UUID id, Resource resource) {
        actor.requireAdmin();
        Map<String, String> errors = problems(resource);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return transaction.execute(status -> {
            Map<String, Object> existing = null;
            if (id != null) {
                existing = first(store.where(HSDS.table("service"), "id", List.of(id)));
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
        if (status == null || !STATUSES.contains(status)) {
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

    /** What is wrong with the resource as typed, by field; empty when it can be saved. */
    public Map<String, String> problems(Resource r) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "organization", r.organization(), "Write the organisation's name");
        required(errors, "name", r.name(), "Write the service's name");
        longest(errors, "organization", r.organization(), 200);
        longest(errors, "name", r.name(), 200);
        longest(errors, "description", r.description(), 4000);
        if (r.phone() != null && !r.phone().isBlank() && !ContactValues.isWorkPhone(r.phone())) {
            errors.put("phone", ContactValues.WORK_PHONE_MESSAGE);
        }
        if (r.email() != null && !r.email().isBlank() && !r.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Write an email address like name@example.org");
        }
        if (r.url() != null && !r.url().isBlank() && !r.url().strip().matches("https?://\\S+")) {
            errors.put("url", "Write a web address starting with https://");
        }
        boolean anyAddress = present(r.street()) || present(r.city()) || present(r.region()) || present(r.postcode());
        if (anyAddress) {
            required(errors, "street", r.street(), "Write the street address, or leave the whole address empty");
            required(errors, "city", r.city(), "Write the city, or leave the whole address empty");
            required(errors, "region", r.region(), "Write the state, or leave the whole address empty");
            required(errors, "postcode", r.postcode(), "Write the postcode, or leave the whole address empty");
        }
        longest(errors, "postcode", r.postcode(), 12);
        if (r.latitude() != null && (r.latitude() < -90 || r.latitude() > 90)) {
            errors.put("latitude", "A latitude is between -90 and 90");
        }
        if (r.longitude() != null && (r.longitude() < -180 || r.longitude() > 180)) {
            errors.put("longitude", "A longitude is between -180 and 180");
        }
        if ((r.latitude() == null) != (r.longitude() == null)) {
            errors.put("longitude", "Give both latitude and longitude, or neither");
        }
        if (r.needs().isEmpty()) {
            errors.put("needs", "Choose at least one need this service meets");
        } else if (!terms.of("need").keySet().containsAll(r.needs())) {
            errors.put("needs", "Choose from the list");
        }
        if (!terms.of("dimension").keySet().containsAll(r.dimensions())) {
            errors.put("dimensions", "Choose from the list");
        }
        if (!LANGUAGES.containsAll(r.languages())) {
            errors.put("languages", "Choose from the list");
        }
        r.hours().forEach((day, span) -> {
            if (span.opens() == null || span.closes() == null) {
                errors.put("hours-" + day, "Give the time it opens and the time it closes, or neither");
            } else if (!span.closes().equals(LocalTime.MIDNIGHT)
                    && !span.closes().isAfter(span.opens())) {
                errors.put("hours-" + day, "It closes after it opens (00:00 for midnight)");
            }
        });
        return errors;
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
        if (!present(r.street())) {
            return;
        }
        Optional<UUID> known = locationOf(serviceId);
        UUID locationId = known.orElseGet(UUID::randomUUID);
        Map<String, Object> location =
                new LinkedHashMap<>(first(store.where(HSDS.table("location"), "id", List.of(locationId))));
        location.put("id", locationId);
        location.put("location_type", "physical");
        location.put("name", r.name().strip());
        location.put("latitude", r.latitude());
        location.put("longitude", r.longitude());
        add(rows, "location", location, source);
        Map<String, Object> address =
                new LinkedHashMap<>(first(store.where(HSDS.table("address"), "location_id", List.of(locationId))));
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

    private Optional<UUID> locationOf(UUID serviceId) {
        return store
                .jdbc()
                .queryForList(
                        "select location_id from hsds_service_at_location where service_id = ? order by id limit 1",
                        UUID.class,
                        serviceId)
                .stream()
                .findFirst();
    }

    private List<UUID> weeklyScheduleIds(UUID serviceId) {
        return store.where(HSDS.table("schedule"), "service_id", List.of(serviceId)).stream()
                .filter(ResourceEditor::weekly)
                .map(s -> (UUID) s.get("id"))
                .toList();
    }

    private List<UUID> alongsideTermIds() {
        List<UUID> ids = new ArrayList<>();
        terms.of("need").values().forEach(t -> ids.add(t.id()));
        terms.of("dimension").values().forEach(t -> ids.add(t.id()));
        return ids;
    }

    /** A schedule the form edits: weekly, on plain weekdays, with both times. */
    private static boolean weekly(Map<String, Object> schedule) {
        return "WEEKLY".equals(schedule.get("freq"))
                && schedule.get("byday") instanceof String byday
                && byday.replace(" ", "").matches("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*")
                && schedule.get("opens_at") != null
                && schedule.get("closes_at") != null
                && schedule.get("valid_to") == null;
    }

    private static Map<String, Object> first(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private static String text(Map<String, Object> row, String field) {
        return row.get(field) == null ? null : row.get(field).toString();
    }

    private static Double number(Map<String, Object> row, String field) {
        return row.get(field) instanceof Number n ? n.doubleValue() : null;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void required(Map<String, String> errors, String field, String value, String message) {
        if (!present(value)) {
            errors.putIfAbsent(field, message);
        }
    }

    private static void longest(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.putIfAbsent(field, "Use at most " + max + " characters");
        }
    }
}
