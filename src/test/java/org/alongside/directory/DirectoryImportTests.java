package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.shared.Role;
import org.alongside.shared.Viewer.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Imports of HSDS data packages with something wrong in them: what is refused, what is reported, what is kept. */
@AlongsideTest
public class DirectoryImportTests {

    @Autowired
    DirectoryTransfer transfer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    StaffMember admin;
    String org;

    @BeforeEach
    void setUp() {
        admin = new Fixtures(context)
                .account("imp-" + System.nanoTime(), "Import Admin", Role.ADMIN)
                .viewer();
        org = UUID.randomUUID().toString();
    }

    private String organizations() {
        return "id,name,description\n" + org + ",Eastside Community Pantry,Food and friendship\n";
    }

    @Test
    void eachBadRowIsRefusedWithItsFileRowFieldAndReasonAndTheRestIsSaved() {
        String good = UUID.randomUUID().toString();
        String textAge = UUID.randomUUID().toString();
        String formula = UUID.randomUUID().toString();
        String badStatus = UUID.randomUUID().toString();
        String schedule = UUID.randomUUID().toString();
        ImportReport report = importing(Map.of(
                "organizations.csv",
                organizations(),
                "services.csv",
                "id,organization_id,name,status,minimum_age\n"
                        + good + "," + org + ",Tuesday pantry,active,\n"
                        + textAge + "," + org + ",Youth club,active,twelve\n"
                        + formula + "," + org + ",\"=HYPERLINK(\"\"http://x\"\")\",active,\n"
                        + badStatus + "," + org + ",Closed shop,closed,\n"
                        + good + "," + org + ",Tuesday pantry again,active,\n",
                "schedules.csv",
                "id,service_id,freq,byday,opens_at,closes_at\n"
                        + schedule + "," + good + ",WEEKLY,TU,17:00,09:00\n"
                        + UUID.randomUUID() + "," + textAge + ",WEEKLY,WE,10:00,12:00\n"
                        + UUID.randomUUID() + "," + good + ",MONTHLY,2XX,10:00,12:00\n"));
        assertThat(report.saved()).isTrue();
        assertThat(report.refused())
                .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::field)
                .containsExactlyInAnyOrder(
                        tuple("services.csv", 3, "minimum_age"),
                        tuple("services.csv", 4, "name"),
                        tuple("services.csv", 5, "status"),
                        tuple("services.csv", 6, "id"),
                        tuple("schedules.csv", 2, "closes_at"),
                        tuple("schedules.csv", 3, "service_id"),
                        tuple("schedules.csv", 4, "byday"));
        assertThat(report.refused())
                .filteredOn(p -> p.row() == 3 && p.file().equals("schedules.csv"))
                .extracting(ImportProblem::reason)
                .containsExactly("Refers to services.csv row 3, which was refused");
        assertThat(report.counts()).containsEntry("service", 1).containsEntry("organization", 1);
        assertThat(names()).containsExactly("Tuesday pantry");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreReadAndUnknownFilesAndColumnsAreReportedAsIgnored() {
        String service = UUID.randomUUID().toString();
        ImportReport report = importing(Map.of(
                "organizations.csv",
                "\uFEFF" + organizations().replace("\n", "\r\n"),
                "services.csv",
                "id,organization_id,name,status,service_capacity\r\n" + service + "," + org
                        + ",Walking group,active,20\r\n",
                "notes.txt",
                "not HSDS"));
        assertThat(report.saved()).isTrue();
        assertThat(report.refused()).isEmpty();
        assertThat(report.ignored())
                .containsExactlyInAnyOrder(
                        "services.csv: column service_capacity is not in HSDS 3.0", "notes.txt: not an HSDS 3.0 file");
        assertThat(names()).containsExactly("Walking group");
    }

    @Test
    void importingTheSameRowsAgainUpdatesThemByIdInsteadOfAddingMore() {
        String service = UUID.randomUUID().toString();
        importing(Map.of(
                "organizations.csv",
                organizations(),
                "services.csv",
                "id,organization_id,name,status\n" + service + "," + org + ",Art class,active\n"));
        ImportReport again = importing(Map.of(
                "organizations.csv",
                organizations(),
                "services.csv",
                "id,organization_id,name,status\n" + service + "," + org + ",Art class,inactive\n"));
        assertThat(again.saved()).isTrue();
        assertThat(jdbc.sql("select status from hsds_service where organization_id = cast(:o as uuid)")
                        .param("o", org)
                        .query(String.class)
                        .list())
                .containsExactly("inactive");
    }

    @Test
    void aReferenceToNothingAnywhereLeavesTheDirectoryUnchanged() {
        String missing = UUID.randomUUID().toString();
        ImportReport report = importing(Map.of(
                "organizations.csv",
                organizations(),
                "services.csv",
                "id,organization_id,name,status\n" + UUID.randomUUID() + "," + missing + ",Lost service,active\n"));
        assertThat(report.saved()).isFalse();
        assertThat(report.wholeFile())
                .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::field, ImportProblem::reason)
                .containsExactly(tuple(
                        "services.csv",
                        2,
                        "organization_id",
                        "Refers to " + missing + ", which is not a organization in this file or in the directory"));
        assertThat(organizationCount()).isZero();
    }

    @Test
    void aMissingRequiredColumnOrAFileThatIsNotAZipSavesNothingAndSaysWhy() {
        ImportReport missingColumn = importing(Map.of(
                "organizations.csv",
                organizations(),
                "services.csv",
                "id,organization_id,status\n" + UUID.randomUUID() + "," + org + ",active\n"));
        assertThat(missingColumn.saved()).isFalse();
        assertThat(missingColumn.wholeFile())
                .extracting(ImportProblem::file, ImportProblem::reason)
                .containsExactly(tuple("services.csv", "Missing the column name"));
        assertThat(organizationCount()).isZero();

        ImportReport notZip = transfer.importTabular(
                admin, new ByteArrayInputStream("id,name\n1,2\n".getBytes(StandardCharsets.UTF_8)), p -> {});
        assertThat(notZip.saved()).isFalse();
        assertThat(notZip.wholeFile()).extracting(ImportProblem::reason).isNotEmpty();
    }

    @Test
    void brokenJsonSavesNothingAndNamesTheProblem() {
        ImportReport report = transfer.importJson(
                admin,
                new ByteArrayInputStream("[{\"id\": ".getBytes(StandardCharsets.UTF_8)),
                "services.json",
                p -> {});
        assertThat(report.saved()).isFalse();
        assertThat(report.wholeFile())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("Not JSON that can be read"));
    }

    @Test
    void onlyAnAdministratorMayImport() {
        StaffMember worker = new Fixtures(context)
                .account("imp-w-" + System.nanoTime(), "Worker", Role.PEER_WORKER)
                .viewer();
        assertThatThrownBy(() -> transfer.importTabular(
                        worker, new ByteArrayInputStream(zip(Map.of("organizations.csv", organizations()))), p -> {}))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organizationCount()).isZero();
    }

    private ImportReport importing(Map<String, String> files) {
        return transfer.importTabular(admin, new ByteArrayInputStream(zip(files)), p -> {});
    }

    private List<String> names() {
        return jdbc.sql("select name from hsds_service where organization_id = cast(:o as uuid) order by name")
                .param("o", org)
                .query(String.class)
                .list();
    }

    private long organizationCount() {
        return jdbc.sql("select count(*) from hsds_organization where id = cast(:o as uuid)")
                .param("o", org)
                .query(Long.class)
                .single();
    }

    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : new LinkedHashMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
