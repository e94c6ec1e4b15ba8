package org.alongside.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Role;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffRelations;
import org.alongside.staff.StaffRelations.Relation;
import org.alongside.supervision.domain.SupervisorCompetency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

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

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null) {
            errors.put("assessedOn", "Give the day of the assessment");
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.put("assessedOn", "An assessment cannot be dated in the future");
        }
        Map<SupervisorCompetency, Integer> kept = new EnumMap<>(SupervisorCompetency.class);
        (scores == null ? Map.<SupervisorCompetency, Integer>of() : scores).forEach((c, s) -> {
            if (s != null) {
                kept.put(c, s);
            }
        });
        if (kept.isEmpty() || kept.values().stream().anyMatch(s -> s < 1 || s > 4)) {
            errors.put("scores", "Score at least one competency, each from 1 to 4");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Integer> stored = new LinkedHashMap<>();
        kept.forEach((c, s) -> stored.put(c.name(), s));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into competency_assessment (id, staff_id, assessor_id, kind, assessed_on, scores, recorded_at, framework)
                values (:id, :staff, :staff, 'SELF', :on, cast(:scores as jsonb), :at, 'PEER_SUPERVISION')
                """)
                .param("id", id)
                .param("staff", viewer.id())
                .param("on", on)
                .param("scores", JSON.writeValueAsString(stored))
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
                    Map<SupervisorCompetency, Integer> scores = new EnumMap<>(SupervisorCompetency.class);
                    JSON.readTree(rs.getString("scores"))
                            .properties()
                            .forEach(e -> scores.put(
                                    SupervisorCompetency.valueOf(e.getKey()),
                                    e.getValue().asInt()));
                    return new SelfAssessment(
                            rs.getObject("id", UUID.class), rs.getObject("assessed_on", LocalDate.class), scores);
                })
                .list();
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.ASSESSMENTS, "staff", supervisorId)
                .withDetail("framework=PEER_SUPERVISION"));
        return found;
    }
}
