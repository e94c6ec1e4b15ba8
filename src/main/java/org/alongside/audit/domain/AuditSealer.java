package org.alongside.audit.domain;

import java.util.ArrayList;
import java.util.List;
import org.alongside.audit.domain.ChainHash.SealableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit records into one hash chain, in short batches, a few times a second.
 * Writers never wait for it. An advisory lock lets only one application node seal at a time.
 */
@Component
public class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final long SEALER_LOCK = 0x616c6f6e67L;
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;

    AuditSealer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = transaction;
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

    /**
     * Seals up to one batch; returns how many records were sealed. With {@code waitForLock}, waits
     * while another sealer (a node, or the background run) finishes its batch, so that every record
     * committed before the call is sealed when the caller loops until this returns 0.
     */
    public int sealBatch(boolean waitForLock) {
        Integer sealed = transaction.execute(status -> {
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
            if (events.isEmpty()) {
                return 0;
            }
            appendSeals(events);
            return events.size();
        });
        return sealed == null ? 0 : sealed;
    }

    private void appendSeals(List<SealableEvent> events) {
        var head = jdbc.sql("select seq, hash from audit_seal order by seq desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .optional();
        long seq = head.map(h -> (Long) h[0]).orElse(0L);
        byte[] previous = head.map(h -> (byte[]) h[1]).orElse(ChainHash.GENESIS);
        List<Object[]> rows = new ArrayList<>(events.size());
        for (SealableEvent event : events) {
            previous = ChainHash.of(previous, event);
            rows.add(new Object[] {++seq, event.id(), previous});
        }
        jdbcTemplate.batchUpdate("insert into audit_seal (seq, event_id, hash) values (?, ?, ?)", rows);
    }
}
