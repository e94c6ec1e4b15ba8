package org.alongside.audit.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alongside.audit.domain.AuditCheckpoints.Checkpoint;
import org.alongside.audit.domain.AuditCheckpoints.Reading;
import org.alongside.audit.domain.ChainHash.SealableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit records into one keyed chain, in short batches, a few times a second, and
 * writes a signed checkpoint of the chain's head to a file at a fixed interval. Writers never wait
 * for it. Only records that carry a valid writer's proof are sealed. An advisory lock lets only one
 * application node seal at a time.
 */
@Component
public class AuditSealer {

    private final Clock clock;

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final long SEALER_LOCK = 0x616c6f6e67L;
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final AuditKey key;
    private final AuditCheckpoints checkpoints;
    private Checkpoint lastCheckpoint;

    public AuditSealer(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            TransactionTemplate transaction,
            AuditKey key,
            AuditCheckpoints checkpoints,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = transaction;
        this.key = key;
        this.checkpoints = checkpoints;
    }

    @Scheduled(fixedDelayString = "${alongside.audit.seal-interval-ms:200}")
    void sealPending() {
        try {
            while (sealBatch(false) == BATCH) {
                // a full batch means more are waiting
            }
        } catch (RuntimeException e) {
            log.warn("Sealing audit records failed; will retry: {}", e.getMessage());
        }
    }

    @EventListener(ApplicationStartedEvent.class)
    void firstCheckpoint() {
        checkpoint();
    }

    @Scheduled(
            fixedDelayString = "${alongside.audit.checkpoint-interval-ms:300000}",
            initialDelayString = "${alongside.audit.checkpoint-interval-ms:300000}")
    void checkpointPeriodically() {
        try {
            checkpoint();
            checkpointFailing = false;
        } catch (RuntimeException e) {
            checkpointFailing = true;
            log.error("Writing the audit checkpoint failed; will retry: {}", e.getMessage());
        }
    }

    private volatile boolean checkpointFailing;

    /** Whether the last attempt to write the periodic checkpoint failed (administrators see it on Today). */
    public boolean checkpointFailing() {
        return checkpointFailing;
    }

    /**
     * Appends the chain's head to the checkpoint file if it moved since the last checkpoint. The
     * first checkpoint of a file fixes where keyed sealing began (the oldest keyed seal, or the
     * next one to be made).
     */
    public synchronized void checkpoint() {
        if (lastCheckpoint == null) {
            Reading reading = checkpoints.read();
            if (reading.alteredLine() != null) {
                log.error(
                        "The audit checkpoint file {} was altered at line {}; verification will report it",
                        checkpoints.file(),
                        reading.alteredLine());
            }
            lastCheckpoint = reading.latest();
        }
        Head head = head();
        if (lastCheckpoint != null && lastCheckpoint.seq() == head.seq()) {
            return;
        }
        long keyedFrom = lastCheckpoint != null
                ? lastCheckpoint.keyedFrom()
                : jdbc.sql("select coalesce(min(seq) filter (where keyed), max(seq) + 1, 1) from audit_seal")
                        .query(Long.class)
                        .single();
        Instant at = Instant.now(clock);
        checkpoints.append(head.seq(), head.hash(), keyedFrom, at);
        lastCheckpoint = new Checkpoint(0, head.seq(), head.hash(), keyedFrom, at);
    }

    /**
     * Seals up to one batch; returns how many records were taken off the queue. With {@code
     * waitForLock}, waits while another sealer (a node, or the background run) finishes its batch,
     * so that every record committed before the call is sealed when the caller loops until this
     * returns 0.
     */
    public int sealBatch(boolean waitForLock) {
        Integer taken = transaction.execute(status -> {
            if (waitForLock) {
                jdbc.sql("select pg_advisory_xact_lock(:key)")
                        .param("key", SEALER_LOCK)
                        .query()
                        .singleRow();
            } else if (!jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", SEALER_LOCK)
                    .query(Boolean.class)
                    .single()) {
                return 0;
            }
            List<SealableEvent> events = jdbc.sql("""
                    with taken as (
                        delete from audit_unsealed where event_id in
                            (select event_id from audit_unsealed order by event_id limit :batch)
                        returning event_id)
                    select %s from audit_event e join taken t on t.event_id = e.id order by e.id
                    """.formatted(AuditEvents.COLUMNS))
                    .param("batch", BATCH)
                    .query((rs, n) -> AuditEvents.map(rs))
                    .list();
            List<SealableEvent> proven = new ArrayList<>(events.size());
            List<Long> refused = new ArrayList<>();
            for (SealableEvent event : events) {
                if (ChainHash.provenByWriter(key, event)) {
                    proven.add(event);
                } else {
                    refused.add(event.id());
                }
            }
            if (!refused.isEmpty()) {
                log.error(
                        "Audit records {} carry no valid writer's proof: they were not written by this "
                                + "application's audit path (or were altered before sealing) and are not sealed",
                        refused);
            }
            appendSeals(proven);
            return events.size();
        });
        return taken == null ? 0 : taken;
    }

    private void appendSeals(List<SealableEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Head head = head();
        long seq = head.seq();
        byte[] previous = head.hash();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (SealableEvent event : events) {
            previous = ChainHash.keyed(key, previous, event);
            rows.add(new Object[] {++seq, event.id(), previous});
        }
        jdbcTemplate.batchUpdate("insert into audit_seal (seq, event_id, hash, keyed) values (?, ?, ?, true)", rows);
    }

    private Head head() {
        return jdbc.sql("select seq, hash from audit_seal order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
                .optional()
                .orElse(new Head(0, ChainHash.GENESIS));
    }

    private record Head(long seq, byte[] hash) {}
}
