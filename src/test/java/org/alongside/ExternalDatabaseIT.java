package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With SPRING_DATASOURCE_URL the application uses that PostgreSQL and starts none of its own; on an
 * empty database without ALONGSIDE_ADMIN_PASSWORD it prints a one-time administrator password once.
 */
class ExternalDatabaseIT {

    private static final Pattern ONE_TIME = Pattern.compile("One-time password:\\s+(\\S+)");

    @Test
    void usesTheExternalDatabaseAndPrintsAOneTimeAdministratorPasswordOnce() throws Exception {
        Path work = Path.of("target", "external-db-test", UUID.randomUUID().toString())
                .toAbsolutePath();
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("server"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start()) {
            try (Connection c = external.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create database alongside_ext");
            }
            Path appData = work.resolve("app-data");
            Map<String, String> env = Map.of(
                    "ALONGSIDE_DATA_DIR",
                    appData.toString(),
                    "SPRING_DATASOURCE_URL",
                    "jdbc:postgresql://localhost:" + external.getPort() + "/alongside_ext",
                    "SPRING_DATASOURCE_USERNAME",
                    "postgres",
                    "SPRING_DATASOURCE_PASSWORD",
                    "unused-with-trust",
                    "ALONGSIDE_ADMIN_EMAIL",
                    "first.admin@test.example");
            String password;
            try (ApplicationProcess app = ApplicationProcess.start(work.resolve("run1.log"), env)) {
                Matcher printed = ONE_TIME.matcher(app.log());
                assertThat(printed.find()).as("one-time password in the log").isTrue();
                String oneTime = printed.group(1);
                assertThat(app.basic("/api/v1/tokens", "first.admin@test.example", oneTime)
                                .statusCode())
                        .as("the one-time password gets no token before it is changed")
                        .isEqualTo(403);
                BrowserlessSession browser = new BrowserlessSession(app.port());
                browser.signIn("first.admin@test.example", oneTime);
                password = "the first administrator's own passphrase";
                browser.postForm(
                        "/account/password",
                        "/account/password",
                        Map.of("currentPassword", oneTime, "newPassword", password));
                String token = app.token("first.admin@test.example", password);
                assertThat(app.call(
                                        token,
                                        "POST",
                                        "/api/v1/programs",
                                        "{\"name\": \"External\", \"setting\": \"COURT\"}")
                                .statusCode())
                        .isEqualTo(201);
                assertThat(app.get("/signin").body()).doesNotContain("Demo sign-ins");
            }
            assertThat(Files.exists(appData.resolve("pg")))
                    .as("no embedded PostgreSQL was started")
                    .isFalse();
            try (Connection c =
                            external.getDatabase("postgres", "alongside_ext").getConnection();
                    ResultSet rs =
                            c.createStatement().executeQuery("select count(*) from program where name = 'External'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            try (ApplicationProcess app = ApplicationProcess.start(work.resolve("run2.log"), env)) {
                assertThat(app.log()).doesNotContain("One-time password");
                app.token("first.admin@test.example", password);
            }
        }
    }
}
