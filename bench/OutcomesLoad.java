import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 30's benchmark, on the synthetic history of bench/history.sh (run by bench/outcomes-load.sh):
 * (a) the program outcome report of the largest program (40 % of the people) over three years,
 * through the API, one request at a time, median of 5 after 2 warm-ups; beside it, in the same run,
 * the single hand-written SQL aggregate of bench/outcome-report.sql computing the same figures, and
 * the ratio; (b) a person's score chart page (GET /people/{id}/measures, someone with several
 * questionnaires), N clients signed in as the program's workers, each reading their own people.
 * Server CPU per page is measured from the processes' own counters (/proc) over each round: the
 * application (the java process serving the port) and every PostgreSQL process.
 * BENCH_THINK_MS makes each client pause 0.5 to 1.5 times that between pages (a reading pace);
 * -Donly=a or -Donly=b runs one of the two.
 * Usage: java -cp postgresql.jar bench/OutcomesLoad.java http://localhost:PORT adminEmail adminPassword dataDir
 *        [clients] [rounds] [seconds]
 */
public class OutcomesLoad {

    private static final long THINK_MS = Long.parseLong(System.getenv().getOrDefault("BENCH_THINK_MS", "0"));
    private static final long TICKS = 100;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path data = Path.of(args[3]);
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 15;
        if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("load is only sent to this machine");
        }
        HttpClient plain = HttpClient.newHttpClient();
        String admin = "Bearer " + field(send(plain, base + "/api/v1/tokens", "POST", "{\"label\": \"bench\"}",
                "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8))), "token");
        String program = Files.readAllLines(data.resolve("history.staff")).get(0);
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusYears(3).plusDays(1);
        String sql = Files.readString(Path.of("bench/outcome-report.sql"));
        String url = base + "/api/v1/reports/outcomes?program=" + program + "&from=" + from + "&to=" + to;
        List<String> people;
        try (Connection db = database(data)) {
            String report = send(plain, url, "GET", null, admin);
            String hand = hand(db, sql, program, from, to);
            System.out.printf("report: served %s, contacts %s; hand SQL: served %s, contacts %s%n",
                    matchOne(report, "\"served\":(\\d+)"), matchOne(report, "\"allContacts\":\\{[^}]*\"contacts\":(\\d+)"),
                    matchOne(hand, "\"served\" : \\[(\\d+)"), matchOne(hand, "\\{\"mode\":null,\"contacts\":(\\d+)"));
            people = chartPeople(db);
            if (!Boolean.getBoolean("setup-only") && System.getProperty("only", "ab").contains("a")) {
                List<Long> api = new ArrayList<>();
                List<Long> handTimes = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    long t0 = System.nanoTime();
                    send(plain, url, "GET", null, admin);
                    long t1 = System.nanoTime();
                    hand(db, sql, program, from, to);
                    long t2 = System.nanoTime();
                    if (i >= 2) {
                        api.add(t1 - t0);
                        handTimes.add(t2 - t1);
                    }
                }
                double report3 = median(api);
                double hand3 = median(handTimes);
                System.out.printf("(a) outcome report, one program, 3 years, through the API: median %.0f ms (%s);"
                                + " hand-written SQL: median %.0f ms (%s); ratio %.2f%n", report3, list(api), hand3,
                        list(handTimes), report3 / hand3);
            }
        }
        List<HttpClient> sessions = new ArrayList<>();
        String password = args[2] + "-h";
        for (int c = 0; c < clients; c++) {
            sessions.add(signIn(base, "history1-" + (c % 10) + "@bench.example", password));
        }
        String first = people.stream().filter(p -> p.startsWith("0 ")).findFirst().orElseThrow().split(" ")[1];
        String page = get(sessions.get(0), base + "/people/" + first + "/measures");
        if (Boolean.getBoolean("setup-only")) {
            System.out.printf("setup done: %d sessions, chart page %d KB%n", sessions.size(), page.length() / 1024);
            return;
        }
        System.out.printf("chart page: %d KB, %d charts%n", page.length() / 1024, count(page, "data-scores="));
        if (!System.getProperty("only", "ab").contains("b")) {
            return;
        }
        run(base, sessions, people, 4, 20, "warm-up");
        run(base, sessions, people, clients, 20, "warm-up");
        for (int r = 1; r <= rounds; r++) {
            run(base, sessions, people, clients, seconds, "round " + r);
        }
    }

    private static String hand(Connection db, String sql, String program, LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, program);
            p.setObject(2, from);
            p.setObject(3, to);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** "worker-number person-id" for people of the program's workers with three questionnaires or more. */
    private static List<String> chartPeople(Connection db) throws Exception {
        List<String> people = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("""
                select substring(s.email from 'history1-(\\d+)@'), pa.id from participant pa
                join staff_member s on s.id = pa.primary_worker_id and s.email like 'history1-%@bench.example'
                where (select count(*) from questionnaire_response r where r.participant_id = pa.id) >= 3
                  and (select count(*) from life_event e where e.participant_id = pa.id) >= 2
                order by pa.id limit 2000""");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                people.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return people;
    }

    private static void run(String base, List<HttpClient> sessions, List<String> people, int clients, int seconds, String label)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long[] before = cpu(base);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            HttpClient session = sessions.get(c);
            String worker = String.valueOf(c % 10);
            List<String> mine = people.stream().filter(p -> p.startsWith(worker + " ")).map(p -> p.split(" ")[1]).toList();
            pool.submit(() -> {
                if (!pause(THINK_MS * Math.random())) {
                    return;
                }
                while (System.nanoTime() < end) {
                    String person = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/people/" + person + "/measures"))
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = session.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (!pause(THINK_MS * (0.5 + Math.random()))) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        long[] after = cpu(base);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double served = Math.max(1, sorted.size());
        double app = (after[0] - before[0]) * 1000.0 / TICKS / served;
        double pg = (after[1] - before[1]) * 1000.0 / TICKS / served;
        System.out.printf("(b) GET /people/{id}/measures %s: %d clients%s, %d s: %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " errors %d; server CPU per page %.2f ms (application %.2f, PostgreSQL %.2f)%n",
                label, clients, THINK_MS > 0 ? " thinking " + THINK_MS + " ms" : "", seconds, sorted.size() / (double) seconds,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), errors.get(), app + pg, app, pg);
    }

    /** CPU ticks so far of the application serving the port and of all PostgreSQL processes. */
    private static long[] cpu(String base) {
        String port = base.substring(base.lastIndexOf(':') + 1);
        long[] ticks = new long[2];
        ProcessHandle.allProcesses().forEach(p -> {
            String command = p.info().command().orElse("");
            String line = p.info().commandLine().orElse("");
            int which = command.endsWith("/postgres") ? 1
                    : command.endsWith("/java") && line.contains("--server.port=" + port) ? 0 : -1;
            if (which >= 0) {
                try {
                    String[] stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat")).replaceAll("^.*\\) ", "").split(" ");
                    ticks[which] += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                } catch (Exception gone) {
                    // a process that ended between the listing and the read
                }
            }
        });
        return ticks;
    }

    private static boolean pause(double millis) {
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep((long) millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static HttpClient signIn(String base, String email, String password) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = get(session, base + "/signin");
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(
                                matchOne(form, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("password")) {
            throw new IllegalStateException("sign-in as " + email + " went to " + location);
        }
        return session;
    }

    private static String get(HttpClient session, String url) throws Exception {
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String send(HttpClient http, String url, String method, String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(120));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static String list(List<Long> nanos) {
        return String.join(", ", nanos.stream().map(n -> String.valueOf(Math.round(n / 1e6))).toList());
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static String matchOne(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    private static String field(String json, String name) {
        return matchOne(json, "\"" + name + "\"\\s*:\\s*\"([^\"]+)\"");
    }

    private static Connection database(Path data) throws Exception {
        String port = Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).trim();
        String password = Files.readString(data.resolve("postgres.password")).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }
}
