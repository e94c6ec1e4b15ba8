package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application as its own process, SIGKILLs it in the middle of writes, starts it
 * again on the same data directory, and finds every write that was acknowledged before the kill.
 * Every write carries an Idempotency-Key: each one left unanswered by the kill is retried with its
 * key and gets a definite answer, and nothing is written twice.
 */
class KillRecoveryIT {

    private static final String ADMIN = "kill-test-admin@test.example";
    private static final String ADMIN_PASSWORD = "kill test password " + UUID.randomUUID();

    private final Path dataDir =
            Path.of("target", "kill-test", UUID.randomUUID().toString()).toAbsolutePath();
    private final Map<String, String> env = Map.of(
            "ALONGSIDE_DATA_DIR",
            dataDir.toString(),
            "ALONGSIDE_ADMIN_EMAIL",
            ADMIN,
            "ALONGSIDE_ADMIN_PASSWORD",
            ADMIN_PASSWORD);

    @Test
    void everyAcknowledgedWriteSurvivesASigkillAndTheNextStartSucceeds() throws Exception {
        List<String> ids;
        String token;
        Map<String, String> unanswered = new ConcurrentHashMap<>();
        try (ApplicationProcess app =
                ApplicationProcess.start(dataDir.resolveSibling(dataDir.getFileName() + "-1.log"), env)) {
            token = app.token(ADMIN, ADMIN_PASSWORD);
            String[] programAndWorker = app.programWithWorker(token, "Kill test");
            String program = programAndWorker[0];
            String worker = programAndWorker[1];
            ids = writeUntilKilled(app, token, program, worker, unanswered);
        }
        assertThat(Files.exists(dataDir.resolve("pg").resolve("postmaster.pid")))
                .as("the killed application left its PostgreSQL behind")
                .isTrue();

        try (ApplicationProcess app =
                ApplicationProcess.start(dataDir.resolveSibling(dataDir.getFileName() + "-2.log"), env)) {
            for (String id : ids) {
                assertThat(app.call(token, "GET", "/api/v1/participants/" + id, null)
                                .statusCode())
                        .as("acknowledged participant " + id)
                        .isEqualTo(200);
            }
            assertThat(app.log()).contains("Stopping orphaned PostgreSQL");
            for (Map.Entry<String, String> retry : unanswered.entrySet()) {
                HttpResponse<String> again =
                        app.call(token, "POST", "/api/v1/participants", retry.getValue(), retry.getKey());
                assertThat(again.statusCode())
                        .as("a definite answer for the retried " + retry.getKey())
                        .isEqualTo(201);
                String name = JsonPath.read(retry.getValue(), "$.preferredName");
                List<?> found = JsonPath.read(
                        app.call(token, "GET", "/api/v1/participants?q=" + name.replace(" ", "%20"), null)
                                .body(),
                        "$[?(@.preferredName == '" + name + "')]");
                assertThat(found).as("written exactly once: " + name).hasSize(1);
            }
            HttpResponse<String> verify = app.call(token, "GET", "/api/v1/audit/verify", null);
            assertThat((Boolean) JsonPath.read(verify.body(), "$.valid")).isTrue();
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(40);
    }

    /** Four writers create participants until at least 40 are acknowledged; then the app is SIGKILLed mid-write. */
    private static List<String> writeUntilKilled(
            ApplicationProcess app, String token, String program, String worker, Map<String, String> unanswered)
            throws InterruptedException {
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    String key = "kill-" + writer + "-" + i + "-" + UUID.randomUUID();
                    String body = """
                            {"preferredName": "Person %d-%d %s", "programId": "%s", "primaryWorkerId": "%s"}""".formatted(writer, i, key.substring(key.length() - 8), program, worker);
                    try {
                        HttpResponse<String> created = app.call(token, "POST", "/api/v1/participants", body, key);
                        if (created.statusCode() == 201) {
                            acknowledged.add(JsonPath.read(created.body(), "$.id"));
                        }
                    } catch (IOException | InterruptedException e) {
                        unanswered.put(key, body);
                        return;
                    }
                }
            });
        }
        while (acknowledged.size() < 40) {
            Thread.sleep(50);
        }
        app.kill();
        writing.set(false);
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        return List.copyOf(acknowledged);
    }
}
