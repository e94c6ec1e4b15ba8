package org.alongside.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.shared.TestAction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id")
                        .param("id", id)
                        .update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_seal, audit_event").update())
                .hasStackTraceContaining("permission denied");
        trail.sealNow();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_seal where event_id = :id")
                        .param("id", id)
                        .update())
                .hasStackTraceContaining("permission denied");
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
    void theApplicationsConnectionCanNeitherDisableTriggersNorChangeTheSchema() {
        assertThatThrownBy(
                        () -> jdbc.sql("set session_replication_role = replica").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() ->
                        jdbc.sql("alter table audit_event disable trigger all").update())
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("create table audit_copy (id bigint)").update())
                .hasStackTraceContaining("permission denied");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private long recordOne(String action) {
        UUID actor = UUID.randomUUID();
        log.record(AuditEvent.of(actor, TestAction.changing(action), "test", UUID.randomUUID())
                .withDetail("detail " + actor));
        return jdbc.sql("select max(id) from audit_event where actor_id = :a")
                .param("a", actor)
                .query(Long.class)
                .single();
    }
}
