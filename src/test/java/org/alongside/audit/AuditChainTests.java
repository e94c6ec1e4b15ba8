package org.alongside.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

@AlongsideTest
class AuditChainTests {

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationCannotChangeOrDeleteAuditRecords() {
        long id = recordOne("audit.test");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'x' where id = :id")
                        .param("id", id)
                        .update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id")
                        .param("id", id)
                        .update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_seal, audit_event").update())
                .hasStackTraceContaining("append-only");
        trail.sealNow();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_seal where event_id = :id")
                        .param("id", id)
                        .update())
                .hasStackTraceContaining("append-only");
    }

    @Test
    void everyRecordIsSealedWithinASecondWithoutAnyoneAsking() throws InterruptedException {
        long id = recordOne("audit.seal-test");
        long deadline = System.nanoTime() + 1_000_000_000L;
        boolean sealed = false;
        while (!sealed && System.nanoTime() < deadline) {
            sealed = jdbc.sql("select exists (select 1 from audit_seal where event_id = :id)")
                    .param("id", id)
                    .query(Boolean.class)
                    .single();
            Thread.sleep(20);
        }
        assertThat(sealed).isTrue();
    }

    @Test
    void verificationPassesOnAnUntouchedTrail() {
        new Fixtures(context).org();
        trail.sealNow();
        AuditVerification result = trail.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.firstBrokenId()).isNull();
        assertThat(result.checked()).isGreaterThan(10);
    }

    @Test
    void aRecordAlteredByTheDatabaseSuperuserIsNamedByVerification() {
        new Fixtures(context).org();
        long target = recordOne("audit.tamper-target");
        recordOne("audit.after-target");
        trail.sealNow();
        String original = jdbc.sql("select detail from audit_event where id = :id")
                .param("id", target)
                .query(String.class)
                .single();
        asSuperuserWithoutTriggers("update audit_event set detail = 'nothing to see' where id = " + target);
        try {
            AuditVerification result = trail.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(target);
        } finally {
            asSuperuserWithoutTriggers("update audit_event set detail = '" + original + "' where id = " + target);
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void aRecordDeletedByTheDatabaseSuperuserIsNamedByVerification() {
        long target = recordOne("audit.delete-target");
        recordOne("audit.after-delete-target");
        trail.sealNow();
        asSuperuserWithoutTriggers(
                "create table audit_saved_row as select * from audit_event where id = " + target,
                "delete from audit_event where id = " + target);
        try {
            AuditVerification result = trail.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(target);
        } finally {
            asSuperuserWithoutTriggers(
                    "insert into audit_event overriding system value select * from audit_saved_row",
                    "delete from audit_unsealed where event_id = " + target,
                    "drop table audit_saved_row");
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void aRecordSlippedInWithoutItsSealIsNamedByVerification() {
        trail.sealNow();
        long forged = jdbc.sql("select nextval(pg_get_serial_sequence('audit_event', 'id'))")
                .query(Long.class)
                .single();
        asSuperuserWithoutTriggers("insert into audit_event (id, action, outcome) overriding system value values ("
                + forged + ", 'forged', 'SUCCESS')");
        try {
            AuditVerification result = trail.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(forged);
        } finally {
            // seal the forged row so later tests see a consistent chain: the damage was detected
            jdbc.sql("insert into audit_unsealed (event_id) values (:id)")
                    .param("id", forged)
                    .update();
            trail.sealNow();
        }
    }

    private long recordOne(String action) {
        UUID actor = UUID.randomUUID();
        log.record(AuditEvent.of(actor, action, "test", UUID.randomUUID()).withDetail("detail " + actor));
        return jdbc.sql("select max(id) from audit_event where actor_id = :a")
                .param("a", actor)
                .query(Long.class)
                .single();
    }

    private void asSuperuserWithoutTriggers(String... sqls) {
        jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                for (String sql : sqls) {
                    statement.execute(sql);
                }
                statement.execute("reset session_replication_role");
            }
            return null;
        });
    }
}
