package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Demo mode on an empty database: the demo organisation is seeded and its sign-ins are listed and work. */
class DemoModeIT {

    private static final Pattern LOGIN =
            Pattern.compile("<td>([^<]+)</td>\\s*<td><code>([^<]+)</code></td>\\s*<td><code>([^<]+)</code></td>");

    @Test
    void seedsARealisticDemoOrganisationAndListsItsSignIns() throws Exception {
        Path data = Path.of("target", "demo-test", UUID.randomUUID().toString()).toAbsolutePath();
        String[] published;
        String issued;
        try (ApplicationProcess app = ApplicationProcess.start(
                data.resolveSibling(data.getFileName() + ".log"),
                Map.of("ALONGSIDE_DATA_DIR", data.toString()),
                "--spring.profiles.active=demo")) {
            String page = app.get("/signin").body();
            assertThat(page).contains("Demo sign-ins");
            List<String[]> logins = new ArrayList<>();
            Matcher m = LOGIN.matcher(page);
            while (m.find()) {
                logins.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
            assertThat(logins).hasSize(9);
            assertThat(logins.stream().filter(l -> l[0].equals("Peer worker"))).hasSize(6);
            String[] admin = logins.get(0);
            assertThat(admin[0]).isEqualTo("Program administrator");

            String token = app.token(admin[1], admin[2]);
            published = admin;
            issued = token;
            String people = app.call(token, "GET", "/api/v1/participants", null).body();
            assertThat((List<?>) JsonPath.read(people, "$")).hasSize(60);
            assertThat((List<?>) JsonPath.read(people, "$[?(@.status == 'PAUSED')]"))
                    .isNotEmpty();
            String staff = app.call(token, "GET", "/api/v1/staff", null).body();
            assertThat((List<?>) JsonPath.read(staff, "$[?('SUPERVISOR' in @.roles && @.peerExperience == true)]"))
                    .hasSize(1);
            assertThat((List<?>) JsonPath.read(staff, "$[?('SUPERVISOR' in @.roles && @.peerExperience == false)]"))
                    .hasSize(1);
            String programs = app.call(token, "GET", "/api/v1/programs", null).body();
            assertThat((List<?>) JsonPath.read(programs, "$")).hasSize(2);

            String[] worker = logins.stream()
                    .filter(l -> l[0].equals("Peer worker"))
                    .findFirst()
                    .orElseThrow();
            String workerToken = app.token(worker[1], worker[2]);
            List<?> caseload = JsonPath.read(
                    app.call(workerToken, "GET", "/api/v1/participants", null).body(), "$");
            assertThat(caseload).isNotEmpty().hasSizeLessThan(20);
            String firstPerson = JsonPath.read(
                    app.call(workerToken, "GET", "/api/v1/participants", null).body(), "$[0].id");
            List<?> notes = JsonPath.read(
                    app.call(workerToken, "GET", "/api/v1/participants/" + firstPerson + "/contact-notes", null)
                            .body(),
                    "$[?(@.status == 'SIGNED')]");
            assertThat(notes).isNotEmpty();
            List<?> groups = JsonPath.read(
                    app.call(workerToken, "GET", "/api/v1/groups", null).body(), "$");
            assertThat(groups).hasSize(1);
            // the first worker's referrals stand at each point of the loop
            List<Object> statuses = new ArrayList<>();
            for (Object person : (List<?>) JsonPath.read(
                    app.call(workerToken, "GET", "/api/v1/participants", null).body(), "$[*].id")) {
                statuses.addAll(JsonPath.read(
                        app.call(workerToken, "GET", "/api/v1/participants/" + person + "/referrals", null)
                                .body(),
                        "$[*].status"));
            }
            assertThat(statuses).contains("SUGGESTED", "IN_PROGRESS", "CONNECTED", "NOT_CONNECTED");

            // varied enough that Today shows every kind of item: an overdue follow-up, a returned note
            String[] leila = logins.stream()
                    .filter(l -> l[1].startsWith("leila"))
                    .findFirst()
                    .orElseThrow();
            String leilaToken = app.token(leila[1], leila[2]);
            List<String> hers = JsonPath.read(
                    app.call(leilaToken, "GET", "/api/v1/participants", null).body(), "$[*].id");
            List<Object> returned = new ArrayList<>();
            List<Object> overdue = new ArrayList<>();
            for (String person : hers) {
                String list = app.call(leilaToken, "GET", "/api/v1/participants/" + person + "/contact-notes", null)
                        .body();
                returned.addAll(JsonPath.read(list, "$[?(@.status == 'RETURNED')]"));
                overdue.addAll(JsonPath.read(list, "$[?(@.content.followUpDate < '" + LocalDate.now() + "')]"));
            }
            assertThat(returned).hasSize(1);
            assertThat(overdue).isNotEmpty();
        }
        try (ApplicationProcess prod = ApplicationProcess.start(
                data.resolveSibling(data.getFileName() + "-prod.log"),
                Map.of("ALONGSIDE_DATA_DIR", data.toString()),
                "--spring.profiles.active=prod")) {
            assertThat(prod.get("/signin").body())
                    .doesNotContain("Demo sign-ins")
                    .doesNotContain(published[2]);
            assertThat(prod.basic("/api/v1/tokens", published[1], published[2]).statusCode())
                    .as("the published demo password no longer signs in")
                    .isEqualTo(401);
            assertThat(prod.call(issued, "GET", "/api/v1/me", null).statusCode())
                    .as("a token issued in demo mode is revoked")
                    .isEqualTo(401);
            assertThat(prod.log()).contains("demo sign-ins were published");
        }
    }
}
