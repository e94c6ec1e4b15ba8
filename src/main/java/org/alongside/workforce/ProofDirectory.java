package org.alongside.workforce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Proofs kept as files in a configured directory instead of the database: each named by its
 * random id in its staff member's folder (no name or personal detail on disk), written whole (a
 * temporary file moved into place), removed again when the transaction that recorded it does not
 * commit, and served only when it still matches the SHA-256 the database keeps. A directory that
 * cannot be written stops the application at start, with the setting to mend.
 */
@Component
class ProofDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(ProofDirectory.class);

    private final Path root;

    ProofDirectory(@Value("${alongside.workforce.proof-dir:}") String directory) {
        this.root = directory == null || directory.isBlank()
                ? null
                : Path.of(directory.strip()).toAbsolutePath().normalize();
        if (root != null) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new IllegalStateException(
                        "alongside.workforce.proof-dir (ALONGSIDE_WORKFORCE_PROOF_DIR) cannot be created: " + root, e);
            }
            if (!Files.isWritable(root)) {
                throw new IllegalStateException(
                        "alongside.workforce.proof-dir (ALONGSIDE_WORKFORCE_PROOF_DIR) is not writable: " + root);
            }
        }
    }

    /** Whether proofs go to a directory (otherwise they stay in the database). */
    boolean configured() {
        return root != null;
    }

    /** Writes a proof's file; if the surrounding transaction then rolls back, the file goes with it. */
    void write(UUID staffId, UUID fileId, byte[] content) {
        Path target = pathOf(staffId, fileId);
        try {
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), fileId.toString(), ".part");
            Files.write(part, content);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("A proof could not be written to the proof directory", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        remove(target);
                    }
                }
            });
        }
    }

    /** The proof's bytes, or empty when its file is missing or no longer matches (logged by id only). */
    Optional<byte[]> read(UUID staffId, UUID fileId, byte[] sha256) {
        if (root == null) {
            LOG.warn("Proof {} is kept in a proof directory, and none is configured", fileId);
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(pathOf(staffId, fileId));
            if (!MessageDigest.isEqual(sha256, ProofFiles.sha256(content))) {
                LOG.warn("Proof {} does not match the checksum recorded when it was uploaded", fileId);
                return Optional.empty();
            }
            return Optional.of(content);
        } catch (NoSuchFileException e) {
            LOG.warn("Proof {} is missing from the proof directory", fileId);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("A proof could not be read from the proof directory", e);
        }
    }

    Path pathOf(UUID staffId, UUID fileId) {
        return root.resolve(staffId.toString()).resolve(fileId.toString());
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("A proof file left by a change that did not commit could not be removed", e);
        }
    }
}
