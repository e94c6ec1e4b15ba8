package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application as its own process, SIGKILLs it in the middle of writes, starts it
 * again on the same data directory, and finds every write that was acknowledged before the kill.
 */
class KillRecoveryIT {

    private static final String ADMIN = "kill-test-admin@test.example";
    private static final String ADMIN_PASSWORD = "kill test password " + UUID.randomUUID();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path dataDir = Path.of("target", "kill-test", UUID.randomUUID().toString()).toAbsolutePath();
    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesASigkillAndTheNextStartSucceeds() throws Exception {
        int port = freePort();
        app = start(port, 1);
        String token = token(port);
        String program = JsonPath.read(call(port, token, "POST", "/api/v1/programs",
                "{\"name\": \"Kill test\", \"setting\": \"OTHER\"}").body(), "$.id");
        String worker = JsonPath.read(call(port, token, "POST", "/api/v1/staff", """
                {"email": "worker@test.example", "displayName": "Worker", "roles": ["PEER_WORKER"],
                 "password": "a long enough password", "programIds": ["%s"]}""".formatted(program)).body(), "$.id");

        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    try {
                        HttpResponse<String> created = call(port, token, "POST", "/api/v1/participants", """
                                {"preferredName": "Person %d-%d", "programId": "%s", "primaryWorkerId": "%s"}"""
                                .formatted(writer, i, program, worker));
                        if (created.statusCode() == 201) {
                            acknowledged.add(JsonPath.read(created.body(), "$.id"));
                        }
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
        }
        while (acknowledged.size() < 40) {
            Thread.sleep(50);
        }
        app.destroyForcibly();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        writing.set(false);
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        assertThat(Files.exists(dataDir.resolve("pg").resolve("postmaster.pid")))
                .as("the killed application left its PostgreSQL behind").isTrue();

        int secondPort = freePort();
        app = start(secondPort, 2);
        List<String> ids = List.copyOf(acknowledged);
        for (String id : ids) {
            assertThat(call(secondPort, token, "GET", "/api/v1/participants/" + id, null).statusCode())
                    .as("acknowledged participant " + id).isEqualTo(200);
        }
        HttpResponse<String> verify = call(secondPort, token, "GET", "/api/v1/audit/verify", null);
        assertThat((Boolean) JsonPath.read(verify.body(), "$.valid")).isTrue();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(40);
    }

    private Process start(int port, int run) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        File jar = Files.list(Path.of("target")).filter(p -> p.toString().endsWith(".jar"))
                .filter(p -> !p.toString().endsWith("-plain.jar") && !p.toString().endsWith(".original"))
                .findFirst().orElseThrow(() -> new IllegalStateException("run after package")).toFile();
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar",
                jar.getAbsolutePath(), "--server.port=" + port);
        builder.environment().put("ALONGSIDE_DATA_DIR", dataDir.toString());
        builder.environment().put("ALONGSIDE_ADMIN_EMAIL", ADMIN);
        builder.environment().put("ALONGSIDE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-run" + run + ".log").toFile());
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("application run " + run + " is running (see its log)").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("application did not start within 180 s");
    }

    private String token(int port) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return JsonPath.read(response.body(), "$.token");
    }

    private HttpResponse<String> call(int port, String token, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
