package org.alongside.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffDirectory;
import org.alongside.staff.StaffRelations;
import org.alongside.workforce.domain.Renewal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce at a glance for a supervisor (their supervisees) or an administrator (the staff
 * they manage): every current credential with where it stands, the soonest and the lapsed first,
 * sorted into lapsed, late, in grace, expiring within 30, 60 and 90 days, and later.
 */
@Service
public class WorkforceDashboard {

    public enum Bucket {
        LAPSED,
        LATE,
        GRACE,
        WITHIN_30,
        WITHIN_60,
        WITHIN_90,
        LATER
    }

    /** One credential of one person, with its bucket and the days until it expires (negative once past). */
    public record Row(UUID staffId, String name, Credentials.Held held, Bucket bucket, Long daysLeft) {}

    public record View(List<Row> rows, Map<Bucket, Integer> counts, int people) {

        /** The rows in one bucket, in the view's order. */
        public List<Row> in(Bucket bucket) {
            return rows.stream().filter(r -> r.bucket() == bucket).toList();
        }
    }

    private final StaffRelations relations;
    private final StaffDirectory directory;
    private final Credentials credentials;
    private final AuditLog audit;
    private final Clock clock;

    WorkforceDashboard(
            StaffRelations relations, StaffDirectory directory, Credentials credentials, AuditLog audit, Clock clock) {
        this.relations = relations;
        this.directory = directory;
        this.credentials = credentials;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public View of(Viewer.StaffMember viewer) {
        List<UUID> reached = relations.reachedBy(viewer).stream()
                .filter(id -> !id.equals(viewer.id()) || !(viewer.isAdmin() || viewer.isSupervisor()))
                .toList();
        Map<UUID, String> names = directory.names(reached);
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = credentials.standings(reached).stream()
                .map(held -> {
                    LocalDate expires = held.standing().expiresOn();
                    Long days = expires == null ? null : ChronoUnit.DAYS.between(today, expires);
                    return new Row(
                            held.credential().staffId(),
                            names.get(held.credential().staffId()),
                            held,
                            bucket(held.standing().state(), days),
                            days);
                })
                .sorted(Comparator.comparing(Row::bucket)
                        .thenComparing(r -> r.daysLeft() == null ? Long.MAX_VALUE : r.daysLeft())
                        .thenComparing(Row::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
        Map<Bucket, Integer> counts = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            counts.put(bucket, (int)
                    rows.stream().filter(r -> r.bucket() == bucket).count());
        }
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.DASHBOARD, "staff", null)
                .withDetail("people=" + reached.size() + " credentials=" + rows.size()));
        return new View(rows, counts, reached.size());
    }

    static Bucket bucket(Renewal.State state, Long daysLeft) {
        return switch (state) {
            case LAPSED -> Bucket.LAPSED;
            case LATE -> Bucket.LATE;
            case GRACE -> Bucket.GRACE;
            case ACTIVE ->
                daysLeft == null || daysLeft > 90
                        ? Bucket.LATER
                        : daysLeft <= 30 ? Bucket.WITHIN_30 : daysLeft <= 60 ? Bucket.WITHIN_60 : Bucket.WITHIN_90;
        };
    }
}
