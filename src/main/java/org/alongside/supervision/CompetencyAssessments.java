package org.alongside.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffRelations;
import org.alongside.staff.StaffRelations.Relation;
import org.alongside.supervision.domain.Competency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competency assessments on SAMHSA's twelve categories, each scored 1 to 4 against anchored
 * descriptions: a worker assesses themselves, their current supervisor assesses them, and the
 * two are read side by side and over time by the worker, their supervisors and administrators.
 * Someone who is not the worker's supervisor cannot assess them (404).
 */
@Service
public class CompetencyAssessments {

    public enum Kind {
        SELF,
        SUPERVISOR
    }

    public record Assessment(
            UUID id,
            UUID staffId,
            UUID assessorId,
            Kind kind,
            LocalDate assessedOn,
            Map<Competency, Integer> scores,
            String notes) {

        public Integer scoreOf(Competency competency) {
            return scores.get(competency);
        }
    }

    private final JdbcClient jdbc;
    private final StaffRelations relations;
    private final AuditLog audit;
    private final Clock clock;

    CompetencyAssessments(JdbcClient jdbc, StaffRelations relations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.relations = relations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an assessment: of oneself (SELF), or of a current supervisee (SUPERVISOR). */
    @Transactional
    public Assessment assess(
            Viewer.StaffMember viewer, UUID staffId, LocalDate on, Map<Competency, Integer> scores, String notes) {
        Relation relation = relations.of(viewer, staffId);
        if (relation != Relation.SELF && relation != Relation.SUPERVISOR) {
            throw audit.refusal(
                    "This staff member",
                    List.of(AuditEvent.denied(viewer.id(), SupervisionActions.ASSESS, "staff", staffId)));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (notes != null && notes.strip().length() > 4000) {
            errors.put("notes", "This is too long");
        }
        Map<Competency, Integer> kept = Scores.checked(Competency.class, on, scores, LocalDate.now(clock), errors);
        Assessment assessment = new Assessment(
                UUID.randomUUID(),
                staffId,
                viewer.id(),
                relation == Relation.SELF ? Kind.SELF : Kind.SUPERVISOR,
                on,
                kept,
                notes == null || notes.isBlank() ? null : notes.strip());
        jdbc.sql("""
                insert into competency_assessment (id, staff_id, assessor_id, kind, assessed_on, scores, notes, recorded_at)
                values (:id, :staff, :assessor, :kind, :on, cast(:scores as jsonb), :notes, :at)
                """)
                .param("id", assessment.id())
                .param("staff", staffId)
                .param("assessor", viewer.id())
                .param("kind", assessment.kind().name())
                .param("on", on)
                .param("scores", Scores.json(kept))
                .param("notes", assessment.notes())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.ASSESS, "staff", staffId)
                .withDetail("kind=" + assessment.kind()));
        return assessment;
    }

    /** A worker's assessments, oldest first, for the worker, their supervisors and administrators. */
    @Transactional
    public List<Assessment> of(Viewer.StaffMember viewer, UUID staffId) {
        if (relations.of(viewer, staffId) == Relation.NONE) {
            throw audit.refusal(
                    "This staff member",
                    List.of(AuditEvent.denied(viewer.id(), SupervisionActions.ASSESSMENTS, "staff", staffId)));
        }
        List<Assessment> found = new ArrayList<>(jdbc.sql("""
                select * from competency_assessment where staff_id = :staff and framework = 'PEER_WORKER'
                order by assessed_on, recorded_at
                """)
                .param("staff", staffId)
                .query((rs, n) -> {
                    return new Assessment(
                            rs.getObject("id", UUID.class),
                            rs.getObject("staff_id", UUID.class),
                            rs.getObject("assessor_id", UUID.class),
                            Kind.valueOf(rs.getString("kind")),
                            rs.getObject("assessed_on", LocalDate.class),
                            Scores.read(Competency.class, rs.getString("scores")),
                            rs.getString("notes"));
                })
                .list());
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.ASSESSMENTS, "staff", staffId)
                .withDetail("assessments=" + found.size()));
        return found;
    }
}
