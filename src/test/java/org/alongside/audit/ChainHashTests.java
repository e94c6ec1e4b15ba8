package org.alongside.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.alongside.audit.domain.ChainHash;
import org.alongside.audit.domain.ChainHash.SealableEvent;
import org.junit.jupiter.api.Test;

class ChainHashTests {

    private static final UUID ACTOR = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123456Z");

    private static SealableEvent event(String subjectType, String subjectId) {
        return new SealableEvent(
                7, AT, ACTOR, "participant.view", subjectType, subjectId, null, "127.0.0.1", "SUCCESS", null);
    }

    @Test
    void theSameRecordAfterTheSamePredecessorHashesTheSame() {
        assertThat(ChainHash.of(ChainHash.GENESIS, event("participant", "a")))
                .isEqualTo(ChainHash.of(ChainHash.GENESIS, event("participant", "a")))
                .hasSize(32);
    }

    @Test
    void anyChangedFieldOrPredecessorChangesTheHash() {
        byte[] original = ChainHash.of(ChainHash.GENESIS, event("participant", "a"));
        assertThat(ChainHash.of(ChainHash.GENESIS, event("participant", "b"))).isNotEqualTo(original);
        assertThat(ChainHash.of(original, event("participant", "a"))).isNotEqualTo(original);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        assertThat(ChainHash.of(ChainHash.GENESIS, event("ab", "c")))
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, event("a", "bc")));
        assertThat(ChainHash.of(ChainHash.GENESIS, event(null, "x")))
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, event("", "x")));
    }
}
