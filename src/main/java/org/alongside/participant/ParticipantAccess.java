package org.alongside.participant;

import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see a participant: their primary peer worker; a supervisor of that worker; an
 * administrator of a program the person is or was enrolled in. One SQL predicate, used for single
 * records, lists, search and counts alike, so no path can see more than another.
 */
@Component
public class ParticipantAccess {

    /** SQL condition over alias {@code p} (participant); binds {@code :viewer}, {@code :supervisor}, {@code :admin}. */
    public static final String VISIBLE = """
            (p.primary_worker_id = :viewer
             or (:supervisor and exists (select 1 from supervision_assignment sa
                     where sa.supervisor_id = :viewer and sa.worker_id = p.primary_worker_id and sa.ended_at is null))
             or (:admin and exists (select 1 from enrolment en join program_member pm on pm.program_id = en.program_id
                     where en.participant = p.id and pm.staff_id = :viewer)))
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ParticipantAccess(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Lets the call go on only if the user may see the person; otherwise records the refusal
     * (outcome DENIED) and answers exactly as for a record that does not exist.
     */
    public void require(CurrentUser user, UUID participantId, String action) {
        if (!maySee(user, participantId)) {
            refuse(user, participantId, action);
        }
    }

    /**
     * For callers that evaluated {@link #VISIBLE} inside a larger statement of their own and got
     * false: records the refusal and answers as for a record that does not exist.
     */
    public void refuse(CurrentUser user, UUID participantId, String action) {
        audit.record(new AuditEvent(user == null ? null : user.id(), action, "participant",
                String.valueOf(participantId), null, AuditEvent.Outcome.DENIED, null));
        throw new NotFoundException("This person's record");
    }

    /** One query; false both when the record does not exist and when it may not be seen. */
    public boolean maySee(CurrentUser user, UUID participantId) {
        if (user == null || participantId == null) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from participant p where p.id = :id and " + VISIBLE + ")")
                .paramSource(bind(user).addValue("id", participantId)).query(Boolean.class).single();
    }

    public static MapSqlParameterSource bind(CurrentUser user) {
        return new MapSqlParameterSource().addValue("viewer", user.id()).addValue("supervisor", user.isSupervisor())
                .addValue("admin", user.isAdmin());
    }
}
