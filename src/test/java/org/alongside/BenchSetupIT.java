package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' own set-up works from a fresh data directory: against the packaged application,
 * started as {@code bench/server.sh} starts it, each load program seeds (at a small scale), signs
 * in or gets its tokens, and stops before the load ({@code -Dsetup-only=true}). A change that
 * breaks a benchmark's seeding (a new column, a forced password change) fails here, not on the
 * day someone measures.
 */
class BenchSetupIT {

    @Test
    void everyLoadProgramSeedsAndSignsInOnAFreshDataDirectory() throws Exception {
        Path data = Path.of("target", "bench-setup-test", UUID.randomUUID().toString())
                .toAbsolutePath();
        String password = "bench-" + UUID.randomUUID();
        try (ApplicationProcess app = ApplicationProcess.start(
                data.resolveSibling(data.getFileName() + ".log"),
                Map.of(
                        "ALONGSIDE_DATA_DIR",
                        data.toString(),
                        "ALONGSIDE_ADMIN_EMAIL",
                        "bench@bench.example",
                        "ALONGSIDE_ADMIN_PASSWORD",
                        password))) {
            String base = "http://localhost:" + app.port();
            assertThat(load("NotesLoad", "-Dparticipants=320", base, password, data.toString()))
                    .contains("seed: 320 participants", "setup done: 16 worker tokens, 20 people");
            assertThat(load("TodayLoad", null, base, password, data.toString()))
                    .contains("seed: 16 workers", "setup done: 16 sessions");
            assertThat(load(
                            "DirectoryLoad",
                            null,
                            base,
                            password,
                            data.resolve("package").toString(),
                            "16",
                            "3",
                            "15",
                            "40"))
                    .contains("setup done");
            assertThat(load("WriteLoad", null, base, password)).contains("setup done");
        }
    }

    /** Runs {@code bench/<program>.java} as the scripts do, setup only; answers what it printed. */
    private static String load(String program, String option, String base, String password, String... more)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String driver = new File(org.postgresql.Driver.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getPath();
        List<String> command = new ArrayList<>(List.of(java, "-cp", driver, "-Dsetup-only=true"));
        if (option != null) {
            command.add(option);
        }
        command.addAll(List.of("bench/" + program + ".java", base, "bench@bench.example", password));
        command.addAll(List.of(more));
        Path output = Files.createTempFile("bench-" + program, ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as(program + " ended; it printed:\n" + printed).isTrue();
        assertThat(process.exitValue())
                .as(program + " succeeded; it printed:\n" + printed)
                .isZero();
        return printed;
    }
}
