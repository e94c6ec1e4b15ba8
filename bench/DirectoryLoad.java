import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.stream.Collectors;
import java.util.zip.ZipOutputStream;

/**
 * Issue 16's benchmark. Writes (once) an HSDS tabular data package of N made-up services (default
 * 50,000: organisations, locations, addresses, phones, schedules, languages, costs, and need and
 * wellness attributes), imports it through the API and times the import to its end, then loads
 * two reads at C clients: the staff search page (words + two filters + open now + near a
 * postcode) and the HSDS API's GET /hsds/services?search=…&per_page=50. Prints p50/p95/p99.
 * Usage: java bench/DirectoryLoad.java http://localhost:PORT adminEmail adminPassword outDir
 *        [clients] [rounds] [seconds] [services]
 */
public class DirectoryLoad {

    private static final String[] TOWNS = {
        "Ashford", "Brookfield", "Carver", "Dalton", "Elmwood", "Fairview", "Glenrock", "Hillcrest", "Ironbridge",
        "Juniper", "Kingsley", "Linden", "Millbrook", "Norwood", "Oakdale", "Pinecrest", "Quarry", "Redwood",
        "Stonegate", "Thornbury", "Upton", "Valemont", "Westfield", "Yarrow"
    };
    private static final Map<String, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("housing", new String[] {"Housing Help", "Night Shelter", "Tenant Support"});
        KINDS.put("food", new String[] {"Food Pantry", "Community Meals", "Food Bank"});
        KINDS.put("employment", new String[] {"Job Club", "Work Readiness"});
        KINDS.put("education", new String[] {"GED Classes", "Adult Learning"});
        KINDS.put("benefits", new String[] {"Benefits Advice"});
        KINDS.put("legal", new String[] {"Legal Aid Clinic"});
        KINDS.put("health_care", new String[] {"Health Clinic", "Dental Day"});
        KINDS.put("mental_health", new String[] {"Counselling", "Warm Line"});
        KINDS.put("substance_use_treatment", new String[] {"Outpatient Treatment"});
        KINDS.put("mutual_support", new String[] {"SMART Recovery Meeting", "Twelve-Step Meeting"});
        KINDS.put("peer_recovery_community", new String[] {"Recovery Community Center"});
        KINDS.put("transport", new String[] {"Ride Program"});
        KINDS.put("family", new String[] {"Family Support"});
        KINDS.put("clothing", new String[] {"Clothing Closet"});
        KINDS.put("recreation", new String[] {"Walking Club", "Art Studio"});
    }

    /** Milliseconds each client waits between requests (BENCH_THINK_MS; 0: back to back, the machine's limit). */
    private static final long THINK_MS = Long.parseLong(System.getenv().getOrDefault("BENCH_THINK_MS", "0"));

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[3]);
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 15;
        int services = args.length > 7 ? Integer.parseInt(args[7]) : 50_000;
        if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("load is only sent to this machine");
        }
        HttpClient plain = HttpClient.newHttpClient();
        String token = "Bearer " + field(send(plain, base, "POST", "/api/v1/tokens", "{\"label\": \"bench\"}",
                "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8))),
                "token");
        Files.createDirectories(out);
        Path zip = out.resolve("hsds-" + services + ".zip");
        if (!Files.exists(zip)) {
            long t0 = System.nanoTime();
            write(zip, services, new Random(16), needTerms(plain, base, token));
            System.out.printf("Wrote %s (%.1f MB) in %.1f s%n", zip, Files.size(zip) / 1e6, (System.nanoTime() - t0) / 1e9);
        }
        String found = get(plain, base + "/hsds/services?search=Benchtown&per_page=1", token);
        if (Integer.parseInt(matchOne(found, "\"total_items\"\\s*:\\s*(\\d+)")) < services
                || System.getenv("BENCH_REIMPORT") != null) {
            importPackage(plain, base, token, zip);
        } else {
            System.out.println("Directory already imported: " + services + " services");
        }
        String searchPage = System.getenv().getOrDefault("BENCH_SEARCH_PAGE",
                "/directory?q=food&need=food&free=true&open=true&postcode=B1010");
        HttpClient session = signIn(base, args[1], args[2]);
        String page = get(session, base + searchPage, null);
        Matcher count = Pattern.compile("class=\"meta\">([^<]*found)").matcher(page);
        System.out.printf("Search page: %s, %.1f KB%n", count.find() ? count.group(1) : "no search",
                page.length() / 1024.0);
        if (Boolean.getBoolean("setup-only")) {
            // imported and searched: what BenchSetupIT checks on a fresh data directory
            System.out.println("setup done");
            return;
        }
        List<HttpClient> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sessions.add(signIn(base, args[1], args[2]));
        }
        String hsds = "/hsds/services?search=food&per_page=50";
        run(base + searchPage, sessions, null, Math.min(4, clients), 20, "staff search warm-up");
        run(base + hsds, Collections.nCopies(clients, plain), token, Math.min(4, clients), 20, "HSDS warm-up");
        for (int r = 1; r <= rounds; r++) {
            run(base + searchPage, sessions, null, clients, seconds, "staff search round " + r);
            run(base + hsds, Collections.nCopies(clients, plain), token, clients, seconds, "HSDS services round " + r);
        }
    }

    /** Alongside's need terms, code to id, from the HSDS API. */
    private static Map<String, String> needTerms(HttpClient http, String base, String token) throws Exception {
        String page = get(http, base + "/hsds/taxonomy_terms?taxonomy_id=7b1f0c9e-3c61-4a9e-9a43-5d8f2b6c1e01&per_page=200",
                token);
        Map<String, String> terms = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\{[^{}]*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"[^{}]*?\"code\"\\s*:\\s*\"need:([a-z_]+)\"")
                .matcher(page);
        while (m.find()) {
            terms.put(m.group(2), m.group(1));
        }
        if (!terms.keySet().containsAll(KINDS.keySet())) {
            throw new IllegalStateException("need terms missing from " + terms.keySet());
        }
        return terms;
    }

    private static void importPackage(HttpClient http, String base, String token, Path zip) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/api/v1/directory/imports?file_name=" + zip.getFileName()))
                        .header("Authorization", token)
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofFile(zip))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("import answered " + started.statusCode() + ": " + started.body());
        }
        String location = base + started.headers().firstValue("Location").orElseThrow();
        String stage = "";
        Map<String, Double> stages = new LinkedHashMap<>();
        String status;
        do {
            Thread.sleep(250);
            status = get(http, location, token);
            String now = matchOne(status, "\"stage\"\\s*:\\s*\"([a-z]+)\"");
            if (!now.equals(stage)) {
                stages.put(now, (System.nanoTime() - t0) / 1e9);
                stage = now;
            }
        } while (!stage.equals("done") && !stage.equals("failed"));
        System.out.printf("Import of %s: %s in %.1f s (stages began at %s)%n", zip.getFileName(), stage,
                (System.nanoTime() - t0) / 1e9, stages);
        if (!status.contains("\"saved\":true")) {
            throw new IllegalStateException("import not saved: " + status.substring(0, Math.min(2000, status.length())));
        }
    }

    /** The package: each service with a place, address, phone, hours, languages, a cost, and two attributes. */
    private static void write(Path zip, int services, Random random, Map<String, String> needTerms) throws IOException {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        for (String header : List.of(
                "organizations.csv:id,name,description",
                "services.csv:id,organization_id,name,description,status",
                "locations.csv:id,location_type,organization_id,name,latitude,longitude",
                "addresses.csv:id,location_id,address_1,city,state_province,postal_code,country,address_type",
                "service_at_location.csv:id,service_id,location_id",
                "phones.csv:id,service_id,number",
                "schedules.csv:id,service_id,freq,byday,opens_at,closes_at",
                "languages.csv:id,service_id,name,code",
                "cost_options.csv:id,service_id,option,amount",
                "taxonomies.csv:id,name,description",
                "taxonomy_terms.csv:id,code,name,description,taxonomy_id",
                "attributes.csv:id,link_id,taxonomy_term_id,link_type,link_entity")) {
            String[] parts = header.split(":");
            files.put(parts[0], new StringBuilder(parts[1]).append('\n'));
        }
        String[] kinds = KINDS.keySet().toArray(new String[0]);
        String org = null;
        String orgName = null;
        for (int i = 0; i < services; i++) {
            String town = TOWNS[random.nextInt(TOWNS.length)];
            if (i % 10 == 0) {
                org = UUID.randomUUID().toString();
                orgName = town + " Benchtown Network " + (i / 10);
                files.get("organizations.csv").append(org).append(',').append(orgName).append(",Made up for the benchmark\n");
            }
            String need = kinds[random.nextInt(kinds.length)];
            String[] names = KINDS.get(need);
            String name = town + " " + names[random.nextInt(names.length)] + " " + i;
            String service = UUID.randomUUID().toString();
            files.get("services.csv").append(service).append(',').append(org).append(',').append(name)
                    .append(",Made-up ").append(need.replace('_', ' ')).append(" service in Benchtown: ").append(name)
                    .append(",active\n");
            String location = UUID.randomUUID().toString();
            double lat = 40 + random.nextDouble() * 2;
            double lon = -80 + random.nextDouble() * 2;
            files.get("locations.csv").append(location).append(",physical,").append(org).append(',').append(name)
                    .append(',').append(String.format(Locale.ROOT, "%.5f,%.5f", lat, lon)).append('\n');
            // Postcodes are cells of a tenth of a degree: B0 to B1919, about 125 services each.
            String postcode = "B" + ((int) ((lat - 40) * 10) * 100 + (int) ((lon + 80) * 10));
            files.get("addresses.csv").append(UUID.randomUUID()).append(',').append(location).append(",").append(i)
                    .append(" Main Street,").append(town).append(",OH,").append(postcode).append(",US,physical\n");
            files.get("service_at_location.csv").append(UUID.randomUUID()).append(',').append(service).append(',')
                    .append(location).append('\n');
            files.get("phones.csv").append(UUID.randomUUID()).append(',').append(service).append(",555 01")
                    .append(String.format(Locale.ROOT, "%02d", i % 100)).append('\n');
            String hours = switch (random.nextInt(4)) {
                case 0 -> "WEEKLY,\"MO,TU,WE,TH,FR\",09:00,17:00";
                case 1 -> "WEEKLY,\"MO,TU,WE,TH,FR,SA,SU\",00:00,00:00";
                case 2 -> "MONTHLY,2TU,18:00,20:00";
                default -> "WEEKLY,\"SA,SU\",10:00,16:00";
            };
            files.get("schedules.csv").append(UUID.randomUUID()).append(',').append(service).append(',').append(hours)
                    .append('\n');
            files.get("languages.csv").append(UUID.randomUUID()).append(',').append(service).append(",English,en\n");
            if (random.nextInt(3) == 0) {
                files.get("languages.csv").append(UUID.randomUUID()).append(',').append(service).append(",Spanish,es\n");
            }
            boolean free = random.nextInt(4) > 0;
            files.get("cost_options.csv").append(UUID.randomUUID()).append(',').append(service).append(',')
                    .append(free ? "Free,0" : "Fee,10").append('\n');
            files.get("attributes.csv").append(UUID.randomUUID()).append(',').append(service).append(',')
                    .append(needTerms.get(need)).append(",need,service\n");
        }
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (var entry : files.entrySet()) {
                if (entry.getValue().indexOf("\n") == entry.getValue().length() - 1) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static void run(String url, List<HttpClient> clientsList, String token, int clients, int seconds, String label)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            builder.header("Authorization", token);
        }
        HttpRequest request = builder.build();
        HttpClient shared = HttpClient.newHttpClient();
        for (int c = 0; c < clients; c++) {
            HttpClient own = clientsList.get(c);
            // BENCH_ONE_HTTP_CLIENT: every client sends through one shared HTTP client, its session as a
            // Cookie header, instead of an HTTP client of its own
            boolean one = System.getenv("BENCH_ONE_HTTP_CLIENT") != null && own.cookieHandler().isPresent();
            HttpClient client = one ? shared : own;
            HttpRequest sent = one
                    ? HttpRequest.newBuilder(request, (name, value) -> true)
                            .header("Cookie", cookies(own))
                            .build()
                    : request;
            pool.submit(() -> {
                if (THINK_MS > 0) {
                    // people do not all press Search in the same millisecond: each starts somewhere in
                    // its first think time (without this, every round began with 16 requests at once,
                    // 5 % of a 20 s round, each waiting ~200 ms for the others on two cores)
                    try {
                        Thread.sleep((long) (THINK_MS * Math.random()));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(sent, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (THINK_MS > 0) {
                        // a person reads the results before searching again: 0.5 to 1.5 times the think time
                        try {
                            Thread.sleep((long) (THINK_MS * (0.5 + Math.random())));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s: %d clients%s, %d s: %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n", label, clients,
                THINK_MS > 0 ? " thinking " + THINK_MS + " ms" : "", seconds, sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                errors.get());
    }

    /** A session's cookies as one Cookie header. */
    private static String cookies(HttpClient session) {
        return ((CookieManager) session.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpClient signIn(String base, String email, String password) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = get(session, base + "/signin", null);
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(matchOne(form, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("password")) {
            throw new IllegalStateException("sign-in as " + email + " went to " + location);
        }
        return session;
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
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
}
