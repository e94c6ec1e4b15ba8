package org.alongside.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Role;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who supervises whom. A peer worker may have several supervisors, one of them primary. Ended
 * assignments are kept as history.
 */
@Service
public class SupervisionManagement {

    private final Clock clock;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final StaffDirectory directory;
    private final StaffScope scope;

    SupervisionManagement(JdbcClient jdbc, AuditLog audit, StaffDirectory directory, StaffScope scope, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
        this.scope = scope;
    }

    /** Replaces a worker's current supervisors with {@code supervisorIds}; {@code primaryId} must be one of them. */
    @Transactional
    public List<SupervisorLink> assign(
            Viewer.StaffMember actor, UUID workerId, List<UUID> supervisorIds, UUID primaryId) {
        if (actor != null) {
            StaffManagement.requireAdmin(actor);
        }
        StaffSummary worker = directory
                .find(workerId)
                .filter(w -> actor == null || scope.manages(actor.id(), w.id()))
                .orElseThrow(() -> new NotFoundException("This staff account"));
        Set<UUID> supervisors = new LinkedHashSet<>(supervisorIds == null ? List.of() : supervisorIds);
        checkSupervisors(worker, supervisors, primaryId);
        jdbc.sql("update supervision_assignment set ended_at = :now where worker_id = :w and ended_at is null")
                .param("w", workerId)
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        for (UUID supervisor : supervisors) {
            jdbc.sql("""
                    insert into supervision_assignment (id, supervisor_id, worker_id, is_primary)
                    values (:id, :s, :w, :primary)
                    """)
                    .param("id", UUID.randomUUID())
                    .param("s", supervisor)
                    .param("w", workerId)
                    .param("primary", supervisor.equals(primaryId))
                    .update();
        }
        audit.record(
                AuditEvent.of(actor == null ? null : actor.id(), StaffActions.SUPERVISION_ASSIGN, "staff", workerId)
                        .withDetail("supervisors=" + supervisors + " primary=" + primaryId));
        return supervisorsOf(workerId);
    }

    private void checkSupervisors(StaffSummary worker, Set<UUID> supervisors, UUID primaryId) {
        if (supervisors.contains(worker.id())) {
            throw new InvalidInputException("supervisorIds", "A person cannot supervise themselves");
        }
        for (UUID id : supervisors) {
            StaffSummary supervisor = directory
                    .find(id)
                    .orElseThrow(() -> new InvalidInputException("supervisorIds", "Unknown supervisor: " + id));
            if (!supervisor.has(Role.SUPERVISOR) || !supervisor.active()) {
                throw new InvalidInputException(
                        "supervisorIds", supervisor.displayName() + " is not an active supervisor");
            }
            if (!scope.shareAProgram(supervisor.id(), worker.id())) {
                throw new InvalidInputException(
                        "supervisorIds", supervisor.displayName() + " does not share a program with this worker");
            }
        }
        if (!supervisors.isEmpty() && (primaryId == null || !supervisors.contains(primaryId))) {
            throw new InvalidInputException(
                    "primarySupervisorId", "Choose the primary supervisor from the supervisors listed");
        }
    }

    @Transactional(readOnly = true)
    public List<SupervisorLink> supervisorsOf(UUID workerId) {
        return links("a.worker_id = :id", workerId);
    }

    @Transactional(readOnly = true)
    public List<SupervisorLink> superviseesOf(UUID supervisorId) {
        return links("a.supervisor_id = :id", supervisorId);
    }

    @Transactional(readOnly = true)
    /** Current supervision of the workers this administrator manages (who share one of their programs). */
    public List<SupervisorLink> managedBy(Viewer.StaffMember actor) {
        Set<UUID> managed = scope.managed(actor.id());
        return links("true", null).stream()
                .filter(link -> managed.contains(link.workerId()))
                .toList();
    }

    private List<SupervisorLink> links(String condition, UUID id) {
        return jdbc.sql("""
                select a.supervisor_id, s.display_name as supervisor_name, a.worker_id, w.display_name as worker_name, a.is_primary
                from supervision_assignment a
                join staff_member s on s.id = a.supervisor_id
                join staff_member w on w.id = a.worker_id
                where a.ended_at is null and (%s)
                order by lower(w.display_name), a.is_primary desc, lower(s.display_name)
                """.formatted(condition))
                .param("id", id)
                .query((rs, n) -> new SupervisorLink(
                        rs.getObject("supervisor_id", UUID.class),
                        rs.getString("supervisor_name"),
                        rs.getObject("worker_id", UUID.class),
                        rs.getString("worker_name"),
                        rs.getBoolean("is_primary")))
                .list();
    }
}
