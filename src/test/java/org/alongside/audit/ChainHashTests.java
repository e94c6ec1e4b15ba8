package org.alongside.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.alongside.audit.domain.AuditKey;
import org.alongside.audit.domain.ChainHash;
import org.alongside.audit.domain.ChainHash.SealableEvent;
import org.junit.jupiter.api.Test;

class ChainHashTests {

    private static final UUID ACTOR = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123456Z");
    private static final AuditKey KEY = key(1);

    private static AuditKey key(int fill) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) fill);
        return new AuditKey(secret);
    }

    private static SealableEvent event(String subjectType, String subjectId) {
        return new SealableEvent(
                7,
                AT,
                ACTOR,
                "participant.view",
                subjectType,
                subjectId,
                null,
                "127.0.0.1",
                "SUCCESS",
                null,
                null,
                null);
    }

    private static SealableEvent proven(SealableEvent event) {
        return with(event, event.purpose(), ChainHash.writerProof(KEY, event));
    }

    /** The same record with another purpose and proof. */
    private static SealableEvent with(SealableEvent event, String purpose, byte[] proof) {
        return new SealableEvent(
                event.id(),
                event.occurredAt(),
                event.actorId(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                event.participantId(),
                event.clientAddress(),
                event.outcome(),
                event.detail(),
                purpose,
                proof);
    }

    @Test
    void theSameRecordAfterTheSamePredecessorSealsTheSameUnderTheSameKey() {
        assertThat(ChainHash.keyed(KEY, ChainHash.GENESIS, event("participant", "a")))
                .isEqualTo(ChainHash.keyed(KEY, ChainHash.GENESIS, event("participant", "a")))
                .hasSize(32);
    }

    @Test
    void anyChangedFieldPredecessorOrKeyChangesTheSeal() {
        byte[] original = ChainHash.keyed(KEY, ChainHash.GENESIS, event("participant", "a"));
        assertThat(ChainHash.keyed(KEY, ChainHash.GENESIS, event("participant", "b")))
                .isNotEqualTo(original);
        assertThat(ChainHash.keyed(KEY, original, event("participant", "a"))).isNotEqualTo(original);
        assertThat(ChainHash.keyed(key(2), ChainHash.GENESIS, event("participant", "a")))
                .isNotEqualTo(original);
        assertThat(ChainHash.unkeyed(ChainHash.GENESIS, event("participant", "a")))
                .isNotEqualTo(original);
    }

    @Test
    void movingTextBetweenFieldsChangesTheSeal() {
        assertThat(ChainHash.keyed(KEY, ChainHash.GENESIS, event("ab", "c")))
                .isNotEqualTo(ChainHash.keyed(KEY, ChainHash.GENESIS, event("a", "bc")));
        assertThat(ChainHash.keyed(KEY, ChainHash.GENESIS, event(null, "x")))
                .isNotEqualTo(ChainHash.keyed(KEY, ChainHash.GENESIS, event("", "x")));
        assertThat(ChainHash.unkeyed(ChainHash.GENESIS, event("ab", "c")))
                .isNotEqualTo(ChainHash.unkeyed(ChainHash.GENESIS, event("a", "bc")));
    }

    @Test
    void aWritersProofHoldsOnlyForTheSameContentUnderTheSameKey() {
        SealableEvent written = proven(event("participant", "a"));
        assertThat(ChainHash.provenByWriter(KEY, written)).isTrue();
        assertThat(ChainHash.provenByWriter(key(2), written)).isFalse();
        SealableEvent altered = new SealableEvent(
                written.id(),
                written.occurredAt(),
                written.actorId(),
                written.action(),
                written.subjectType(),
                "b",
                written.participantId(),
                written.clientAddress(),
                written.outcome(),
                written.detail(),
                written.purpose(),
                written.writerProof());
        assertThat(ChainHash.provenByWriter(KEY, altered)).isFalse();
        assertThat(ChainHash.provenByWriter(KEY, event("participant", "a"))).isFalse();
    }

    @Test
    void twoProofsOfTheSameContentDifferByTheirNonce() {
        assertThat(ChainHash.writerProof(KEY, event("participant", "a")))
                .hasSize(48)
                .isNotEqualTo(ChainHash.writerProof(KEY, event("participant", "a")));
    }

    /**
     * The two seals below were computed by the code before the purpose column existed (commit
     * 6de2d7b): a record without a purpose must seal to exactly the same bytes, or every row written
     * before the migration would stop verifying.
     */
    @Test
    void aRecordWithoutAPurposeSealsExactlyAsBeforePurposesExisted() {
        byte[] proof = new byte[48];
        Arrays.fill(proof, (byte) 7);
        SealableEvent old = new SealableEvent(
                7,
                Instant.parse("2026-01-02T03:04:05.123456Z"),
                ACTOR,
                "participant.view",
                "participant",
                "a",
                null,
                "127.0.0.1",
                "SUCCESS",
                "detail",
                null,
                proof);
        assertThat(HexFormat.of().formatHex(ChainHash.keyed(KEY, ChainHash.GENESIS, old)))
                .isEqualTo("ffae5e07352c9ef62f796aaa4c9005cbb863cc5253f2dd77ca19c70c9b0dafc0");
        assertThat(HexFormat.of().formatHex(ChainHash.unkeyed(ChainHash.GENESIS, old)))
                .isEqualTo("45136ce82eb945851d221757e1ac2a3d751683e20e488af1c34de12463b35780");
    }

    @Test
    void thePurposeIsCoveredWhenARecordHasOne() {
        SealableEvent plain = event("participant", "a");
        SealableEvent care = proven(with(plain, "care", null));
        assertThat(ChainHash.provenByWriter(KEY, care)).isTrue();
        SealableEvent relabelled = with(care, "payment", care.writerProof());
        assertThat(ChainHash.provenByWriter(KEY, relabelled)).isFalse();
        assertThat(ChainHash.keyed(KEY, ChainHash.GENESIS, care))
                .isNotEqualTo(ChainHash.keyed(KEY, ChainHash.GENESIS, relabelled));
    }
}
