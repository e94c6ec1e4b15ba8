package org.alongside.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "data directory in use" into two plain sentences for the operator instead of a stack trace. */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ". Starting a second one on it could corrupt the database.",
                "Stop the other Alongside first, or set ALONGSIDE_DATA_DIR to another directory.",
                cause);
    }
}
