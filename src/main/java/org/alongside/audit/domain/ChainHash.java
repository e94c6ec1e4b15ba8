package org.alongside.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/**
 * SHA-256 over the previous seal's hash and the record's content. Each field is length-prefixed,
 * so no two different records can produce the same input.
 */
public final class ChainHash {

    public static final byte[] GENESIS = new byte[32];

    private ChainHash() {}

    public static byte[] of(byte[] previous, SealableEvent event) {
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
        return digest.digest();
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

    /** The columns of an audit record that its seal covers. */
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
            String detail) {}
}
