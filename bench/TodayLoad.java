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
import java.sql.ResultSet;
import java.sql.Statement;
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
import java.util.zip.GZIPOutputStream;
import java.io.ByteArrayOutputStream;

/**
 * Issue 15's benchmark: the Today page of a peer worker with a 40-person caseload, on the data set
 * of bench/notes-load.sh (100,000 participants, 2,000,000 notes; seed that first). Adds, once, 16
 * "today" workers with 40 people each and 20 notes per person, varied so every kind of item shows
 * (follow-ups due today and overdue, people not seen for weeks, drafts). Each of N clients signs in
 * through the sign-in form as one of them and reads GET /today in a loop. Prints throughput and
 * p50/p95/p99 per round, and the size of the Today page and of the note form (as sent, and gzipped).
 * Usage: java -cp postgresql.jar bench/TodayLoad.java http://localhost:PORT adminEmail adminPassword dataDir
 *        [clients] [rounds] [seconds]
 */
public class TodayLoad {

    private static final int WORKERS = 16;
    private static final int PEOPLE_EACH = 40;
    private static final int NOTES_EACH = 20;

    /** BENCH_PAGE=workload (issue 31): 8 supervisors of 12 of the today workers each read their team's workload. */
    private static final boolean WORKLOAD = "workload".equals(System.getenv("BENCH_PAGE"));
    private static final String PAGE = WORKLOAD ? "/supervision/workload" : "/today";
    private static final int SUPERVISORS = 8;
    private static final int TEAM = 12;

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
        String admin = "Bearer " + field(send(plain, base, "POST", "/api/v1/tokens", "{\"label\": \"bench\"}",
                "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8))),
                "token");
        String password = args[2] + "-t";
        try (Connection db = database(data)) {
            seed(db, plain, base, admin, password);
            int calls = Integer.parseInt(System.getenv().getOrDefault("BENCH_CALLS", "0"));
            if (calls > 0) {
                calls(db, calls);
            }
        }
        if (WORKLOAD) {
            try (Connection db = database(data)) {
                supervisors(db, plain, base, admin, password);
            }
        }
        List<HttpClient> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sessions.add(signIn(
                    base,
                    WORKLOAD ? "workload" + (c % SUPERVISORS) + "@bench.example" : "today" + (c % WORKERS) + "@bench.example",
                    password));
        }
        String page = get(sessions.get(0), base + PAGE);
        if (WORKLOAD) {
            System.out.printf("Workload page: %d supervisees, %s%n", count(page, "class=\"card worker-load\""), size(page));
            run(base, sessions, 4, 60, "warm-up");
            run(base, sessions, clients, 20, "warm-up");
            for (int r = 1; r <= rounds; r++) {
                run(base, sessions, clients, seconds, "round " + r);
            }
            return;
        }
        if (Boolean.getBoolean("setup-only")) {
            // seeded and signed in as every worker: what BenchSetupIT checks on a fresh data directory
            System.out.printf("setup done: %d sessions, Today page %s%n", sessions.size(), size(page));
            return;
        }
        String person = matchOne(page, "/people/([0-9a-f-]{36})/notes\"");
        System.out.printf("Today page: %d items, %s; note form: %s%n", count(page, "class=\"item\""), size(page),
                size(noteForm(sessions.get(0), base, person)));
        run(base, sessions, 4, 60, "warm-up");
        run(base, sessions, clients, 20, "warm-up");
        for (int r = 1; r <= rounds; r++) {
            run(base, sessions, clients, seconds, "round " + r);
        }
    }

    /** The note form as a worker sees it when they start a note: starts a draft, reads the form, discards it. */
    private static String noteForm(HttpClient session, String base, String person) throws Exception {
        String list = get(session, base + "/people/" + person + "/notes");
        HttpResponse<String> started = session.send(HttpRequest.newBuilder(URI.create(base + "/people/" + person + "/notes"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(list))).build(), HttpResponse.BodyHandlers.ofString());
        String location = started.headers().firstValue("Location").orElseThrow();
        String url = location.startsWith("http") ? location : base + location;
        String form = get(session, url);
        session.send(HttpRequest.newBuilder(URI.create(url + "/discard"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(form) + "&version="
                        + matchOne(form, "name=\"version\" value=\"(\\d+)\"")))
                .build(), HttpResponse.BodyHandlers.ofString());
        return form;
    }

    /**
     * Milliseconds each client waits between requests (BENCH_THINK_MS; 0: back to back, the machine's
     * limit): 0.5 to 1.5 times it, each client starting somewhere in its first think time, as people do.
     */
    private static final long THINK_MS = Long.parseLong(System.getenv().getOrDefault("BENCH_THINK_MS", "0"));

    /** Waits, answering false when interrupted. */
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

    private static void run(String base, List<HttpClient> sessions, int clients, int seconds, String label)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        HttpRequest today = HttpRequest.newBuilder(URI.create(base + PAGE)).timeout(Duration.ofSeconds(30)).GET().build();
        for (int c = 0; c < clients; c++) {
            HttpClient session = sessions.get(c);
            pool.submit(() -> {
                if (!pause(THINK_MS * Math.random())) {
                    return;
                }
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = session.send(today, HttpResponse.BodyHandlers.ofByteArray());
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
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("GET " + PAGE + " %s: %d clients%s, %d s: %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n",
                label, clients, THINK_MS > 0 ? " thinking " + THINK_MS + " ms" : "", seconds, sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), errors.get());
    }

    /** 16 workers in the bench program with 40 people each; every tenth person has a draft, and the latest notes vary. */
    private static void seed(Connection db, HttpClient http, String base, String admin, String password) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from participant where preferred_name like 'Today person %'")) {
            rs.next();
            if (rs.getLong(1) >= WORKERS * PEOPLE_EACH) {
                System.out.println("seed: already there");
                return;
            }
        }
        String program;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id from program where name = 'Bench program'")) {
            rs.next();
            program = rs.getString(1);
        }
        for (int w = 0; w < WORKERS; w++) {
            send(http, base, "POST", "/api/v1/staff", """
                    {"email": "today%d@bench.example", "displayName": "Today worker %d", "roles": ["PEER_WORKER"],
                     "credential": "CPRS", "password": "%s", "programIds": ["%s"]}""".formatted(w, w, password, program), admin);
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            // The bench signs in as these accounts; an administrator-made account would first have to change its password.
            s.executeUpdate("update staff_member set password_must_change = false where email like 'today%@bench.example'");
            s.executeUpdate("""
                    insert into participant (id, preferred_name, pronouns, primary_worker_id, version)
                    select gen_random_uuid(), 'Today person ' || w.display_name || ' ' || i, 'they/them', w.id, 0
                    from staff_member w cross join generate_series(1, %d) i where w.email like 'today%%@bench.example'
                    """.formatted(PEOPLE_EACH));
            s.executeUpdate("""
                    insert into enrolment (participant, participant_key, program_id, start_date, status)
                    select id, 0, '%s', current_date - 400, 'ACTIVE' from participant where preferred_name like 'Today person %%'
                    """.formatted(program));
            s.executeUpdate("""
                    insert into caseload_assignment (participant, participant_key, worker_id, assigned_at)
                    select id, 0, primary_worker_id, now() from participant where preferred_name like 'Today person %'""");
            // Note n = 1 is the latest: 1 to 40 days ago by person, so some are not seen for weeks; its
            // follow-up falls from 5 days ago to 5 days ahead, so some are overdue, some due today.
            s.executeUpdate("""
                    insert into contact_note (id, participant_id, author_id, status, contact_date, start_time, end_time,
                        minutes, mode, place, activities, dimensions, goal_ids, narrative, persons_words, next_steps,
                        follow_up_date, signed_at, signed_name, signed_credential, billing_code, units, created_at, updated_at, version)
                    select gen_random_uuid(), p.id, p.primary_worker_id, 'SIGNED', current_date - (d + (n - 1) * 14),
                        time '10:00', time '10:30', 30, 'PHONE_CALL', null, '["SHARING_RESOURCES"]', '["SOCIAL"]', '[]',
                        'Talked through the week and what is coming up. Shared the food bank hours.', null,
                        'Call about the bus pass.', case when n = 1 then current_date - d + 5 - (d %% 11) end,
                        now(), 'Today worker', 'CPRS', 'H0038', 2, now(), now(), 1
                    from participant p cross join lateral (select 1 + abs(hashtext(p.id::text)) %% 40 as d) days
                    cross join generate_series(1, %d) n where p.preferred_name like 'Today person %%'
                    """.formatted(NOTES_EACH));
            s.executeUpdate("""
                    insert into contact_note (id, participant_id, author_id, status, contact_date, activities, dimensions,
                        goal_ids, narrative, created_at, updated_at, version)
                    select gen_random_uuid(), p.id, p.primary_worker_id, 'DRAFT', current_date, '[]', '[]', '[]',
                        'Started on the bus.', now(), now(), 1
                    from participant p where p.preferred_name like 'Today person %' and abs(hashtext(p.id::text)) % 10 = 0""");
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze");
        }
        System.out.println("seed: 16 workers with 40 people and 20 notes each");
    }

    /** Issue 31's measure: 8 supervisors, each supervising 12 of the 16 today workers (once). */
    private static void supervisors(Connection db, HttpClient http, String base, String admin, String password)
            throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from staff_member where email like 'workload%@bench.example'")) {
            rs.next();
            if (rs.getLong(1) >= SUPERVISORS) {
                return;
            }
        }
        String program;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id from program where name = 'Bench program'")) {
            rs.next();
            program = rs.getString(1);
        }
        for (int k = 0; k < SUPERVISORS; k++) {
            send(http, base, "POST", "/api/v1/staff", """
                    {"email": "workload%d@bench.example", "displayName": "Workload supervisor %d", "roles": ["SUPERVISOR"],
                     "password": "%s", "programIds": ["%s"]}""".formatted(k, k, password, program), admin);
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update staff_member set password_must_change = false where email like 'workload%@bench.example'");
            s.executeUpdate("""
                    insert into supervision_assignment (id, supervisor_id, worker_id, is_primary)
                    select gen_random_uuid(), sup.id, w.id, false
                    from staff_member sup, staff_member w
                    where sup.email like 'workload%%@bench.example' and w.email like 'today%%@bench.example'
                      and (substring(w.email from 'today(\\d+)')::int - substring(sup.email from 'workload(\\d+)')::int + 16) %% 16 < %d
                    """.formatted(TEAM));
        }
        System.out.println("seed: 8 supervisors with 12 workers each");
    }

    /**
     * Issue 29's measure: each worker has {@code calls} people with check-in calls planned for today
     * (and a phone number), so Today lists that many calls. Idempotent; the plans start today.
     */
    private static void calls(Connection db, int calls) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    insert into contact_method (participant, participant_key, kind, value, preferred, safe_to_leave_message)
                    select p.id, 0, 'PHONE', '555 01' || lpad((row_number() over (order by p.id) %% 100)::text, 2, '0'), true, true
                    from participant p where p.preferred_name like 'Today person %%'
                    on conflict do nothing
                    """.formatted());
            int planned = s.executeUpdate("""
                    insert into check_in_plan (participant_id, weekday, window_start, window_end, every_weeks, starts_on,
                                               active, updated_by, updated_at, version)
                    select p.id, extract(isodow from current_date), time '09:00', time '17:00', 1, current_date, true,
                           p.primary_worker_id, now(), 0
                    from (select p.*, row_number() over (partition by p.primary_worker_id order by p.preferred_name) as n
                          from participant p where p.preferred_name like 'Today person %%') p
                    where p.n <= %d
                    on conflict (participant_id) do update set weekday = excluded.weekday, starts_on = excluded.starts_on, active = true
                    """.formatted(calls));
            System.out.printf("seed: %d check-in calls planned today (%d per worker)%n", planned, calls);
        }
    }

    private static HttpClient signIn(String base, String email, String password) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = get(session, base + "/signin");
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf(form)))
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

    private static String size(String page) throws Exception {
        byte[] raw = page.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        }
        return "%.1f KB (%.1f KB gzipped)".formatted(raw.length / 1024.0, out.size() / 1024.0);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static String csrf(String page) {
        return URLEncoder.encode(matchOne(page, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8);
    }

    private static String matchOne(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex);
        }
        return m.group(1);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    private static String send(HttpClient http, String base, String method, String path, String json, String authorization)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
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
