package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scale-out: two packaged instances against one external PostgreSQL (an embedded one started
 * separately), migrations as the owner role and the application as an unprivileged role, one audit
 * key shared through the environment. A session started on one node continues on the other; both
 * write at once; the audit chain stays valid with one sealer at a time. On an empty database
 * without ALONGSIDE_ADMIN_PASSWORD the first node prints a one-time administrator password once.
 */
class ExternalDatabaseIT {

    private static final Pattern ONE_TIME = Pattern.compile("One-time password:\\s+(\\S+)");
    private static final String OWNER_PASSWORD = "owner-" + UUID.randomUUID();
    private static final String APP_PASSWORD = "app-" + UUID.randomUUID();

    @Test
    void twoNodesShareOneDatabaseTheirSessionsAndOneValidAuditChain() throws Exception {
        Path work = Path.of("target", "external-db-test", UUID.randomUUID().toString())
                .toAbsolutePath();
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("server"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start()) {
            try (Connection c = external.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create role alongside_owner login password '" + OWNER_PASSWORD + "'");
                s.execute("create role alongside_node login password '" + APP_PASSWORD + "'");
                s.execute("create database alongside_ext owner alongside_owner");
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Map<String, String> shared = new HashMap<>(Map.of(
                    "SPRING_DATASOURCE_URL",
                    "jdbc:postgresql://localhost:" + external.getPort() + "/alongside_ext",
                    "SPRING_DATASOURCE_USERNAME",
                    "alongside_node",
                    "SPRING_DATASOURCE_PASSWORD",
                    APP_PASSWORD,
                    "SPRING_FLYWAY_USER",
                    "alongside_owner",
                    "SPRING_FLYWAY_PASSWORD",
                    OWNER_PASSWORD,
                    "ALONGSIDE_AUDIT_KEY",
                    Base64.getEncoder().encodeToString(secret),
                    "ALONGSIDE_ADMIN_EMAIL",
                    "first.admin@test.example"));

            Map<String, String> withoutKey = node(shared, work, "no-key");
            withoutKey.remove("ALONGSIDE_AUDIT_KEY");
            Map.Entry<Integer, String> refused = ApplicationProcess.runToExit(work.resolve("no-key.log"), withoutKey);
            assertThat(refused.getKey())
                    .as("no node starts without the shared audit key")
                    .isNotZero();
            assertThat(refused.getValue()).contains("ALONGSIDE_AUDIT_KEY");

            try (ApplicationProcess one = ApplicationProcess.start(work.resolve("node1.log"), node(shared, work, "1"));
                    ApplicationProcess two =
                            ApplicationProcess.start(work.resolve("node2.log"), node(shared, work, "2"))) {
                Matcher printed = ONE_TIME.matcher(one.log() + two.log());
                assertThat(printed.find()).as("one-time password in the log").isTrue();
                String oneTime = printed.group(1);
                assertThat(printed.find()).as("printed once").isFalse();
                assertThat(one.basic("/api/v1/tokens", "first.admin@test.example", oneTime)
                                .statusCode())
                        .as("the one-time password gets no token before it is changed")
                        .isEqualTo(403);

                BrowserlessSession onOne = new BrowserlessSession(one.port());
                onOne.signIn("first.admin@test.example", oneTime);
                String password = "the first administrator's own passphrase";
                onOne.postForm(
                        "/account/password",
                        "/account/password",
                        Map.of("currentPassword", oneTime, "newPassword", password));
                BrowserlessSession onTwo = onOne.on(two.port());
                HttpResponse<String> continued = onTwo.get("/admin/staff");
                assertThat(continued.statusCode())
                        .as("the session signed in on node 1 continues on node 2")
                        .isEqualTo(200);
                assertThat(continued.body()).contains("first.admin@test.example");

                String token = one.token("first.admin@test.example", password);
                String[] programAndWorker = two.programWithWorker(token, "External");
                String program = programAndWorker[0];
                String worker = programAndWorker[1];
                List<Integer> statuses = writeOnBothAtOnce(one, two, token, program, worker);
                assertThat(statuses).hasSize(60).containsOnly(201);

                for (ApplicationProcess node : List.of(one, two)) {
                    HttpResponse<String> verify = node.call(token, "GET", "/api/v1/audit/verify", null);
                    assertThat(verify.statusCode()).isEqualTo(200);
                    assertThat((Boolean) JsonPath.read(verify.body(), "$.valid"))
                            .as("audit chain valid as seen from node " + node.port() + ": " + verify.body())
                            .isTrue();
                    assertThat(((Number) JsonPath.read(verify.body(), "$.checked")).longValue())
                            .isGreaterThan(60);
                }
                assertThat(one.log() + two.log()).doesNotContain("Sealing audit records failed", "writer's proof");
            }
            try (Connection c =
                            external.getDatabase("postgres", "alongside_ext").getConnection();
                    ResultSet rs = c.createStatement()
                            .executeQuery("select (select count(*) from audit_event), (select count(*) from audit_seal)"
                                    + " + (select count(*) from audit_unsealed), (select count(*) from participant)")) {
                rs.next();
                assertThat(rs.getLong(2))
                        .as("every audit record sealed once or waiting for the next sealer")
                        .isEqualTo(rs.getLong(1));
                assertThat(rs.getLong(3)).isEqualTo(60);
            }
            assertThat(Files.exists(work.resolve("node-1").resolve("pg")))
                    .as("no embedded PostgreSQL was started")
                    .isFalse();
            try (ApplicationProcess again =
                    ApplicationProcess.start(work.resolve("node1-again.log"), node(shared, work, "1"))) {
                assertThat(again.log()).doesNotContain("One-time password");
            }
            long recordsBefore = auditRecords(external);
            byte[] otherSecret = new byte[32];
            new SecureRandom().nextBytes(otherSecret);
            Map<String, String> otherKey = node(shared, work, "other-key");
            otherKey.put("ALONGSIDE_AUDIT_KEY", Base64.getEncoder().encodeToString(otherSecret));
            Map.Entry<Integer, String> wrongKey = ApplicationProcess.runToExit(work.resolve("other-key.log"), otherKey);
            assertThat(wrongKey.getKey())
                    .as("a node given another audit key does not start")
                    .isNotZero();
            assertThat(wrongKey.getValue()).contains("ALONGSIDE_AUDIT_KEY", "sealed with another key");
            assertThat(auditRecords(external))
                    .as("the node with another key wrote nothing to the trail")
                    .isEqualTo(recordsBefore);
        }
    }

    private static long auditRecords(EmbeddedPostgres external) throws Exception {
        try (Connection c = external.getDatabase("postgres", "alongside_ext").getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select (select count(*) from audit_event) + (select count(*) from audit_seal)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> node(Map<String, String> shared, Path work, String name) {
        Map<String, String> env = new HashMap<>(shared);
        env.put("ALONGSIDE_DATA_DIR", work.resolve("node-" + name).toString());
        return env;
    }

    private static List<Integer> writeOnBothAtOnce(
            ApplicationProcess one, ApplicationProcess two, String token, String program, String worker)
            throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ApplicationProcess node = i % 2 == 0 ? one : two;
                String body = """
                        {"preferredName": "Person %d", "programId": "%s", "primaryWorkerId": "%s"}""".formatted(i, program, worker);
                sent.add(writers.submit(() ->
                        node.call(token, "POST", "/api/v1/participants", body).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : sent) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            writers.shutdown();
        }
    }
}
