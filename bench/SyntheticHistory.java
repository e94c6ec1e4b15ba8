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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic program history for demos and benchmarks (issue 30): five programs of one
 * organisation (holding 40, 20, 20, 10 and 10 % of the people), ten peer workers each, and by
 * default 100,000 participants enrolled over the last three years (three in ten discharged), with
 * 2,000,000 signed contacts across their time in services (modes and activities as peer work
 * spreads them), about 400,000 PHQ-9 and GAD-7 responses on the SUPRT timepoints whose totals
 * mostly improve (a quarter do not, some get worse), life events before and during services
 * (hospital stays, emergency visits, crises, jail, housing and work), weekly groups with their
 * attendance, and referrals with their outcomes. Every name is "History person n"; the random
 * numbers are seeded, so the same size gives the same history.
 * Usage: java -cp postgresql.jar bench/SyntheticHistory.java http://localhost:PORT adminEmail adminPassword
 *        dataDir [participants]
 * The workers sign in as history{p}-{w}@bench.example with the administrator's password and "-h".
 */
public class SyntheticHistory {

    static final int PROGRAMS = 5;
    static final int WORKERS_EACH = 10;
    static final int CONTACTS_EACH = 20;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path data = Path.of(args[3]);
        int people = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("only this machine's Alongside is written to");
        }
        String admin = "Bearer " + field(send(base, "POST", "/api/v1/tokens", "{\"label\": \"history\"}",
                "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8))),
                "token");
        List<String> ids = staff(base, admin, data, args[2] + "-h");
        try (Connection db = database(data)) {
            seed(db, ids, people);
        }
    }

    /** The programs and their workers, made once through the API; their ids are kept in the data directory. */
    static List<String> staff(String base, String admin, Path data, String password) throws Exception {
        Path state = data.resolve("history.staff");
        if (Files.exists(state)) {
            return Files.readAllLines(state);
        }
        List<String> programs = new ArrayList<>();
        List<String> workers = new ArrayList<>();
        for (int p = 1; p <= PROGRAMS; p++) {
            String program = field(send(base, "POST", "/api/v1/programs",
                    "{\"name\": \"History program %d\", \"setting\": \"OTHER\"}".formatted(p), admin), "id");
            programs.add(program);
            for (int w = 0; w < WORKERS_EACH; w++) {
                workers.add(field(send(base, "POST", "/api/v1/staff", """
                        {"email": "history%d-%d@bench.example", "displayName": "History worker %d-%d", "roles": ["PEER_WORKER"],
                         "credential": "CPRS", "password": "%s", "programIds": ["%s"]}""".formatted(p, w, p, w, password, program),
                        admin), "id"));
            }
        }
        List<String> ids = new ArrayList<>(programs);
        ids.addAll(workers);
        Files.write(state, ids);
        return ids;
    }

    static void seed(Connection db, List<String> ids, int people) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from participant where preferred_name like 'History person %'")) {
            rs.next();
            if (rs.getLong(1) >= people) {
                System.out.println("history: already there");
                return;
            }
        }
        long t0 = System.nanoTime();
        Array programs = db.createArrayOf("uuid", ids.subList(0, PROGRAMS).stream().map(UUID::fromString).toArray());
        Array workers = db.createArrayOf("uuid", ids.subList(PROGRAMS, ids.size()).stream().map(UUID::fromString).toArray());
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("update staff_member set password_must_change = false where email like 'history%@bench.example'");
            s.execute("select setseed(0.30)");
            s.execute("""
                    create temporary table history_person on commit drop as
                    select i as n, gen_random_uuid() as id, pr as program_no, start as started_on,
                           case when random() < 0.3 then least(current_date, start + 60 + (random() * 540)::int) end as ended_on,
                           random() as severity, random() as response
                    from generate_series(1, %d) i
                    cross join lateral (select case when i %% 10 < 4 then 1 when i %% 10 < 6 then 2 when i %% 10 < 8 then 3
                                                    when i %% 10 = 8 then 4 else 5 end as pr,
                                               current_date - (random() * 1095)::int as start) x
                    """.formatted(people));
            s.execute("create index on history_person (id)");
            s.execute("create index on history_person ((n % 613))");
        }
        try (PreparedStatement p = db.prepareStatement("""
                insert into participant (id, preferred_name, pronouns, date_of_birth, primary_worker_id, version, created_at)
                select h.id, 'History person ' || h.n, (array['she/her','he/him','they/them'])[1 + h.n % 3],
                       date '1960-01-01' + (h.n * 7919 % 16000), (?::uuid[])[(h.program_no - 1) * 10 + 1 + (h.n / 10) % 10], 0,
                       h.started_on
                from history_person h""")) {
            p.setArray(1, workers);
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("""
                insert into enrolment (participant, participant_key, program_id, start_date, status, discharge_reason, ended_on)
                select h.id, 0, (?::uuid[])[h.program_no], h.started_on,
                       case when h.ended_on is null then 'ACTIVE' else 'DISCHARGED' end,
                       case when h.ended_on is not null then 'Goals met' end, h.ended_on
                from history_person h""")) {
            p.setArray(1, programs);
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("""
                insert into measurement_episode (participant_id, program_id, started_on, ended_on)
                select h.id, (?::uuid[])[h.program_no], h.started_on, h.ended_on from history_person h""")) {
            p.setArray(1, programs);
            p.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    insert into caseload_assignment (participant, participant_key, worker_id, assigned_at)
                    select p.id, 0, p.primary_worker_id, p.created_at from participant p join history_person h on h.id = p.id""");
            contacts(s);
            responses(s);
            lifeEvents(s);
        }
        try (PreparedStatement p = db.prepareStatement(groups())) {
            p.setArray(1, programs);
            p.setArray(2, workers);
            p.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            attendance(s);
        }
        try (PreparedStatement p = db.prepareStatement(referrals())) {
            p.setArray(1, programs);
            p.executeUpdate();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze");
            s.execute("checkpoint");
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select (select count(*) from participant where preferred_name like 'History person %'),
                       (select count(*) from contact_note c join participant p on p.id = c.participant_id
                        where p.preferred_name like 'History person %'),
                       (select count(*) from questionnaire_response), (select count(*) from life_event),
                       (select count(*) from group_attendance), (select count(*) from referral)""")) {
            rs.next();
            System.out.printf("history: %d participants, %d contacts, %d questionnaire responses, %d life events,"
                            + " %d group attendances, %d referrals in %d s%n", rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6), (System.nanoTime() - t0) / 1_000_000_000);
        }
    }

    /** Twenty signed contacts per person, spread over their time in services. */
    static void contacts(Statement s) throws Exception {
        s.executeUpdate("""
                insert into contact_note (id, participant_id, author_id, status, contact_date, start_time, end_time,
                    minutes, mode, place, activities, dimensions, goal_ids, narrative, persons_words, next_steps,
                    signed_at, signed_name, signed_credential, billing_code, units, created_at, updated_at, version)
                select gen_random_uuid(), h.id, p.primary_worker_id, 'SIGNED', c.day, time '10:00', time '10:00' + c.minutes * interval '1 minute',
                    c.minutes, c.mode, null, c.activities, '["SOCIAL"]', '[]',
                    'Talked through the week and what is coming up.', null, 'Meet again next week.',
                    now(), 'History worker', 'CPRS', 'H0038', greatest(1, c.minutes / 15), now(), now(), 1
                from history_person h join participant p on p.id = h.id
                cross join generate_series(1, %d) as k (nth)
                cross join lateral (select h.started_on + (random() * (coalesce(h.ended_on, current_date) - h.started_on))::int as day,
                    15 + (random() * 75)::int as minutes,
                    (array['PHONE_CALL','PHONE_CALL','PHONE_CALL','TEXT_MESSAGES','TEXT_MESSAGES','WALK','HOME_VISIT',
                           'OFFICE_OR_DROP_IN','ERRAND','ACCOMPANYING','VIDEO','GROUP'])[1 + floor(random() * 12)::int] as mode,
                    ('["' || (array['MENTORING_AND_GOALS','SHARING_RESOURCES','BUILDING_COMMUNITY','ADVOCATING',
                                    'MENTORING_AND_GOALS','CRISIS_SUPPORT','OTHER'])[1 + floor(random() * 7)::int] || '"]')::jsonb
                        as activities, k.nth) c
                """.formatted(CONTACTS_EACH));
    }

    /**
     * PHQ-9 and GAD-7 at baseline (in the first 20 days), at the reassessment (150 to 210 days, or at
     * discharge when that comes first), and a PHQ-9 at a year for those still there. A person's
     * severity sets their baseline; their response sets the change: most improve, a quarter hold, some worsen.
     */
    static void responses(Statement s) throws Exception {
        s.executeUpdate("""
                insert into questionnaire_response (id, participant_id, instrument_id, instrument_version, completed_on,
                    completed_by, entered_by, entered_at, answers, total, band_from, missing, prorated, safety)
                select gen_random_uuid(), h.id, t.instrument, '1', t.day, 'WITH_STAFF', p.primary_worker_id, now(), '{}',
                       t.total,
                       case when t.total >= 20 and t.instrument = 'phq-9' then 20 when t.total >= 15 then 15
                            when t.total >= 10 then 10 when t.total >= 5 then 5 else 0 end,
                       0, false, false
                from history_person h join participant p on p.id = h.id
                cross join lateral (
                    select i.instrument, d.day,
                           greatest(0, least(i.top, round(i.top * (0.25 + 0.5 * h.severity)
                               - d.step * i.top * (0.45 * h.response - 0.12) + (random() - 0.5) * 4)::int)) as total
                    from (values ('phq-9', 27), ('gad-7', 21)) as i (instrument, top)
                    cross join lateral (values
                        (h.started_on + (random() * 20)::int, 0),
                        (least(coalesce(h.ended_on, current_date), h.started_on + 150 + (random() * 60)::int), 1),
                        (h.started_on + 335 + (random() * 60)::int, 2)) as d (day, step)
                    where (d.step < 2 or i.instrument = 'phq-9')
                      and d.day <= coalesce(h.ended_on, current_date)
                      and (d.step = 0 or d.day > h.started_on + 30)) t
                """);
    }

    /** Service use before enrolment (what the person remembered of the last six months) and during, and housing and work. */
    static void lifeEvents(Statement s) throws Exception {
        s.executeUpdate("""
                insert into life_event (id, participant_id, kind, detail, started_on, ended_on, words, entered_by, entered_at)
                select gen_random_uuid(), h.id, e.kind, e.detail, e.started_on,
                       case when e.days is not null then least(e.started_on + e.days, current_date) end, null,
                       p.primary_worker_id, now()
                from history_person h join participant p on p.id = h.id
                cross join lateral (
                    select k.kind, k.detail, k.at as started_on, k.days from (values
                        ('HOSPITAL_STAY', 'PSYCHIATRIC', 0.22, -175, 170, 3 + (random() * 11)::int),
                        ('EMERGENCY_VISIT', null, 0.32, -180, 178, null),
                        ('EMERGENCY_VISIT', null, 0.12, -180, 178, null),
                        ('CRISIS', 'CRISIS_LINE', 0.26, -180, 178, null),
                        ('JAIL', null, 0.08, -170, 160, 2 + (random() * 28)::int),
                        ('HOSPITAL_STAY', 'PSYCHIATRIC', 0.10, 0, -1, 3 + (random() * 9)::int),
                        ('EMERGENCY_VISIT', null, 0.18, 0, -1, null),
                        ('CRISIS', 'MOBILE_CRISIS', 0.14, 0, -1, null),
                        ('JAIL', null, 0.03, 0, -1, 2 + (random() * 14)::int)
                    ) as r (kind, detail, share, offset_days, spread, days)
                    cross join lateral (select r.kind, r.detail, r.days,
                        case when r.spread >= 0 then h.started_on + r.offset_days + (random() * r.spread)::int
                             else h.started_on + (random() * (coalesce(h.ended_on, current_date) - h.started_on))::int end as at) k
                    where random() < r.share
                    union all
                    select 'HOUSING', (array['STABLE','STABLE','STABLE','TEMPORARY','TEMPORARY','UNHOUSED','INSTITUTION'])
                        [1 + floor(random() * 7)::int], h.started_on - 1 - (random() * 20)::int, null
                    where random() < 0.85
                    union all
                    select 'HOUSING', case when random() < 0.75 then 'STABLE' else 'TEMPORARY' end, h.started_on + 120, null
                    where random() < 0.4 and h.started_on + 120 <= coalesce(h.ended_on, current_date)
                    union all
                    select 'WORK_OR_STUDY', (array['NOT_WORKING','NOT_WORKING','NOT_WORKING','LOOKING','EMPLOYED','IN_EDUCATION'])
                        [1 + floor(random() * 6)::int], h.started_on - 1 - (random() * 20)::int, null
                    where random() < 0.8
                    union all
                    select 'WORK_OR_STUDY', case when random() < 0.6 then 'EMPLOYED' else 'LOOKING' end, h.started_on + 150, null
                    where random() < 0.3 and h.started_on + 150 <= coalesce(h.ended_on, current_date)
                ) e
                where e.started_on <= current_date
                """);
    }

    /** Four weekly groups per program over three years; each session is signed once its attendance is in. */
    static String groups() {
        return """
                with g as (
                    insert into recovery_group (id, program_id, name, type, schedule, capacity, created_at, version)
                    select gen_random_uuid(), (?::uuid[])[pr], 'History group ' || pr || '-' || k,
                           (array['MUTUAL_SUPPORT','SKILL_BUILDING','WELLNESS','WRAP_PLANNING'])[k], 'Weekly', 20,
                           now() - interval '3 years', 0
                    from generate_series(1, 5) pr cross join generate_series(1, 4) k
                    returning id, program_id)
                insert into group_session (id, group_id, session_date, start_time, end_time, topic, note, status,
                    signed_at, signed_by, signed_name, signed_credential, created_at, version)
                select gen_random_uuid(), g.id, current_date - 7 * w, time '14:00', time '15:30', 'Week ' || w, null, 'OPEN',
                       null, (?::uuid[])[1], null, null, now(), 0
                from g cross join generate_series(0, 155) w
                """;
    }

    /** About eight people at each session, from those in services that week. */
    static void attendance(Statement s) throws Exception {
        s.executeUpdate("""
                insert into group_attendance (session_id, participant_id, walk_in, recorded_by, recorded_at)
                select distinct on (gs.id, h.id) gs.id, h.id, false, gs.signed_by, now()
                from group_session gs join recovery_group g on g.id = gs.group_id and g.name like 'History group %'
                cross join lateral (select h.id from history_person h join enrolment e on e.participant = h.id
                                    where e.program_id = g.program_id
                                      and h.n % 613 = abs(gs.session_date - date '2020-01-01' + hashtext(g.name)) % 613
                                      and h.started_on <= gs.session_date
                                      and coalesce(h.ended_on, current_date) >= gs.session_date
                                    limit 8) h
                """);
        s.executeUpdate("""
                update group_session gs set status = 'SIGNED', signed_at = now(), signed_name = 'History worker',
                    signed_credential = 'CPRS'
                from recovery_group g where g.id = gs.group_id and g.name like 'History group %' and gs.status = 'OPEN'
                """);
    }

    /** Four in five people referred once, to one directory service, with what came of it. */
    static String referrals() {
        return """
                with org as (
                    insert into hsds_organization (id, name, description) values (gen_random_uuid(), 'History services', 'Synthetic')
                    returning id),
                service as (
                    insert into hsds_service (id, organization_id, name, status)
                    select gen_random_uuid(), org.id, 'History food bank', 'active' from org returning id)
                insert into referral (id, participant_id, service_id, need, contact, status, created_by, created_at, program_id)
                select gen_random_uuid(), h.id, service.id, (array['housing','food','employment','mental_health'])[1 + h.n % 4],
                       'phone', (array['CONNECTED','CONNECTED','CONNECTED','CONNECTED','CONNECTED','NOT_CONNECTED','NOT_CONNECTED',
                                       'IN_PROGRESS','AGREED','CANCELLED'])[1 + floor(random() * 10)::int],
                       p.primary_worker_id,
                       (h.started_on + (random() * (coalesce(h.ended_on, current_date) - h.started_on))::int) + time '12:00',
                       (?::uuid[])[h.program_no]
                from history_person h join participant p on p.id = h.id cross join service
                where h.n % 5 <> 0
                """;
    }

    static Connection database(Path data) throws Exception {
        String port = Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).trim();
        String password = Files.readString(data.resolve("postgres.password")).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }

    static String send(String base, String method, String path, String body, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
