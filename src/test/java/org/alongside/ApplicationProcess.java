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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application run as its own process, as an operator would start it, for integration tests. */
public final class ApplicationProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ApplicationProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar from {@code target/} with these environment variables and arguments; waits for /signin. */
    public static ApplicationProcess start(Path logFile, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java, "-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar", jar().getAbsolutePath(), "--server.port=" + port));
        command.addAll(List.of(args));
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("ALONGSIDE_") || k.startsWith("SPRING_"));
        builder.environment().putAll(env);
        ApplicationProcess app = new ApplicationProcess(builder.start(), port, logFile);
        app.awaitReady();
        return app;
    }

    /** Runs the jar expecting it to stop by itself; returns its exit code and output. */
    public static Map.Entry<Integer, String> runToExit(Path logFile, Map<String, String> env)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-Xmx512m",
                        "-jar",
                        jar().getAbsolutePath(),
                        "--server.port=" + freePort())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("ALONGSIDE_") || k.startsWith("SPRING_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("expected the application to stop by itself; see " + logFile);
        }
        return Map.entry(process.exitValue(), Files.readString(logFile));
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("application is running; see " + log)
                    .isTrue();
            try {
                if (get("/signin").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("application did not start within 180 s; see " + log);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public String token(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = basic("/api/v1/tokens", email, password);
        assertThat(response.statusCode())
                .as("token for " + email + ": " + response.body())
                .isEqualTo(201);
        return JsonPath.read(response.body(), "$.token");
    }

    /** A program and a peer worker in it, created through the API; answers {programId, workerId}. */
    public String[] programWithWorker(String token, String programName) throws IOException, InterruptedException {
        String program = JsonPath.read(
                call(token, "POST", "/api/v1/programs", "{\"name\": \"" + programName + "\", \"setting\": \"OTHER\"}")
                        .body(),
                "$.id");
        String worker = JsonPath.read(
                call(token, "POST", "/api/v1/staff", """
                        {"email": "worker@test.example", "displayName": "Worker", "roles": ["PEER_WORKER"],
                         "password": "a long enough password", "programIds": ["%s"]}""".formatted(program)).body(), "$.id");
        return new String[] {program, worker};
    }

    public int port() {
        return port;
    }

    /** A POST with HTTP Basic credentials. */
    public HttpResponse<String> basic(String path, String email, String password)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Basic " + basic)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> call(String token, String method, String path, String json)
            throws IOException, InterruptedException {
        return call(token, method, path, json, null);
    }

    /** A call with an {@code Idempotency-Key} (none when {@code key} is null). */
    public HttpResponse<String> call(String token, String method, String path, String json, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hooks run, the embedded postmaster is left behind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static File jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("integration tests run after package"))
                    .toFile();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
