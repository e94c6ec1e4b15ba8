package org.alongside.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.audit.AuditLog;
import org.alongside.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proofs kept in a configured directory: the file holds the bytes under a random id, the database
 * only their checksum; a change that does not commit leaves no file behind; a file that was altered
 * or removed is not served (it answers as a missing proof); a directory that cannot be made stops
 * the application at start.
 */
@AlongsideTest
class ProofDirectoryTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @TempDir
    Path folder;

    private ProofFiles filesIn(ProofDirectory directory) {
        return new ProofFiles(
                jdbc,
                directory,
                context.getBean(WorkforceAccess.class),
                context.getBean(AuditLog.class),
                context.getBean(Clock.class),
                5_000_000);
    }

    @Test
    void aProofInADirectoryIsServedWhileItMatchesItsChecksumAndLeavesNoFileWhenItsChangeRollsBack() throws Exception {
        Org org = new Fixtures(context).org();
        ProofDirectory directory = new ProofDirectory(folder.toString());
        ProofFiles files = filesIn(directory);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        UUID worker = org.workerA().id();
        byte[] pdf = WorkforceTests.PDF;

        UUID kept = transactions.execute(
                status -> files.store(org.workerA().viewer(), worker, new ProofFiles.Upload("cert.pdf", pdf)));
        Path file = directory.pathOf(worker, kept);
        assertThat(file).hasBinaryContent(pdf);
        assertThat(jdbc.sql("select content is null from workforce_file where id = :id")
                        .param("id", kept)
                        .query(Boolean.class)
                        .single())
                .as("the bytes are in the directory only")
                .isTrue();
        byte[] served = transactions.execute(
                status -> files.read(org.supervisorA().viewer(), worker, kept).content());
        assertThat(served).isEqualTo(pdf);

        UUID[] rolledBack = new UUID[1];
        transactions.executeWithoutResult(status -> {
            rolledBack[0] = files.store(org.workerA().viewer(), worker, new ProofFiles.Upload("again.pdf", pdf));
            assertThat(directory.pathOf(worker, rolledBack[0])).exists();
            status.setRollbackOnly();
        });
        assertThat(directory.pathOf(worker, rolledBack[0])).doesNotExist();
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }

        Files.write(file, "%PDF-1.4 another certificate".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() ->
                        transactions.execute(status -> files.read(org.workerA().viewer(), worker, kept)))
                .as("altered on disk")
                .isInstanceOf(NotFoundException.class);
        Files.delete(file);
        assertThatThrownBy(() ->
                        transactions.execute(status -> files.read(org.workerA().viewer(), worker, kept)))
                .as("removed from disk")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProofDirectoryThatCannotBeMadeStopsTheApplicationWithTheSettingToMend() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "in the way");
        assertThatThrownBy(() -> new ProofDirectory(notAFolder.resolve("proofs").toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ALONGSIDE_WORKFORCE_PROOF_DIR");
        assertThat(new ProofDirectory(" ").configured()).isFalse();
    }
}
