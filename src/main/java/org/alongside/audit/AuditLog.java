package org.alongside.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit records: one INSERT, inside the transaction of the change it records, so no change
 * can exist without its record. Sealing into the hash chain happens afterwards, in the background.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(AuditEvent event) {
        jdbc.sql("""
                insert into audit_event (actor_id, action, subject_type, subject_id, participant_id, client_address, outcome, detail)
                values (:actor, :action, :subjectType, :subjectId, :participant, :address, :outcome, :detail)
                """)
                .param("actor", event.actorId())
                .param("action", event.action())
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("participant", event.participantId())
                .param("address", clientAddress())
                .param("outcome", event.outcome().name())
                .param("detail", event.detail())
                .update();
    }

    /**
     * Writes a refusal in a transaction of its own, so it stays recorded whatever happens to the
     * transaction of the request that was refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditEvent event) {
        record(event);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
