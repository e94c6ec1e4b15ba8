package org.alongside.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.alongside.audit.domain.AuditKey.Fields;
import org.alongside.audit.domain.AuditKey.Purpose;

/**
 * The two MACs of the audit trail. The writer's proof is computed where a record is written and
 * covers its content; the seal chains each record to the one before it. Both are HMAC-SHA-256
 * under the audit key; seals made before the key existed were plain SHA-256 and are still verified
 * as such, but only as the chain's oldest part. Every field is length-prefixed, so no two
 * different records give the same input.
 */
public final class ChainHash {

    public static final byte[] GENESIS = new byte[32];
    private static final int NONCE = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChainHash() {}

    /** The seal of a record after {@code previous}, under the key. */
    public static byte[] keyed(AuditKey key, byte[] previous, SealableEvent event) {
        return fields(key.mac(Purpose.SEAL).bytes(previous), event)
                .bytes(event.writerProof())
                .finish();
    }

    /** The seal as it was computed before the audit trail had a key. */
    public static byte[] unkeyed(byte[] previous, SealableEvent event) {
        MessageDigest digest = sha256();
        digest.update(previous);
        field(digest, Long.toString(event.id()));
        field(digest, event.occurredAt().toString());
        field(digest, event.actorId());
        field(digest, event.action());
        field(digest, event.subjectType());
        field(digest, event.subjectId());
        field(digest, event.participantId());
        field(digest, event.clientAddress());
        field(digest, event.outcome());
        field(digest, event.detail());
        if (event.purpose() != null) {
            field(digest, event.purpose());
        }
        return digest.digest();
    }

    /**
     * The writer's proof for a record about to be inserted (its id is not known yet): a fresh random
     * nonce followed by the MAC of the nonce and the record's content.
     */
    public static byte[] writerProof(AuditKey key, SealableEvent event) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        return withNonce(key, nonce, event);
    }

    /** Whether a stored record carries a proof that the application's audit path wrote it as it is now. */
    public static boolean provenByWriter(AuditKey key, SealableEvent event) {
        byte[] proof = event.writerProof();
        if (proof == null || proof.length != NONCE + 32) {
            return false;
        }
        return MessageDigest.isEqual(proof, withNonce(key, Arrays.copyOf(proof, NONCE), event));
    }

    private static byte[] withNonce(AuditKey key, byte[] nonce, SealableEvent event) {
        byte[] mac = content(key.mac(Purpose.WRITER).bytes(nonce), event).finish();
        byte[] proof = Arrays.copyOf(nonce, NONCE + mac.length);
        System.arraycopy(mac, 0, proof, NONCE, mac.length);
        return proof;
    }

    private static Fields fields(Fields mac, SealableEvent event) {
        return content(mac.text(event.id()), event);
    }

    /**
     * The record's content. The purpose joined the trail later: a record without one is covered
     * exactly as before, so the records written before it still verify.
     */
    private static Fields content(Fields mac, SealableEvent event) {
        Fields fields = mac.text(event.occurredAt())
                .text(event.actorId())
                .text(event.action())
                .text(event.subjectType())
                .text(event.subjectId())
                .text(event.participantId())
                .text(event.clientAddress())
                .text(event.outcome())
                .text(event.detail());
        return event.purpose() == null ? fields : fields.text(event.purpose());
    }

    private static void field(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** The columns of an audit record that its seal covers; the id is 0 before the record is inserted. */
    public record SealableEvent(
            long id,
            Instant occurredAt,
            UUID actorId,
            String action,
            String subjectType,
            String subjectId,
            UUID participantId,
            String clientAddress,
            String outcome,
            String detail,
            String purpose,
            byte[] writerProof) {}
}
