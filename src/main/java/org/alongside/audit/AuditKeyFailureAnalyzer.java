package org.alongside.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, in plain words, that this node holds the wrong audit key and what to set. */
class AuditKeyFailureAnalyzer extends AbstractFailureAnalyzer<AuditKeyMismatchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuditKeyMismatchException cause) {
        return new FailureAnalysis(
                "Alongside did not start: " + cause.getMessage()
                        + ". Starting would write audit records and seals that no other node can verify.",
                "Give this node the same audit key as the others: set ALONGSIDE_AUDIT_KEY (or ALONGSIDE_AUDIT_KEY_FILE"
                        + " to the file that holds it). Each node logs its key's fingerprint at start; they must match.",
                cause);
    }
}
