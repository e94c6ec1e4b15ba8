package org.alongside.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that makes the audit trail tamper-evident to someone who can write to the database:
 * the writer's proof, each seal and each checkpoint are HMAC-SHA-256 under keys derived from it.
 * It lives outside the database (a key file or an environment variable) and never in a log.
 */
public final class AuditKey {

    /** What a MAC is for; each purpose has its own derived key, so one can never stand for another. */
    public enum Purpose {
        WRITER,
        SEAL,
        CHECKPOINT
    }

    private final SecretKeySpec writer;
    private final SecretKeySpec seal;
    private final SecretKeySpec checkpoint;
    private final String fingerprint;

    public AuditKey(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the audit key must be at least 32 bytes");
        }
        SecretKeySpec master = new SecretKeySpec(secret, "HmacSHA256");
        this.writer = derive(master, "alongside audit writer proof");
        this.seal = derive(master, "alongside audit seal");
        this.checkpoint = derive(master, "alongside audit checkpoint");
        this.fingerprint = HexFormat.of()
                .formatHex(derive(master, "alongside audit key fingerprint").getEncoded(), 0, 6);
    }

    /** A short, non-secret name for the key, so operators can tell whether two nodes share one. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A MAC for one purpose over length-prefixed fields: no two different field lists collide. */
    public Fields mac(Purpose purpose) {
        return new Fields(newMac(
                switch (purpose) {
                    case WRITER -> writer;
                    case SEAL -> seal;
                    case CHECKPOINT -> checkpoint;
                }));
    }

    /** Collects the fields a MAC covers. */
    public static final class Fields {
        private final Mac mac;

        private Fields(Mac mac) {
            this.mac = mac;
        }

        public Fields bytes(byte[] value) {
            if (value == null) {
                mac.update((byte) 0);
                return this;
            }
            mac.update((byte) 1);
            mac.update(ByteBuffer.allocate(4).putInt(value.length).array());
            mac.update(value);
            return this;
        }

        public Fields text(Object value) {
            return bytes(value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8));
        }

        public byte[] finish() {
            return mac.doFinal();
        }
    }

    private static SecretKeySpec derive(SecretKeySpec master, String label) {
        Mac mac = newMac(master);
        return new SecretKeySpec(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is required by the Java platform", e);
        }
    }
}
