import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 9's benchmark against a running Alongside on loopback. Seeds (once) 100,000 participants
 * spread over 16 peer workers and 2,000,000 signed notes straight into the embedded database, then
 * runs N clients, each a worker with its own API token on its own caseload:
 *   (a) POST a complete note with "sign": true (write and sign, one request per note);
 *   (b) GET a person's 50 latest notes.
 * Rounds of fixed length after a warm-up; prints throughput and p50/p95/p99 per round, then
 * verifies the audit chain. Usage:
 *   java -cp postgresql.jar bench/NotesLoad.java http://localhost:PORT adminEmail adminPassword dataDir
 *        [clients] [rounds] [seconds]
 * With -Donly=a or -Donly=b, runs one of the two loads; with -Dsetup-only=true, seeds and gets the
 * workers' tokens, then stops before the load (what BenchSetupIT checks on a fresh data directory).
 */
public class NotesLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int WORKERS = 16;
    /** -Dparticipants=N seeds fewer people (the setup check uses a few hundred). */
    private static final int PARTICIPANTS = Integer.getInteger("participants", 100_000);
    private static final int NOTES_EACH = 20;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path data = Path.of(args[3]);
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 15;
        if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("load is only sent to this machine");
        }
        String admin = "Bearer " + field(send(base, "POST", "/api/v1/tokens", "{\"label\": \"bench\"}",
                basic(args[1], args[2])), "token");
        List<String> workerIds = workers(base, admin, data, args[2]);
        try (Connection db = database(data);
                Statement s = db.createStatement()) {
            // The bench signs in as these accounts; an administrator-made account would first have to change its password.
            s.executeUpdate("update staff_member set password_must_change = false where email like 'worker%@bench.example'");
            seed(db, workerIds);
            prewarm(db);
        }
        List<String> tokens = new ArrayList<>();
        List<List<String>> caseloads = new ArrayList<>();
        try (Connection db = database(data)) {
            for (int w = 0; w < WORKERS; w++) {
                tokens.add("Bearer " + field(send(base, "POST", "/api/v1/tokens", "{\"label\": \"bench\"}",
                        basic("worker" + w + "@bench.example", args[2] + "-w")), "token"));
                caseloads.add(caseload(db, workerIds.get(w)));
            }
        }
        if (Boolean.getBoolean("setup-only")) {
            System.out.printf("setup done: %d worker tokens, %d people in the first caseload%n", tokens.size(),
                    caseloads.get(0).size());
            return;
        }
        BiFunction<Integer, ThreadLocalRandom, HttpRequest> write = (client, random) -> {
            List<String> people = caseloads.get(client % WORKERS);
            String person = people.get(random.nextInt(people.size()));
            return HttpRequest.newBuilder(URI.create(base + "/api/v1/participants/" + person + "/contact-notes"))
                    .header("Authorization", tokens.get(client % WORKERS)).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(
                            note(LocalDate.now().minusDays(random.nextInt(365))))).build();
        };
        BiFunction<Integer, ThreadLocalRandom, HttpRequest> read = (client, random) -> {
            List<String> people = caseloads.get(client % WORKERS);
            String person = people.get(random.nextInt(people.size()));
            return HttpRequest.newBuilder(URI.create(base + "/api/v1/participants/" + person + "/contact-notes?limit=50"))
                    .header("Authorization", tokens.get(client % WORKERS)).timeout(Duration.ofSeconds(30)).GET().build();
        };
        String only = System.getProperty("only", "ab");
        if (only.contains("a")) {
            warmUp("(a) write and sign", write, 201, clients);
            for (int r = 1; r <= rounds; r++) {
                run("(a) write and sign", write, 201, clients, seconds, "round " + r);
            }
        }
        if (only.contains("b")) {
            warmUp("(b) 50 latest notes", read, 200, clients);
            for (int r = 1; r <= rounds; r++) {
                run("(b) 50 latest notes", read, 200, clients, seconds, "round " + r);
            }
        }
        long start = System.nanoTime();
        String verify = send(base, "GET", "/api/v1/audit/verify", null, admin);
        System.out.printf("audit verification: %s in %d ms%n", verify, (System.nanoTime() - start) / 1_000_000);
    }

    private static String note(LocalDate day) {
        return """
                {"sign": true, "content": {"contactDate": "%s", "startTime": "10:00", "endTime": "10:40", "mode": "WALK",
                 "place": "Riverside park", "activities": ["SHARING_RESOURCES", "MENTORING_AND_GOALS"],
                 "dimensions": ["PHYSICAL", "SOCIAL"],
                 "narrative": "Walked to the park together and talked about the week. Shared the bus timetable for the new clinic and practised the route. They set a goal of walking twice this week.",
                 "personsWords": "Getting out of the flat helps me think straight.",
                 "nextSteps": "Meet on Thursday at the library to look at the volunteering board."}}
                """.formatted(day);
    }

    /** Creates the program and 16 workers once; their ids are kept in the data directory. */
    private static List<String> workers(String base, String admin, Path data, String password) throws Exception {
        Path state = data.resolve("bench.workers");
        if (Files.exists(state)) {
            return Files.readAllLines(state);
        }
        String program = field(send(base, "POST", "/api/v1/programs", "{\"name\": \"Bench program\", \"setting\": \"OTHER\"}",
                admin), "id");
        List<String> ids = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            ids.add(field(send(base, "POST", "/api/v1/staff", """
                    {"email": "worker%d@bench.example", "displayName": "Bench worker %d", "roles": ["PEER_WORKER"],
                     "credential": "CPRS", "password": "%s-w", "programIds": ["%s"]}""".formatted(w, w, password, program),
                    admin), "id"));
        }
        ids.add(program);
        Files.write(state, ids);
        return ids;
    }

    private static Connection database(Path data) throws Exception {
        String port = Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).trim();
        String password = Files.readString(data.resolve("postgres.password")).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }

    private static void seed(Connection db, List<String> ids) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from participant where preferred_name like 'Seed person %'")) {
            rs.next();
            if (rs.getLong(1) >= PARTICIPANTS) {
                System.out.println("seed: already there");
                return;
            }
        }
        long t0 = System.nanoTime();
        Array workers = db.createArrayOf("uuid", ids.subList(0, WORKERS).stream().map(UUID::fromString).toArray());
        String program = ids.get(WORKERS);
        db.setAutoCommit(false);
        try (PreparedStatement p = db.prepareStatement("""
                insert into participant (id, preferred_name, pronouns, primary_worker_id, version)
                select gen_random_uuid(), 'Seed person ' || i, 'they/them', (?::uuid[])[1 + i % 16], 0
                from generate_series(1, ?) i""")) {
            p.setArray(1, workers);
            p.setInt(2, PARTICIPANTS);
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("""
                insert into enrolment (participant, participant_key, program_id, start_date, status)
                select id, 0, ?::uuid, current_date - 1000, 'ACTIVE' from participant where preferred_name like 'Seed person %'""")) {
            p.setString(1, program);
            p.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    insert into caseload_assignment (participant, participant_key, worker_id, assigned_at)
                    select id, 0, primary_worker_id, now() from participant where preferred_name like 'Seed person %'""");
            s.executeUpdate("""
                    insert into contact_note (id, participant_id, author_id, status, contact_date, start_time, end_time,
                        minutes, mode, place, activities, dimensions, goal_ids, narrative, persons_words, next_steps,
                        signed_at, signed_name, signed_credential, billing_code, units, created_at, updated_at, version)
                    select gen_random_uuid(), p.id, p.primary_worker_id, 'SIGNED', current_date - ((n * 53 + hashtext(p.id::text) %% 50 + 50) %% 1000),
                        time '10:00', time '10:30', 30, 'PHONE_CALL', null, '["SHARING_RESOURCES"]', '["SOCIAL"]', '[]',
                        'Talked through the week and what is coming up. Shared the food bank hours and the number for the tenants union.',
                        null, 'Call again next week.', now(), 'Seed worker', 'CPRS', 'H0038', 2, now(), now(), 1
                    from participant p cross join generate_series(1, %d) n where p.preferred_name like 'Seed person %%'
                    """.formatted(NOTES_EACH));
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze");
            s.execute("checkpoint");
        }
        System.out.printf("seed: %d participants and %d notes in %d s%n", PARTICIPANTS, PARTICIPANTS * NOTES_EACH,
                (System.nanoTime() - t0) / 1_000_000_000);
    }

    /**
     * A server that has run for a while has its notes in memory; a fresh start reads them from disk
     * for minutes. Loads the tables and indexes the load touches into PostgreSQL's cache (pg_prewarm)
     * and, by reading them, into the OS cache.
     */
    private static void prewarm(Connection db) throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("create extension if not exists pg_prewarm");
            for (String relation : List.of("contact_note", "contact_note_participant_latest", "contact_note_pkey", "participant",
                    "participant_pkey", "enrolment", "staff_member", "api_token")) {
                s.execute("select pg_prewarm('" + relation + "')");
            }
            try (ResultSet rs = s.executeQuery("""
                    select pg_size_pretty(pg_total_relation_size('contact_note')), current_setting('shared_buffers')""")) {
                rs.next();
                System.out.printf("prewarm: contact_note with indexes %s, shared_buffers %s, %d s%n", rs.getString(1),
                        rs.getString(2), (System.nanoTime() - t0) / 1_000_000_000);
            }
        }
    }

    private static List<String> caseload(Connection db, String worker) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("select id from participant where primary_worker_id = ?::uuid")) {
            p.setString(1, worker);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * The JIT compiles the hot paths only when it gets CPU: with every core busy serving 16 clients
     * it takes minutes. So the warm-up first runs 4 clients for 60 s, then all of them for 20 s.
     */
    private static void warmUp(String what, BiFunction<Integer, ThreadLocalRandom, HttpRequest> requests, int expected,
            int clients) throws InterruptedException {
        run(what, requests, expected, Math.min(4, clients), 60, "warm-up");
        run(what, requests, expected, clients, 20, "warm-up");
    }

    private static void run(String what, BiFunction<Integer, ThreadLocalRandom, HttpRequest> requests, int expected,
            int clients, int seconds, String label) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        // The body is read in full but only decoded when something went wrong: the
                        // client shares the two cores with the server and should take little of them.
                        HttpResponse<byte[]> response = HTTP.send(requests.apply(client, random),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == expected) {
                            latencies.add(System.nanoTime() - t0);
                        } else if (errors.incrementAndGet() < 3) {
                            System.out.println("unexpected " + response.statusCode() + ": "
                                    + new String(response.body(), StandardCharsets.UTF_8));
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
        System.out.printf("%s %s: %d clients, %d s: %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n",
                what, label, clients, seconds, sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), errors.get());
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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
