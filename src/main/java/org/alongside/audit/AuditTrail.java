package org.alongside.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.alongside.audit.domain.AuditEvents;
import org.alongside.audit.domain.AuditSealer;
import org.alongside.audit.domain.ChainHash;
import org.alongside.audit.domain.ChainHash.SealableEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading the audit trail: filtered browsing for administrators, and verification of the chain. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final AuditSealer sealer;
    private final AuditLog log;
    private final TransactionTemplate snapshot;

    AuditTrail(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            AuditSealer sealer,
            AuditLog log,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(2000);
        this.sealer = sealer;
        this.log = log;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public record Filter(UUID participantId, UUID actorId, String action, LocalDate from, LocalDate to) {}

    public record Entry(
            long id,
            Instant occurredAt,
            UUID actorId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            UUID participantId,
            String clientAddress,
            String outcome,
            String detail,
            boolean sealed) {}

    /** Newest first, at most {@code limit} records, optionally before a record id (for paging). */
    @Transactional(readOnly = true)
    public List<Entry> find(Filter filter, Long beforeId, int limit, ZoneId zone) {
        StringBuilder sql = new StringBuilder("""
                select %s, s.seq is not null as sealed, m.display_name as actor_name
                from audit_event e
                left join audit_seal s on s.event_id = e.id
                left join staff_member m on m.id = e.actor_id
                where true
                """.formatted(AuditEvents.COLUMNS));
        List<Object> args = new ArrayList<>();
        condition(sql, args, filter.participantId(), " and e.participant_id = ?");
        condition(sql, args, filter.actorId(), " and e.actor_id = ?");
        condition(sql, args, blankToNull(filter.action()), " and e.action = ?");
        condition(
                sql,
                args,
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toOffsetDateTime(),
                " and e.occurred_at >= ?");
        condition(
                sql,
                args,
                filter.to() == null
                        ? null
                        : filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                " and e.occurred_at < ?");
        condition(sql, args, beforeId, " and e.id < ?");
        sql.append(" order by e.id desc limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString())
                .params(args)
                .query((rs, n) -> {
                    SealableEvent e = AuditEvents.map(rs);
                    return new Entry(
                            e.id(),
                            e.occurredAt(),
                            e.actorId(),
                            rs.getString("actor_name"),
                            e.action(),
                            e.subjectType(),
                            e.subjectId(),
                            e.participantId(),
                            e.clientAddress(),
                            e.outcome(),
                            e.detail(),
                            rs.getBoolean("sealed"));
                })
                .list();
    }

    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action")
                .query(String.class)
                .list();
    }

    /**
     * What an administrator runs: seals what is waiting, verifies the whole chain, and records
     * that a verification ran and how it ended.
     */
    public AuditVerification verifyAndRecord(UUID actorId) {
        sealNow();
        AuditVerification result = snapshot.execute(status -> walk());
        log.record(AuditEvent.of(actorId, "audit.verify", "audit", null)
                .withOutcome(result.valid() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE)
                .withDetail("checked=" + result.checked()
                        + (result.valid() ? "" : " firstBroken=" + result.firstBrokenId())));
        return result;
    }

    /**
     * Walks the whole chain in one consistent snapshot. Reports the first record that was
     * altered, removed, reordered, or slipped in without a seal.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        return walk();
    }

    private AuditVerification walk() {
        ChainWalk walk = new ChainWalk();
        streaming.query("""
                select s.seq, s.event_id as sealed_event, s.hash, %s
                from audit_seal s left join audit_event e on e.id = s.event_id
                order by s.seq
                """.formatted(AuditEvents.COLUMNS), walk);
        Long unaccounted = jdbc.sql("""
                select min(e.id) from audit_event e
                where not exists (select 1 from audit_seal s where s.event_id = e.id)
                  and not exists (select 1 from audit_unsealed u where u.event_id = e.id)
                """).query(Long.class).optional().orElse(null);
        long awaiting = jdbc.sql("select count(*) from audit_unsealed")
                .query(Long.class)
                .single();
        Long firstBroken = walk.firstBroken != null ? walk.firstBroken : unaccounted;
        return new AuditVerification(firstBroken == null, walk.checked, firstBroken, awaiting);
    }

    /** Seals whatever committed records are waiting, so a verification right after a write covers it. */
    public void sealNow() {
        while (sealer.sealBatch(true) > 0) {
            // keep sealing until the queue is empty
        }
    }

    private static final class ChainWalk implements RowCallbackHandler {
        private byte[] previous = ChainHash.GENESIS;
        private long expectedSeq = 1;
        private long checked;
        private Long firstBroken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (firstBroken != null) {
                return;
            }
            checked++;
            long seq = rs.getLong("seq");
            long sealedEvent = rs.getLong("sealed_event");
            byte[] stored = rs.getBytes("hash");
            rs.getLong("id");
            if (rs.wasNull() || seq != expectedSeq) {
                firstBroken = sealedEvent;
                return;
            }
            byte[] recomputed = ChainHash.of(previous, AuditEvents.map(rs));
            if (!Arrays.equals(recomputed, stored)) {
                firstBroken = sealedEvent;
                return;
            }
            previous = stored;
            expectedSeq++;
        }
    }

    private static void condition(StringBuilder sql, List<Object> args, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
