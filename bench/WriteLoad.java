import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audited writes under load: N clients create participants through the API (each create checks
 * access, writes the record and its audit row in one transaction) against a running Alongside on
 * loopback, in rounds of fixed length. Prints throughput and latency per round, then verifies the
 * audit chain. Bounded: stops after the rounds. Usage:
 *   java bench/WriteLoad.java http://localhost:PORT adminEmail adminPassword [clients] [rounds] [seconds]
 */
public class WriteLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 15;
        if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("load is only sent to this machine");
        }
        String token = field(send(base, "POST", "/api/v1/tokens", null, "Basic "
                + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8))), "token");
        String program = field(send(base, "POST", "/api/v1/programs", "{\"name\": \"Load " + System.nanoTime()
                + "\", \"setting\": \"OTHER\"}", "Bearer " + token), "id");
        String worker = field(send(base, "POST", "/api/v1/staff", "{\"email\": \"load" + System.nanoTime()
                + "@bench.example\", \"displayName\": \"Load worker\", \"roles\": [\"PEER_WORKER\"], \"password\": "
                + "\"bench password long\", \"programIds\": [\"" + program + "\"]}", "Bearer " + token), "id");
        String body = "{\"preferredName\": \"Load person\", \"pronouns\": \"they/them\", \"programId\": \"" + program
                + "\", \"primaryWorkerId\": \"" + worker + "\", \"contactMethods\": [{\"kind\": \"PHONE\", "
                + "\"value\": \"555 0100\", \"preferred\": true, \"safeToLeaveMessage\": false}]}";

        if (Boolean.getBoolean("setup-only")) {
            // a token, a program and a worker: what BenchSetupIT checks on a fresh data directory
            System.out.println("setup done");
            return;
        }
        run(base, token, body, clients, 5, "warm-up");
        for (int r = 1; r <= rounds; r++) {
            run(base, token, body, clients, seconds, "round " + r);
        }
        long start = System.nanoTime();
        String verify = send(base, "GET", "/api/v1/audit/verify", null, "Bearer " + token);
        System.out.printf("audit verification: %s in %d ms%n", verify, (System.nanoTime() - start) / 1_000_000);
    }

    private static void run(String base, String token, String body, int clients, int seconds, String label)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/participants"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s: %d clients, %d s: %.0f creates/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n",
                label, clients, seconds, sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), errors.get());
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    private static String send(String base, String method, String path, String json, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
