package org.alongside.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.alongside.AlongsideTest;
import org.alongside.audit.AuditVerification.CheckpointProblem.Kind;
import org.alongside.audit.domain.AuditCheckpoints;
import org.alongside.audit.domain.AuditEvents;
import org.alongside.audit.domain.AuditKey;
import org.alongside.audit.domain.AuditKeyCheck;
import org.alongside.audit.domain.AuditSealer;
import org.alongside.audit.domain.ChainHash;
import org.alongside.audit.domain.ChainHash.SealableEvent;
import org.alongside.shared.Purpose;
import org.alongside.shared.TestAction;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each test writes a short trail through the application's audit path into a database of its own,
 * seals and checkpoints it, tampers with it as the database superuser would (triggers off), and
 * expects verification to name the first broken record or the checkpoint that no longer matches.
 */
@AlongsideTest
class AuditTamperingTests {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile boolean templateReady;

    @Autowired
    EmbeddedPostgres postgres;

    @TempDir
    Path files;

    private DataSource superuser;
    private JdbcClient jdbc;
    private AuditKey key;
    private AuditCheckpoints checkpoints;
    private AuditSealer sealer;
    private AuditLog log;
    private AuditTrail trail;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void aSealedAndCheckpointedTrailOfTenRecords() throws SQLException {
        String database = "audit_tamper_" + DATABASES.incrementAndGet();
        createFromTemplate(database);
        superuser = postgres.getDatabase("postgres", database);
        jdbc = JdbcClient.create(superuser);
        JdbcTemplate jdbcTemplate = new JdbcTemplate(superuser);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(superuser);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new AuditKey(secret);
        checkpoints = new AuditCheckpoints(files.resolve("checkpoints"), key);
        sealer = new AuditSealer(
                jdbc, jdbcTemplate, new TransactionTemplate(transactions), key, checkpoints, Clock.systemUTC());
        log = new AuditLog(jdbc, key, Clock.systemUTC());
        trail = new AuditTrail(jdbc, jdbcTemplate, sealer, log, transactions, key, checkpoints);
        sealer.checkpoint();
        for (int i = 0; i < 10; i++) {
            ids.add(record("participant.view", "record " + i));
        }
        trail.sealNow();
        sealer.checkpoint();
        assertThat(trail.verify().valid()).as("the untouched trail verifies").isTrue();
    }

    @ParameterizedTest(name = "altering {0}")
    @ValueSource(
            strings = {
                "occurred_at = occurred_at + interval '1 second'",
                "actor_id = gen_random_uuid()",
                "action = 'participant.list'",
                "subject_type = 'group'",
                "subject_id = 'someone-else'",
                "participant_id = gen_random_uuid()",
                "client_address = '10.9.9.9'",
                "outcome = 'DENIED'",
                "detail = 'nothing to see'",
                "writer_proof = null"
            })
    void alteringAnyFieldOfARecordIsNamedByVerification(String change) {
        long target = ids.get(4);
        tamper("update audit_event set " + change + " where id = " + target);
        assertFirstBroken(target);
    }

    @Test
    void deletingARecordAndItsSealNamesTheRecordAfterTheGap() {
        long target = ids.get(4);
        tamper("delete from audit_seal where event_id = " + target, "delete from audit_event where id = " + target);
        assertFirstBroken(ids.get(5));
    }

    @Test
    void deletingARecordButLeavingItsSealNamesTheRecord() {
        long target = ids.get(4);
        tamper("delete from audit_event where id = " + target);
        assertFirstBroken(target);
    }

    @Test
    void deletingARecordAndRenumberingTheSealsAfterItNamesTheRecordAfterTheGap() {
        long target = ids.get(4);
        long seq = seqOf(target);
        tamper(
                "delete from audit_seal where event_id = " + target,
                "delete from audit_event where id = " + target,
                "update audit_seal set seq = seq - 1 where seq > " + seq);
        assertFirstBroken(ids.get(5));
    }

    @Test
    void swappingTheOrderOfTwoRecordsIsNamedByVerification() {
        long first = ids.get(3);
        long second = ids.get(6);
        tamper(
                "update audit_seal set event_id = -1 where event_id = " + first,
                "update audit_seal set event_id = " + first + " where event_id = " + second,
                "update audit_seal set event_id = " + second + " where event_id = -1");
        // the first broken place in the chain now holds the later record
        assertFirstBroken(second);
    }

    @Test
    void aForgedRecordPutInTheSealersQueueIsNotSealedAndIsNamed() {
        long forged = forge(true);
        trail.sealNow();
        assertThat(jdbc.sql("select count(*) from audit_seal where event_id = " + forged)
                        .query(Long.class)
                        .single())
                .as("the sealer refuses a row without the writer's proof")
                .isZero();
        assertFirstBroken(forged);
    }

    @Test
    void aForgedRecordLeftOutOfTheSealersQueueIsNamed() {
        long forged = forge(false);
        assertFirstBroken(forged);
    }

    @Test
    void aCopyOfARecordWithItsValidProofIsNamedAsAReplay() {
        long original = ids.get(2);
        tamper("""
                insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, participant_id,
                                         client_address, outcome, detail, writer_proof)
                select occurred_at, actor_id, action, subject_type, subject_id, participant_id,
                       client_address, outcome, detail, writer_proof
                from audit_event where id = %d
                """.formatted(original), "insert into audit_unsealed (event_id) select max(id) from audit_event");
        trail.sealNow();
        long copy =
                jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        assertFirstBroken(copy);
    }

    @Test
    void alteringASealIsNamedByVerification() {
        long target = ids.get(7);
        tamper("update audit_seal set hash = sha256(hash) where event_id = " + target);
        assertFirstBroken(target);
    }

    @Test
    void recomputingTheSealsWithAnotherKeyAfterAnAlterationIsNamedByVerification() {
        long target = ids.get(4);
        tamper("update audit_event set detail = 'rewritten' where id = " + target);
        byte[] guess = new byte[32];
        new SecureRandom().nextBytes(guess);
        AuditKey otherKey = new AuditKey(guess);
        recomputeSeals(
                previousAndEvent -> ChainHash.keyed(otherKey, previousAndEvent.previous(), previousAndEvent.event()),
                true);
        AuditVerification result = trail.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(ids.get(0));
        assertThat(result.checkpointProblem().kind()).isEqualTo(Kind.MISMATCH);
    }

    @Test
    void recomputingTheWholeChainWithTheOldUnkeyedHashIsNamedByVerification() {
        tamper("update audit_event set detail = 'rewritten' where id = " + ids.get(4));
        recomputeSeals(
                previousAndEvent -> ChainHash.unkeyed(previousAndEvent.previous(), previousAndEvent.event()), false);
        AuditVerification result = trail.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenId())
                .as("the checkpoints say keyed sealing began at the first record")
                .isEqualTo(ids.get(0));
        assertThat(result.checkpointProblem().kind()).isEqualTo(Kind.MISMATCH);
    }

    @Test
    void truncatingTheTailOfTheChainNoLongerMatchesTheLastCheckpoint() {
        for (long id : ids.subList(7, 10)) {
            tamper("delete from audit_seal where event_id = " + id, "delete from audit_event where id = " + id);
        }
        AuditVerification result = trail.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenId()).as("what is left is a valid chain").isNull();
        assertThat(result.checkpointProblem().kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(result.checkpointProblem().checkpointSeq()).isEqualTo(10);
        assertThat(result.checkpointProblem().chainEnd()).isEqualTo(7);
        assertThat(result.checkpointProblem().line()).isEqualTo(2);
    }

    @Test
    void aNodeGivenAnotherKeyIsRefusedBecauseItCannotReproduceTheNewestSeal() {
        assertThat(AuditKeyCheck.problem(key, jdbc, checkpoints))
                .as("the trail's own key")
                .isEmpty();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        AuditKey other = new AuditKey(secret);
        assertThat(AuditKeyCheck.problem(other, jdbc, new AuditCheckpoints(files.resolve("none"), other)))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("newest sealed audit record", "sealed with another key", other.fingerprint()));
    }

    @Test
    void aNodeWhoseCheckpointsWereSignedWithAnotherKeyIsRefused() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        AuditCheckpoints signedElsewhere = new AuditCheckpoints(files.resolve("elsewhere"), new AuditKey(secret));
        signedElsewhere.append(1, new byte[32], 1, java.time.Instant.now());
        assertThat(AuditKeyCheck.problem(key, jdbc, new AuditCheckpoints(files.resolve("elsewhere"), key)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("signed with another key"));
    }

    @Test
    void anEditedCheckpointLineIsNamed() throws IOException {
        Path file = checkpoints.file();
        List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replaceFirst("^v1 10 ", "v1 9 "));
        Files.write(file, lines);
        AuditVerification result = trail.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.checkpointProblem().kind()).isEqualTo(Kind.ALTERED);
        assertThat(result.checkpointProblem().line()).isEqualTo(2);
    }

    @Test
    void aMissingCheckpointFileIsNamed() throws IOException {
        Files.delete(checkpoints.file());
        AuditVerification result = trail.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.checkpointProblem().kind()).isEqualTo(Kind.MISSING);
    }

    @Test
    void recordsWrittenAfterTheLastCheckpointVerifyAndTheNextCheckpointCoversThem() throws IOException {
        ids.add(record("participant.view", "later"));
        trail.sealNow();
        assertThat(trail.verify().valid()).isTrue();
        sealer.checkpoint();
        sealer.checkpoint();
        assertThat(Files.readAllLines(checkpoints.file()))
                .as("a checkpoint is written only when the head moved")
                .hasSize(3)
                .last()
                .asString()
                .startsWith("v1 11 ");
    }

    private record Link(byte[] previous, SealableEvent event) {}

    private interface Resealer {
        byte[] seal(Link link);
    }

    private void recomputeSeals(Resealer resealer, boolean keyed) {
        List<Object[]> rows = jdbc.sql("select s.seq, " + AuditEvents.COLUMNS
                        + " from audit_seal s join audit_event e on e.id = s.event_id order by s.seq")
                .query((rs, n) -> new Object[] {rs.getLong("seq"), AuditEvents.map(rs)})
                .list();
        byte[] previous = ChainHash.GENESIS;
        List<String> updates = new ArrayList<>();
        for (Object[] row : rows) {
            previous = resealer.seal(new Link(previous, (SealableEvent) row[1]));
            updates.add("update audit_seal set hash = '\\x" + HexFormat.of().formatHex(previous) + "', keyed = " + keyed
                    + " where seq = " + row[0]);
        }
        tamper(updates.toArray(String[]::new));
    }

    private long forge(boolean queued) {
        String insert = "insert into audit_event (actor_id, action, subject_type, subject_id, outcome) values ('"
                + UUID.randomUUID() + "', 'participant.view', 'participant', 'forged', 'SUCCESS')";
        if (queued) {
            try (Connection connection = superuser.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(insert);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        } else {
            tamper(insert);
        }
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    private void assertFirstBroken(long expected) {
        AuditVerification result = trail.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(expected);
    }

    private long record(String action, String detail) {
        UUID actor = UUID.randomUUID();
        log.record(AuditEvent.onParticipant(actor, TestAction.reading(action), Purpose.CARE, UUID.randomUUID())
                .withDetail(detail));
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    private long seqOf(long eventId) {
        return jdbc.sql("select seq from audit_seal where event_id = " + eventId)
                .query(Long.class)
                .single();
    }

    /** As the superuser, with the append-only triggers off for this session. */
    private void tamper(String... sqls) {
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (String sql : sqls) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createFromTemplate(String database) throws SQLException {
        synchronized (AuditTamperingTests.class) {
            if (!templateReady) {
                execute("drop database if exists audit_tamper_template");
                execute("create database audit_tamper_template");
                Flyway.configure()
                        .dataSource(postgres.getDatabase("postgres", "audit_tamper_template"))
                        .locations("classpath:db/migration/audit")
                        .load()
                        .migrate();
                templateReady = true;
            }
            execute("create database " + database + " template audit_tamper_template");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
