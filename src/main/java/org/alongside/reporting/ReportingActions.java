package org.alongside.reporting;

import static org.alongside.shared.Action.list;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with cross-module reports: a program outcome report counted, for evaluation. */
public enum ReportingActions implements Action {
    OUTCOMES(list("reporting.outcomes").forPurpose(Purpose.EVALUATION));

    private final Definition definition;

    ReportingActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
