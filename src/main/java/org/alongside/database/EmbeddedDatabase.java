package org.alongside.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL in {@code <data-dir>/pg}: durable (fsync and synchronous commit on),
 * password-protected (generated at first start, kept owner-readable in the data directory), and
 * able to start again after the application was killed and left its postmaster running. The
 * superuser owns the schema and runs migrations; the application connects as {@link #APP_ROLE},
 * which has no superuser, DDL or trigger rights.
 */
class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String APP_ROLE = "alongside_app";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Path pgDir;
    private final Path passwordFile;
    private final Path appPasswordFile;
    private final String sharedBuffers;

    EmbeddedDatabase(Path dataDir, String sharedBuffers) {
        this.sharedBuffers = sharedBuffers;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.pgDir = this.dataDir.resolve("pg");
        this.passwordFile = this.dataDir.resolve("postgres.password");
        this.appPasswordFile = this.dataDir.resolve("app.password");
    }

    EmbeddedPostgres start() throws IOException {
        Files.createDirectories(pgDir);
        String password = password();
        refuseIfInUse();
        stopOrphanedPostmaster();
        log.info("Starting embedded PostgreSQL in {}", pgDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "50")
                // PostgreSQL's own cache; pages are taken only as they are used, so an idle
                // database stays small. The default 128MB leaves years of notes to the OS cache.
                .setServerConfig("shared_buffers", sharedBuffers)
                .setLocaleConfig("auth-host", "scram-sha-256")
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password)
                .start();
        try {
            ensureAppRole(postgres);
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("Could not prepare the application's database role", e);
        }
        return postgres;
    }

    /** Creates the application's login role, or resets its password to the one in the data directory. */
    private void ensureAppRole(EmbeddedPostgres postgres) throws SQLException, IOException {
        String appPassword = appPassword();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                exists = rs.next();
            }
            String verb = exists ? "alter" : "create";
            statement.execute(verb + " role " + APP_ROLE
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                    + appPassword + "'");
        }
    }

    /** The superuser password, generated once and readable only by the owner of the data directory. */
    String password() throws IOException {
        return secret(passwordFile, "postgres");
    }

    /** The application role's password, generated once like the superuser's. */
    String appPassword() throws IOException {
        return secret(appPasswordFile, "app");
    }

    private String secret(Path file, String prefix) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Files.createDirectories(dataDir);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Path temp = Files.createTempFile(
                dataDir,
                prefix,
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, password, StandardCharsets.UTF_8);
        Files.move(temp, file);
        return password;
    }

    /** Another running Alongside holds zonky's lock on this directory: starting would corrupt it. */
    private void refuseIfInUse() throws IOException {
        Path lockFile = pgDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true)) {
            FileLock lock = stream.getChannel().tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDir);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new DataDirectoryInUseException(dataDir);
        }
    }

    /**
     * After a SIGKILL the postmaster outlives the JVM. Stop it (fast shutdown) so crash-safe
     * shutdown completes, or delete a stale pid file left by a dead one.
     */
    private void stopOrphanedPostmaster() throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = postmasterOf(pidFile);
        if (orphan.isEmpty()) {
            log.info("Removing stale postmaster.pid");
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping orphaned PostgreSQL (pid {}) left by an earlier run", process.pid());
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the orphaned PostgreSQL (pid " + process.pid() + ")", e);
        }
        Files.deleteIfExists(pidFile);
    }

    private Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isPostgresForThisDirectory);
    }

    private boolean isPostgresForThisDirectory(ProcessHandle process) {
        try {
            String cmdline = Files.readString(
                            Path.of("/proc", Long.toString(process.pid()), "cmdline"), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            return cmdline.contains("postgres") && cmdline.contains(pgDir.toString());
        } catch (IOException e) {
            return process.info().command().map(c -> c.contains("postgres")).orElse(false);
        }
    }
}
