package org.alongside.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.alongside.audit.domain.AuditKey;
import org.alongside.audit.domain.ChainHash;
import org.alongside.audit.domain.ChainHash.SealableEvent;
import org.alongside.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit records: one INSERT, inside the transaction of the change it records, so no change
 * can exist without its record. The writer's proof (an HMAC of the record under the audit key) goes
 * with it, so the sealer, which seals into the hash chain afterwards in the background, can tell it
 * from a row someone else inserted.
 */
@Service
public class AuditLog {

    private final Clock clock;

    private final JdbcClient jdbc;
    private final AuditKey key;

    AuditLog(JdbcClient jdbc, AuditKey key, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.key = key;
    }

    @Transactional
    public void record(AuditEvent event) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String address = clientAddress();
        String purpose = event.purpose() == null ? null : event.purpose().name().toLowerCase(Locale.ROOT);
        byte[] proof = ChainHash.writerProof(
                key,
                new SealableEvent(
                        0,
                        at,
                        event.actorId(),
                        event.action(),
                        event.subjectType(),
                        event.subjectId(),
                        event.participantId(),
                        address,
                        event.outcome().name(),
                        event.detail(),
                        purpose,
                        null));
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, action, purpose, subject_type, subject_id, participant_id, client_address, outcome, detail, writer_proof)
                values (:at, :actor, :action, :purpose, :subjectType, :subjectId, :participant, :address, :outcome, :detail, :proof)
                """)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("actor", event.actorId())
                .param("action", event.action())
                .param("purpose", purpose)
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("participant", event.participantId())
                .param("address", address)
                .param("outcome", event.outcome().name())
                .param("detail", event.detail())
                .param("proof", proof)
                .update();
    }

    /**
     * Writes refusals in a transaction of their own, so they stay recorded whatever happens to the
     * transaction of the request that was refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusals(List<AuditEvent> refusals) {
        refusals.forEach(this::record);
    }

    /**
     * The one way a refusal answers: its DENIED rows kept as {@link #recordRefusals} keeps them, and
     * the answer for something that does not exist ({@code what}, the same words as for a missing
     * record), for the caller to throw. The record gate and the groups refuse through it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public NotFoundException refusal(String what, List<AuditEvent> refusals) {
        refusals.forEach(this::record);
        return new NotFoundException(what);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
