package org.alongside.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Role;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffRelations;
import org.alongside.staff.StaffRelations.Relation;
import org.alongside.supervision.domain.SupervisorCompetency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's self-assessment against the peer-supervision competencies, 1 to 4, kept over
 * time: made by the supervisor of themselves, read by them and the administrators who manage them.
 */
@Service
public class SupervisorSelfAssessments {

    public record SelfAssessment(UUID id, LocalDate assessedOn, Map<SupervisorCompetency, Integer> scores) {

        public Integer scoreOf(SupervisorCompetency competency) {
            return scores.get(competency);
        }
    }

    private final JdbcClient jdbc;
    private final StaffRelations relations;
    private final AuditLog audit;
    private final Clock clock;

    SupervisorSelfAssessments(JdbcClient jdbc, StaffRelations relations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.relations = relations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SelfAssessment assess(Viewer.StaffMember viewer, LocalDate on, Map<SupervisorCompetency, Integer> scores) {
        if (!viewer.has(Role.SUPERVISOR)) {
            throw audit.refusal(
                    "This self-assessment",
                    List.of(AuditEvent.denied(viewer.id(), SupervisionActions.ASSESS, "staff", viewer.id())));
        }
        Map<SupervisorCompetency, Integer> kept =
                Scores.checked(SupervisorCompetency.class, on, scores, LocalDate.now(clock), new LinkedHashMap<>());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into competency_assessment (id, staff_id, assessor_id, kind, assessed_on, scores, recorded_at, framework)
                values (:id, :staff, :staff, 'SELF', :on, cast(:scores as jsonb), :at, 'PEER_SUPERVISION')
                """)
                .param("id", id)
                .param("staff", viewer.id())
                .param("on", on)
                .param("scores", Scores.json(kept))
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.ASSESS, "staff", viewer.id())
                .withDetail("kind=SUPERVISOR_SELF"));
        return new SelfAssessment(id, on, kept);
    }

    /** A supervisor's self-assessments, oldest first: for the supervisor and their administrators. */
    @Transactional
    public List<SelfAssessment> of(Viewer.StaffMember viewer, UUID supervisorId) {
        Relation relation = relations.of(viewer, supervisorId);
        if (relation != Relation.SELF && relation != Relation.ADMINISTRATOR) {
            throw audit.refusal(
                    "This self-assessment",
                    List.of(AuditEvent.denied(viewer.id(), SupervisionActions.ASSESSMENTS, "staff", supervisorId)));
        }
        List<SelfAssessment> found = jdbc.sql("""
                select id, assessed_on, scores from competency_assessment
                where staff_id = :staff and framework = 'PEER_SUPERVISION' order by assessed_on, recorded_at
                """)
                .param("staff", supervisorId)
                .query((rs, n) -> {
                    return new SelfAssessment(
                            rs.getObject("id", UUID.class),
                            rs.getObject("assessed_on", LocalDate.class),
                            Scores.read(SupervisorCompetency.class, rs.getString("scores")));
                })
                .list();
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.ASSESSMENTS, "staff", supervisorId)
                .withDetail("framework=PEER_SUPERVISION"));
        return found;
    }
}
