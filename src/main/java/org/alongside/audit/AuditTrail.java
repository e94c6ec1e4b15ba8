package org.alongside.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.alongside.audit.AuditVerification.CheckpointProblem;
import org.alongside.audit.AuditVerification.CheckpointProblem.Kind;
import org.alongside.audit.domain.AuditCheckpoints;
import org.alongside.audit.domain.AuditCheckpoints.Checkpoint;
import org.alongside.audit.domain.AuditCheckpoints.Reading;
import org.alongside.audit.domain.AuditEvents;
import org.alongside.audit.domain.AuditKey;
import org.alongside.audit.domain.AuditSealer;
import org.alongside.audit.domain.ChainHash;
import org.alongside.audit.domain.ChainHash.SealableEvent;
import org.alongside.shared.Blank;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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
    private final AuditKey key;
    private final AuditCheckpoints checkpoints;

    AuditTrail(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            AuditSealer sealer,
            AuditLog log,
            PlatformTransactionManager transactions,
            AuditKey key,
            AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.key = key;
        this.checkpoints = checkpoints;
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
            String purpose,
            String subjectType,
            String subjectId,
            UUID participantId,
            String participantName,
            String clientAddress,
            String outcome,
            String detail,
            boolean sealed) {}

    /**
     * Newest first, at most {@code limit} records, optionally before a record id (for paging); rows
     * about a person only where {@code people} allows them.
     */
    @Transactional(readOnly = true)
    public List<Entry> find(Filter filter, AuditScope.PeopleRule people, Long beforeId, int limit, ZoneId zone) {
        StringBuilder sql = new StringBuilder("""
                select %s, s.seq is not null as sealed, m.display_name as actor_name, p.preferred_name as participant_name
                from audit_event e
                left join audit_seal s on s.event_id = e.id
                left join staff_member m on m.id = e.actor_id
                left join participant p on p.id = e.participant_id
                where %s
                """.formatted(AuditEvents.COLUMNS, people.on("e.participant_id")));
        MapSqlParameterSource params = new MapSqlParameterSource(people.params());
        condition(sql, params, "participant", filter.participantId(), " and e.participant_id = :participant");
        condition(sql, params, "actor", filter.actorId(), " and e.actor_id = :actor");
        condition(sql, params, "action", Blank.toNull(filter.action()), " and e.action = :action");
        condition(
                sql,
                params,
                "from",
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toOffsetDateTime(),
                " and e.occurred_at >= :from");
        condition(
                sql,
                params,
                "to",
                filter.to() == null
                        ? null
                        : filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                " and e.occurred_at < :to");
        condition(sql, params, "before", beforeId, " and e.id < :before");
        sql.append(" order by e.id desc limit :limit");
        params.addValue("limit", limit);
        return jdbc.sql(sql.toString())
                .paramSource(params)
                .query((rs, n) -> {
                    SealableEvent e = AuditEvents.map(rs);
                    return new Entry(
                            e.id(),
                            e.occurredAt(),
                            e.actorId(),
                            rs.getString("actor_name"),
                            e.action(),
                            e.purpose(),
                            e.subjectType(),
                            e.subjectId(),
                            e.participantId(),
                            rs.getString("participant_name"),
                            e.clientAddress(),
                            e.outcome(),
                            e.detail(),
                            rs.getBoolean("sealed"));
                })
                .list();
    }

    /**
     * What an administrator runs: seals what is waiting, verifies the whole chain, and records
     * that a verification ran and how it ended.
     */
    public AuditVerification verifyAndRecord(UUID actorId) {
        sealNow();
        AuditVerification result = snapshot.execute(status -> walk());
        log.record(AuditEvent.of(actorId, AuditActions.VERIFY, "audit", null)
                .withOutcome(result.valid() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE)
                .withDetail("checked=" + result.checked()
                        + (result.firstBrokenId() == null ? "" : " firstBroken=" + result.firstBrokenId())
                        + (result.checkpointProblem() == null
                                ? ""
                                : " checkpoint=" + result.checkpointProblem().kind() + " line="
                                        + result.checkpointProblem().line())));
        return result;
    }

    /**
     * Walks the whole chain in one consistent snapshot and compares it with the last signed
     * checkpoint. Reports the first record that was altered, removed, reordered, replayed, or
     * slipped in without the writer's proof, and a checkpoint the chain no longer matches (a
     * truncated tail, a renumbered or recomputed chain).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        return walk();
    }

    private AuditVerification walk() {
        Reading reading = checkpoints.read();
        Checkpoint latest = reading.latest();
        ChainWalk walk = new ChainWalk(key, latest);
        streaming.query("""
                select s.seq, s.event_id as sealed_event, s.hash, s.keyed, %s
                from audit_seal s left join audit_event e on e.id = s.event_id
                order by s.seq
                """.formatted(AuditEvents.COLUMNS), walk);
        Long unaccounted = jdbc.sql("""
                select min(e.id) from audit_event e
                where not exists (select 1 from audit_seal s where s.event_id = e.id)
                  and not exists (select 1 from audit_unsealed u where u.event_id = e.id)
                """).query(Long.class).optional().orElse(null);
        Long replayed = jdbc.sql("""
                select min(id) from (
                    select id, row_number() over (partition by writer_proof order by id) as copy
                    from audit_event where writer_proof is not null) proofs
                where copy > 1
                """).query(Long.class).optional().orElse(null);
        long awaiting = jdbc.sql("select count(*) from audit_unsealed")
                .query(Long.class)
                .single();
        Long firstBroken = earliest(earliest(walk.firstBroken, unaccounted), replayed);
        CheckpointProblem problem = checkpointProblem(reading, latest, walk);
        return new AuditVerification(
                firstBroken == null && problem == null, walk.checked, firstBroken, awaiting, problem);
    }

    private static CheckpointProblem checkpointProblem(Reading reading, Checkpoint latest, ChainWalk walk) {
        if (!reading.exists()) {
            return new CheckpointProblem(Kind.MISSING, null, null, null, walk.lastSeq);
        }
        if (reading.alteredLine() != null) {
            return new CheckpointProblem(Kind.ALTERED, reading.alteredLine(), null, null, walk.lastSeq);
        }
        if (latest == null || latest.seq() == 0) {
            return null;
        }
        if (walk.hashAtCheckpoint == null) {
            return new CheckpointProblem(Kind.TRUNCATED, latest.line(), latest.seq(), latest.at(), walk.lastSeq);
        }
        if (!Arrays.equals(walk.hashAtCheckpoint, latest.hash())) {
            return new CheckpointProblem(Kind.MISMATCH, latest.line(), latest.seq(), latest.at(), walk.lastSeq);
        }
        return null;
    }

    private static Long earliest(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }

    /** Seals whatever committed records are waiting, so a verification right after a write covers it. */
    public void sealNow() {
        while (sealer.sealBatch(true) > 0) {
            // keep sealing until the queue is empty
        }
    }

    /**
     * Recomputes each seal in order. Seals made before the key existed (plain SHA-256) may only
     * come first, and not from the sequence number where the checkpoints say keyed sealing began.
     */
    private static final class ChainWalk implements RowCallbackHandler {
        private final AuditKey key;
        private final Checkpoint checkpoint;
        private final long keyedFrom;
        private byte[] previous = ChainHash.GENESIS;
        private long expectedSeq = 1;
        private boolean keyedSeen;
        private long checked;
        private long lastSeq;
        private Long firstBroken;
        private byte[] hashAtCheckpoint;

        ChainWalk(AuditKey key, Checkpoint checkpoint) {
            this.key = key;
            this.checkpoint = checkpoint;
            this.keyedFrom = checkpoint == null ? Long.MAX_VALUE : checkpoint.keyedFrom();
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long seq = rs.getLong("seq");
            byte[] stored = rs.getBytes("hash");
            lastSeq = seq;
            if (checkpoint != null && seq == checkpoint.seq()) {
                hashAtCheckpoint = stored;
            }
            if (firstBroken != null) {
                return;
            }
            checked++;
            long sealedEvent = rs.getLong("sealed_event");
            rs.getLong("id");
            if (rs.wasNull() || seq != expectedSeq) {
                firstBroken = sealedEvent;
                return;
            }
            SealableEvent event = AuditEvents.map(rs);
            byte[] recomputed;
            if (rs.getBoolean("keyed")) {
                keyedSeen = true;
                recomputed = ChainHash.provenByWriter(key, event) ? ChainHash.keyed(key, previous, event) : null;
            } else {
                recomputed = keyedSeen || seq >= keyedFrom ? null : ChainHash.unkeyed(previous, event);
            }
            if (recomputed == null || !Arrays.equals(recomputed, stored)) {
                firstBroken = sealedEvent;
                return;
            }
            previous = stored;
            expectedSeq++;
        }
    }

    private static void condition(
            StringBuilder sql, MapSqlParameterSource params, String name, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            params.addValue(name, value);
        }
    }

    /** Whether this node's last periodic audit checkpoint could not be written (the log says why). */
    public boolean checkpointFailing() {
        return sealer.checkpointFailing();
    }
}
