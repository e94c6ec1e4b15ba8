package org.alongside.directory;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports run in the background, one at a time, so a page or an API call that starts one answers
 * at once: the upload is kept in a temporary file, the import reports its progress to a row of
 * {@code directory_import} as it goes (read by the page's progress bar and the API's progress
 * resource), and the finished report is kept with it.
 */
@Service
public class DirectoryImports {

    private final Clock clock;

    private static final Logger log = LoggerFactory.getLogger(DirectoryImports.class);

    /** Where an import is: stage (queued, reading, saving, indexing, done, failed), counts, and when done its report. */
    public record Status(
            UUID id,
            String fileName,
            String form,
            String stage,
            int done,
            int total,
            int percent,
            ImportReport report,
            Instant startedAt,
            Instant finishedAt) {

        public boolean finished() {
            return stage.equals("done") || stage.equals("failed");
        }
    }

    private final DirectoryTransfer transfer;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;
    /** Only the one import thread reads and writes these. */
    private String lastStage = "";

    private long lastWrite;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "directory-import");
        thread.setDaemon(true);
        return thread;
    });

    DirectoryImports(
            DirectoryTransfer transfer,
            JdbcClient jdbc,
            JsonMapper json,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clock = clock;
        this.transfer = transfer;
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Keeps the upload and starts importing it in the background; answers the import's id. A file
     * over the size limit, or one that is neither a zip (tabular) nor JSON, is refused at once.
     */
    public UUID start(StaffMember actor, String fileName, InputStream upload) {
        actor.requireAdmin();
        String name = fileName == null || fileName.isBlank()
                ? "upload"
                : Path.of(fileName).getFileName().toString();
        String form = name.toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "tabular";
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")
                && !name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new InvalidInputException("file", "Choose a .zip data package or a .json file of services");
        }
        Path kept = keep(upload);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into directory_import (id, actor_id, file_name, form, stage, started_at)"
                        + " values (:id, :actor, :name, :form, 'queued', :at)")
                .param("id", id)
                .param("actor", actor.id())
                .param("name", name)
                .param("form", form)
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        worker.submit(() -> run(actor, id, name, form, kept));
        return id;
    }

    /** Copies the upload to a temporary file, stopping as soon as it passes the size limit. */
    private Path keep(InputStream upload) {
        try {
            Path file = Files.createTempFile("alongside-import-", ".upload");
            try (InputStream in = upload;
                    OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long copied = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    copied += n;
                    if (copied > transfer.maxBytes()) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw tooLarge();
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal of a file over the configured size, in the words a page shows beside the field. */
    public TooLarge tooLarge() {
        return new TooLarge("This file is larger than the " + transfer.maxBytes() / 1_000_000 + " MB an import takes");
    }

    /** A file over the import's size limit, found while it was being copied (its length was not declared). */
    public static final class TooLarge extends InvalidInputException {
        TooLarge(String message) {
            super("file", message);
        }
    }

    private void run(StaffMember actor, UUID id, String name, String form, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            ImportReport report = form.equals("json")
                    ? transfer.importJson(actor, in, name, progress -> progress(id, progress))
                    : transfer.importTabular(actor, in, progress -> progress(id, progress));
            finish(id, "done", report);
        } catch (RuntimeException | IOException e) {
            log.warn("Directory import {} failed: {}", id, e.getClass().getSimpleName());
            finish(
                    id,
                    "failed",
                    ImportReport.invalid(
                            List.of(ImportProblem.wholeFile(
                                    name, "The import stopped with an error: nothing was saved")),
                            List.of()));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the upload of import {}", id);
            }
        }
    }

    /**
     * Writes where an import is, at most every quarter second and in a transaction of its own: the
     * import's own transaction is not visible until it ends, and the bar must move before then.
     */
    private void progress(UUID id, ImportProgress progress) {
        long now = System.nanoTime();
        if (progress.stage().equals(lastStage) && now - lastWrite < 250_000_000L) {
            return;
        }
        lastStage = progress.stage();
        lastWrite = now;
        ownTransaction.executeWithoutResult(status -> write(id, progress));
    }

    private void write(UUID id, ImportProgress progress) {
        jdbc.sql("update directory_import set stage = :stage, done = :done, total = :total where id = :id")
                .param("stage", progress.stage())
                .param("done", progress.done())
                .param("total", progress.total())
                .param("id", id)
                .update();
    }

    private void finish(UUID id, String stage, ImportReport report) {
        jdbc.sql("update directory_import set stage = :stage, done = total, report = cast(:report as jsonb),"
                        + " finished_at = :at where id = :id")
                .param("stage", stage)
                .param("report", json.writeValueAsString(report))
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .update();
    }

    public Status status(StaffMember actor, UUID id) {
        actor.requireAdmin();
        return find(id).orElseThrow(() -> new NotFoundException("This import"));
    }

    /** The latest imports, newest first. */
    public List<Status> recent(StaffMember actor, int limit) {
        actor.requireAdmin();
        return jdbc.sql("select * from directory_import order by started_at desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> status(rs))
                .list();
    }

    private Optional<Status> find(UUID id) {
        return jdbc.sql("select * from directory_import where id = :id")
                .param("id", id)
                .query((rs, n) -> status(rs))
                .optional();
    }

    private Status status(ResultSet rs) throws SQLException {
        String stage = rs.getString("stage");
        int done = rs.getInt("done");
        int total = rs.getInt("total");
        String report = rs.getString("report");
        int percent = switch (stage) {
            case "done", "failed" -> 100;
            case "indexing" -> 95;
            case "saving" -> total == 0 ? 50 : 50 + (int) (45L * done / total);
            case "reading" -> 25;
            default -> 0;
        };
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Status(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("form"),
                stage,
                done,
                total,
                percent,
                report == null ? null : json.readValue(report, ImportReport.class),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
