package org.alongside.directory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alongside.directory.domain.DirectoryStore;
import org.alongside.directory.domain.HsdsTables;
import org.alongside.directory.domain.HsdsValues;
import org.alongside.directory.domain.OpeningHours;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One service as staff read it before referring someone: what it is, who runs it, whether it is
 * open now and its hours, how to reach it, what it costs, in which languages, what to bring.
 */
@Service
public class ServicePage {

    /** A schedule in parts a page can say in the reader's language. */
    public record Hours(List<DayOfWeek> weekdays, Integer nth, LocalTime opens, LocalTime closes, String description) {}

    public record Place(String name, String address, Double latitude, Double longitude, String transportation) {}

    public record View(
            UUID id,
            String name,
            String organization,
            String description,
            String status,
            boolean openNow,
            List<Hours> hours,
            List<String> phones,
            List<Place> places,
            List<String> languages,
            List<String> costs,
            List<String> documents,
            String applicationProcess,
            String eligibility,
            String fees,
            String url,
            String email) {

        public boolean takesReferrals() {
            return DirectorySearch.takesReferrals(status);
        }
    }

    private final DirectoryStore store;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    ServicePage(DirectoryStore store, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public Optional<View> of(UUID id) {
        return readOnly.execute(status -> {
            var services = store.where(HsdsTables.standard().table("service"), "id", List.of(id));
            if (services.isEmpty()) {
                return Optional.<View>empty();
            }
            Map<String, Object> service = services.get(0);
            var organization = store.where(
                    HsdsTables.standard().table("organization"), "id", List.of((UUID) service.get("organization_id")));
            var schedules = store.schedulesOf(List.of(id)).getOrDefault(id, List.of());
            return Optional.of(new View(
                    id,
                    text(service, "name"),
                    organization.isEmpty() ? null : text(organization.get(0), "name"),
                    text(service, "description"),
                    text(service, "status"),
                    OpeningHours.openAt(schedules, Instant.now(clock), clock.getZone()),
                    schedules.stream()
                            .map(schedule -> hours(schedule, LocalDate.now(clock)))
                            .flatMap(Optional::stream)
                            .toList(),
                    column("select number from hsds_phone where service_id = ? order by id", id),
                    places(id),
                    column("select coalesce(name, code) from hsds_language where service_id = ? order by name", id),
                    costs(id),
                    column("select document from hsds_required_document where service_id = ? order by id", id),
                    text(service, "application_process"),
                    text(service, "eligibility_description"),
                    text(service, "fees_description"),
                    text(service, "url"),
                    text(service, "email")));
        });
    }

    private static Optional<Hours> hours(Map<String, Object> schedule, LocalDate today) {
        if (!(schedule.get("opens_at") instanceof String opens)
                || !(schedule.get("closes_at") instanceof String closes)) {
            return Optional.empty();
        }
        if (schedule.get("valid_to") instanceof LocalDate to && to.isBefore(today)) {
            return Optional.empty();
        }
        List<DayOfWeek> days = new ArrayList<>();
        Integer nth = null;
        if (schedule.get("byday") instanceof String byday) {
            for (String rule : byday.replace(" ", "").split(",")) {
                days.add(OpeningHours.weekday(rule.substring(rule.length() - 2)));
                if (rule.length() > 2 && "MONTHLY".equals(schedule.get("freq"))) {
                    nth = Integer.parseInt(rule.substring(0, rule.length() - 2));
                }
            }
        }
        return Optional.of(new Hours(days, nth, HsdsValues.localTime(opens), HsdsValues.localTime(closes), (String)
                schedule.get("description")));
    }

    private List<Place> places(UUID id) {
        return store.jdbc()
                .query(
                        """
                        select l.name, concat_ws(', ', a.address_1, a.address_2, a.city, a.state_province, a.postal_code),
                               l.latitude, l.longitude, l.transportation
                          from hsds_service_at_location sal join hsds_location l on l.id = sal.location_id
                          left join hsds_address a on a.location_id = l.id and a.address_type = 'physical'
                         where sal.service_id = ? order by l.name, l.id
                        """,
                        (rs, n) -> new Place(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getObject(3) == null ? null : rs.getDouble(3),
                                rs.getObject(4) == null ? null : rs.getDouble(4),
                                rs.getString(5)),
                        id);
    }

    private List<String> costs(UUID id) {
        return column(
                "select concat_ws(' ', option, case when amount is not null then currency || ' ' || amount end,"
                        + " amount_description) from hsds_cost_option where service_id = ? order by id",
                id);
    }

    private List<String> column(String sql, UUID id) {
        return store.jdbc().queryForList(sql, String.class, id);
    }

    private static String text(Map<String, Object> row, String field) {
        return row.get(field) instanceof String text ? text : null;
    }
}
