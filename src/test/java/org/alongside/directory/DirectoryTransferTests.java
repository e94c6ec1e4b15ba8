package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.directory.domain.DirectoryStore;
import org.alongside.directory.domain.HsdsRows.Source;
import org.alongside.directory.domain.HsdsSchema;
import org.alongside.directory.domain.HsdsTables;
import org.alongside.directory.domain.HsdsTables.Table;
import org.alongside.shared.Role;
import org.alongside.shared.Viewer.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory goes out and comes back unchanged in both HSDS forms: a directory holding only
 * the fixture is exported, emptied, imported again, and every row of every table compared field
 * by field. (The JSON form carries what services reach, so its comparison leaves out the table
 * descriptions, which no service reaches.) Each round trip
 * runs in a transaction that is rolled back, so other tests see the directory as it was.
 */
@AlongsideTest
class DirectoryTransferTests {

    @Autowired
    DirectoryTransfer transfer;

    @Autowired
    DirectoryStore store;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    StaffMember admin;

    @BeforeEach
    void setUp() {
        admin = new Fixtures(context)
                .account("dir-" + System.nanoTime(), "Directory Admin", Role.ADMIN)
                .viewer();
    }

    @Test
    void theTabularPackageComesBackFieldForFieldIntoAnEmptyDirectory() {
        inRolledBackTransaction(() -> {
            empty();
            store.save(HsdsFixture.everyFieldFilled(), n -> {});
            Map<String, List<Map<String, Object>>> before = everything();
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            transfer.exportTabular(admin, zip);
            empty();
            ImportReport report = transfer.importTabular(admin, new ByteArrayInputStream(zip.toByteArray()), p -> {});
            assertThat(report.wholeFile()).isEmpty();
            assertThat(report.refused()).isEmpty();
            assertThat(report.saved()).isTrue();
            assertSameRows(everything(), before);
        });
    }

    @Test
    void theJsonFormComesBackFieldForFieldAndEachServiceKeepsTheOfficialSchema() {
        inRolledBackTransaction(() -> {
            empty();
            store.save(HsdsFixture.everyFieldFilled(), n -> {});
            Map<String, List<Map<String, Object>>> before = everything();
            before.remove("meta_table_description");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transfer.exportJson(admin, out);
            JsonNode services = json.readTree(out.toByteArray());
            assertThat(services).hasSize(before.get("service").size());
            for (JsonNode service : services) {
                assertThat(HsdsSchema.service().problems(service, new Source("export", 1)))
                        .as("the official HSDS 3.0 service schema")
                        .isEmpty();
            }
            empty();
            ImportReport report =
                    transfer.importJson(admin, new ByteArrayInputStream(out.toByteArray()), "services.json", p -> {});
            assertThat(report.wholeFile()).isEmpty();
            assertThat(report.refused()).isEmpty();
            Map<String, List<Map<String, Object>>> after = everything();
            after.remove("meta_table_description");
            assertSameRows(after, before);
        });
    }

    private static void assertSameRows(
            Map<String, List<Map<String, Object>>> after, Map<String, List<Map<String, Object>>> before) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
    }

    private Map<String, List<Map<String, Object>>> everything() {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        for (Table table : HsdsTables.standard().all()) {
            all.put(table.name(), store.all(table));
        }
        return all;
    }

    private void empty() {
        // Referrals point at services, which therefore cannot be deleted while they do: these go first.
        jdbc.sql("delete from referral_status_change").update();
        jdbc.sql("delete from referral").update();
        jdbc.sql("delete from directory_opening").update();
        jdbc.sql("delete from directory_service_place").update();
        jdbc.sql("delete from directory_service_index").update();
        List<Table> tables = HsdsTables.standard().all();
        for (int i = tables.size() - 1; i >= 0; i--) {
            jdbc.sql("delete from " + tables.get(i).sqlName()).update();
        }
    }

    private void inRolledBackTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> {
            try {
                work.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
