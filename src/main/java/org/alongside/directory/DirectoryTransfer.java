package org.alongside.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.directory.domain.DirectoryIndex;
import org.alongside.directory.domain.DirectoryStore;
import org.alongside.directory.domain.HsdsRows;
import org.alongside.directory.domain.HsdsRows.Source;
import org.alongside.directory.domain.HsdsSchema;
import org.alongside.directory.domain.HsdsTables;
import org.alongside.directory.domain.HsdsTables.Table;
import org.alongside.directory.domain.References;
import org.alongside.directory.domain.ServiceDocuments;
import org.alongside.directory.domain.TabularPackage;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings a directory in and sends it out in both HSDS forms, for administrators. An import is
 * checked whole before anything is saved: rows that break a rule are refused and reported one by
 * one, a file broken as a whole (unreadable, missing columns, references to nothing) saves
 * nothing, and the rest is saved in one transaction, updating rows that are already there by id.
 */
@Service
public class DirectoryTransfer {

    private static final int EXPORT_BATCH = 200;

    private final DirectoryStore store;
    private final DirectoryIndex index;
    private final Clock clocks;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final long maxBytes;

    DirectoryTransfer(
            DirectoryStore store,
            DirectoryIndex index,
            Clock clocks,
            AuditLog audit,
            TransactionTemplate transaction,
            JsonMapper json,
            @Value("${alongside.directory.import.max-bytes:100000000}") long maxBytes) {
        this.store = store;
        this.index = index;
        this.clocks = clocks;
        this.audit = audit;
        this.transaction = transaction;
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** The largest file an import takes, in bytes (uncompressed, for a data package). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Imports a zipped tabular data package; {@code progress} hears what is happening. */
    public ImportReport importTabular(StaffMember actor, InputStream zip, Consumer<ImportProgress> progress) {
        actor.requireAdmin();
        TabularPackage.Read read;
        try {
            read = TabularPackage.read(zip, maxBytes, n -> progress.accept(ImportProgress.reading(n)));
        } catch (TabularPackage.WholeFileProblem e) {
            return refused(actor, "tabular", ImportReport.invalid(e.problems(), List.of()));
        }
        return save(actor, "tabular", read.rows(), read.ignored(), progress);
    }

    /** Imports tables already in hand (a generated directory): CSV text by HSDS file name, as in a package. */
    public ImportReport importTables(StaffMember actor, Map<String, String> csvByFileName) {
        actor.requireAdmin();
        Map<String, byte[]> files = new LinkedHashMap<>();
        csvByFileName.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        TabularPackage.Read read;
        try {
            read = TabularPackage.read(files, n -> {});
        } catch (TabularPackage.WholeFileProblem e) {
            return refused(actor, "tabular", ImportReport.invalid(e.problems(), List.of()));
        }
        return save(actor, "tabular", read.rows(), read.ignored(), progress -> {});
    }

    /**
     * Imports HSDS JSON: an array of dereferenced services, one service, or an HSDS page (its
     * {@code contents}). Each service is checked against HSDS's JSON Schema first.
     */
    public ImportReport importJson(StaffMember actor, InputStream in, String file, Consumer<ImportProgress> progress) {
        actor.requireAdmin();
        JsonNode root;
        try {
            root = json.readTree(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
        } catch (JacksonException e) {
            return refused(
                    actor,
                    "json",
                    ImportReport.invalid(
                            List.of(ImportProblem.wholeFile(
                                    file, "Not JSON that can be read: " + e.getOriginalMessage())),
                            List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode services = root.isArray() ? root : root.has("contents") ? root.get("contents") : null;
        if (services == null && root.isObject()) {
            services = json.createArrayNode().add(root);
        }
        if (services == null || !services.isArray()) {
            return refused(
                    actor,
                    "json",
                    ImportReport.invalid(
                            List.of(ImportProblem.wholeFile(
                                    file, "Expected services: an array, one service, or a page with contents")),
                            List.of()));
        }
        HsdsRows rows = new HsdsRows();
        Set<String> ignored = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode service : services) {
            Source source = new Source(file, ++index);
            List<ImportProblem> invalid = HsdsSchema.service().problems(service, source);
            if (invalid.isEmpty()) {
                ServiceDocuments.read(service, source, rows, ignored);
            } else {
                invalid.forEach(rows::refuse);
            }
            if (index % 100 == 0) {
                progress.accept(ImportProgress.reading(index));
            }
        }
        return save(actor, "json", rows, new ArrayList<>(ignored), progress);
    }

    private ImportReport save(
            StaffMember actor, String form, HsdsRows rows, List<String> ignored, Consumer<ImportProgress> progress) {
        int total = rows.size();
        ImportReport report = transaction.execute(status -> {
            List<ImportProblem> broken = References.check(rows, store::existing);
            if (!broken.isEmpty()) {
                return ImportReport.invalid(broken, ignored);
            }
            store.save(rows, n -> progress.accept(ImportProgress.saving(n, total)));
            progress.accept(ImportProgress.indexing());
            index.refresh(index.servicesTouchedBy(rows), clocks.getZone(), clocks);
            ImportReport done = new ImportReport(true, rows.counts(), rows.problems(), ignored, List.of());
            audit.record(AuditEvent.of(actor.id(), DirectoryActions.IMPORT, "directory", null)
                    .withDetail(form + " rows=" + total + " refused="
                            + rows.problems().size()));
            return done;
        });
        return report.saved() ? report : refused(actor, form, report);
    }

    private ImportReport refused(StaffMember actor, String form, ImportReport report) {
        audit.record(AuditEvent.of(actor.id(), DirectoryActions.IMPORT, "directory", null)
                .withOutcome(AuditEvent.Outcome.FAILURE)
                .withDetail(form + " invalid as a whole"));
        return report;
    }

    /** Writes every HSDS table as a zipped tabular data package. */
    public void exportTabular(StaffMember actor, OutputStream out) {
        actor.requireAdmin();
        Map<Table, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        transaction.executeWithoutResult(status -> {
            for (Table table : HsdsTables.standard().all()) {
                tables.put(table, store.all(table));
            }
        });
        TabularPackage.write(tables, out);
        audit.record(AuditEvent.of(actor.id(), DirectoryActions.EXPORT, "directory", null)
                .withDetail("tabular"));
    }

    /** Writes every service, dereferenced, as a JSON array, a batch of services at a time. */
    public void exportJson(StaffMember actor, OutputStream out) {
        actor.requireAdmin();
        ServiceDocuments documents = new ServiceDocuments(store);
        List<Map<String, Object>> services = store.all(HsdsTables.standard().table("service"));
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            for (int from = 0; from < services.size(); from += EXPORT_BATCH) {
                for (JsonNode document :
                        documents.write(services.subList(from, Math.min(services.size(), from + EXPORT_BATCH)))) {
                    json.writeTree(generator, document);
                }
            }
            generator.writeEndArray();
        }
        audit.record(AuditEvent.of(actor.id(), DirectoryActions.EXPORT, "directory", null)
                .withDetail("json"));
    }
}
