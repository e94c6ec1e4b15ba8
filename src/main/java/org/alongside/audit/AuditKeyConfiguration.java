package org.alongside.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.alongside.audit.domain.AuditCheckpoints;
import org.alongside.audit.domain.AuditKey;
import org.alongside.audit.domain.AuditKeyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * Where the audit key and the checkpoint file come from. The key is taken from
 * {@code ALONGSIDE_AUDIT_KEY} (base64, at least 32 bytes) or from the key file (by default beside
 * the data directory, never inside the database); with the embedded database a missing key file is
 * generated, owner-readable only. With an external database every node must be given the same
 * key, so none is generated. A key that does not reproduce the newest seal, or the signed
 * checkpoints, stops the node before it writes anything.
 */
@Configuration(proxyBeanMethods = false)
class AuditKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditKeyConfiguration.class);
    private static final Set<PosixFilePermission> SHARED = Set.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE);

    @Bean
    AuditKey auditKey(
            @Value("${alongside.audit.key:}") String configured,
            @Value("${alongside.audit.key-file}") Path keyFile,
            @Value("${spring.datasource.url:}") String externalDatabase,
            @Value("${alongside.audit.checkpoint-file}") Path checkpointFile,
            JdbcClient jdbc)
            throws IOException {
        AuditKey key;
        if (StringUtils.hasText(configured)) {
            key = new AuditKey(decode(configured.trim(), "ALONGSIDE_AUDIT_KEY"));
        } else if (Files.exists(keyFile)) {
            key = new AuditKey(read(keyFile));
        } else if (StringUtils.hasText(externalDatabase)) {
            throw new IllegalStateException("With an external database every application node needs the same audit key:"
                    + " set ALONGSIDE_AUDIT_KEY (base64 of at least 32 random bytes, e.g. `head -c 32 /dev/urandom | base64`)"
                    + " or ALONGSIDE_AUDIT_KEY_FILE to a file that holds it. " + keyFile + " does not exist.");
        } else {
            key = new AuditKey(generate(keyFile));
            log.info("Generated a new audit key in {}: keep it, and keep it out of database backups", keyFile);
        }
        log.info("Audit key fingerprint {}", key.fingerprint());
        Optional<String> wrong = AuditKeyCheck.problem(key, jdbc, new AuditCheckpoints(checkpointFile, key));
        if (wrong.isPresent()) {
            throw new AuditKeyMismatchException(wrong.get());
        }
        return key;
    }

    @Bean
    AuditCheckpoints auditCheckpoints(@Value("${alongside.audit.checkpoint-file}") Path checkpointFile, AuditKey key) {
        return new AuditCheckpoints(checkpointFile, key);
    }

    private static byte[] read(Path keyFile) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            if (permissions.stream().anyMatch(SHARED::contains)) {
                throw new IllegalStateException("The audit key file " + keyFile
                        + " can be read by others than its owner: run `chmod 600 " + keyFile + "`.");
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
        return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim(), keyFile.toString());
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + source + " is not base64.");
        }
        if (key.length < 32) {
            throw new IllegalStateException("The audit key in " + source + " is shorter than 32 bytes.");
        }
        return key;
    }

    private static byte[] generate(Path keyFile) throws IOException {
        Path directory = keyFile.toAbsolutePath().getParent();
        if (!Files.exists(directory)) {
            Files.createDirectories(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(
                directory,
                "audit",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(temp, keyFile);
        } catch (FileAlreadyExistsException e) {
            Files.delete(temp);
            return read(keyFile);
        }
        return key;
    }
}
