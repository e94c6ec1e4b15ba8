package org.alongside.audit;

import java.time.Instant;

/**
 * The result of walking the hash chain: {@code firstBrokenId} names the first audit record whose
 * content, order, proof or presence no longer matches its seal; {@code checkpointProblem} says
 * which checkpoint outside the database the chain no longer matches.
 */
public record AuditVerification(
        boolean valid, long checked, Long firstBrokenId, long awaitingSeal, CheckpointProblem checkpointProblem) {

    /** What is wrong between the chain and the signed checkpoint file. */
    public record CheckpointProblem(Kind kind, Integer line, Long checkpointSeq, Instant checkpointAt, long chainEnd) {

        public enum Kind {
            /** The checkpoint file is gone. */
            MISSING,
            /** A line of the file is not what the application signed. */
            ALTERED,
            /** The chain's record at the checkpoint's sequence number has another hash than the one recorded. */
            MISMATCH,
            /** The chain ends before the checkpoint's sequence number: its tail was removed. */
            TRUNCATED
        }
    }
}
