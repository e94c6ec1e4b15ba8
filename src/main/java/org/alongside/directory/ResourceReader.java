package org.alongside.directory;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alongside.directory.domain.DirectoryStore;
import org.alongside.directory.domain.HsdsTables;
import org.alongside.directory.domain.HsdsValues;
import org.alongside.directory.domain.OpeningHours;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads one directory service back into the form it was typed in, for its edit page and the API. */
@Service
public class ResourceReader {

    private static final HsdsTables HSDS = HsdsTables.standard();

    private final DirectoryStore store;
    private final AlongsideTerms terms;
    private final TransactionTemplate transaction;

    ResourceReader(DirectoryStore store, AlongsideTerms terms, TransactionTemplate transaction) {
        this.store = store;
        this.terms = terms;
        this.transaction = transaction;
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
            Map<DayOfWeek, Resource.Span> hours = new EnumMap<>(DayOfWeek.class);
            for (Map<String, Object> schedule : store.where(HSDS.table("schedule"), "service_id", List.of(id))) {
                if (weekly(schedule)) {
                    for (String day :
                            ((String) schedule.get("byday")).replace(" ", "").split(",")) {
                        hours.putIfAbsent(
                                OpeningHours.weekday(day),
                                new Resource.Span(
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

    Optional<UUID> locationOf(UUID serviceId) {
        return store
                .jdbc()
                .queryForList(
                        "select location_id from hsds_service_at_location where service_id = ? order by id limit 1",
                        UUID.class,
                        serviceId)
                .stream()
                .findFirst();
    }

    /** A schedule the form edits: weekly, on plain weekdays, with both times. */
    static boolean weekly(Map<String, Object> schedule) {
        return "WEEKLY".equals(schedule.get("freq"))
                && schedule.get("byday") instanceof String byday
                && byday.replace(" ", "").matches("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*")
                && schedule.get("opens_at") != null
                && schedule.get("closes_at") != null
                && schedule.get("valid_to") == null;
    }

    static Map<String, Object> first(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    static String text(Map<String, Object> row, String field) {
        return row.get(field) == null ? null : row.get(field).toString();
    }

    static Double number(Map<String, Object> row, String field) {
        return row.get(field) instanceof Number n ? n.doubleValue() : null;
    }
}
