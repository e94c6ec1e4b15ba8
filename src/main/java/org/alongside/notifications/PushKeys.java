package org.alongside.notifications;

import com.interaso.webpush.VapidKeys;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The VAPID key pair that signs every push, kept like the audit key: from
 * {@code ALONGSIDE_PUSH_PUBLIC_KEY} and {@code ALONGSIDE_PUSH_PRIVATE_KEY} (X.509 and PKCS#8,
 * base64), or from the key file beside the data directory, generated at first start with the
 * embedded database (owner-readable only). With an external database and no keys given, push is
 * off (each node would sign with its own key): the log says so once.
 */
@Component
class PushKeys {

    private static final Logger log = LoggerFactory.getLogger(PushKeys.class);

    private final VapidKeys keys;

    PushKeys(
            @Value("${alongside.push.public-key:}") String publicKey,
            @Value("${alongside.push.private-key:}") String privateKey,
            @Value("${alongside.push.key-file}") Path keyFile,
            @Value("${spring.datasource.url:}") String externalDatabase)
            throws IOException {
        if (StringUtils.hasText(publicKey) && StringUtils.hasText(privateKey)) {
            keys = VapidKeys.create(publicKey.trim(), privateKey.trim());
        } else if (Files.exists(keyFile)) {
            keys = read(keyFile);
        } else if (StringUtils.hasText(externalDatabase)) {
            keys = null;
            log.warn("Push reminders are off: with an external database set ALONGSIDE_PUSH_PUBLIC_KEY and"
                    + " ALONGSIDE_PUSH_PRIVATE_KEY (or ALONGSIDE_PUSH_KEY_FILE), the same on every node");
        } else {
            keys = generate(keyFile);
            log.info("Generated the push (VAPID) keys in {}", keyFile);
        }
    }

    /** The key pair, when push is on. */
    Optional<VapidKeys> keys() {
        return Optional.ofNullable(keys);
    }

    /** The public key as the browser's {@code applicationServerKey} wants it (base64url), when push is on. */
    Optional<String> applicationServerKey() {
        return keys().map(k ->
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(k.getApplicationServerKey()));
    }

    private static VapidKeys read(Path file) throws IOException {
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            stored.load(in);
        }
        return VapidKeys.create(stored.getProperty("public"), stored.getProperty("private"));
    }

    private static VapidKeys generate(Path file) throws IOException {
        VapidKeys made = VapidKeys.generate();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path written = Files.createFile(file);
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to restrict
        }
        Properties stored = new Properties();
        stored.setProperty("public", made.getX509PublicKey());
        stored.setProperty("private", made.getPkcs8PrivateKey());
        try (Writer out = Files.newBufferedWriter(written, StandardCharsets.US_ASCII)) {
            stored.store(out, "Alongside push (VAPID) keys: keep them; a new pair unsubscribes every device");
        }
        return made;
    }
}
