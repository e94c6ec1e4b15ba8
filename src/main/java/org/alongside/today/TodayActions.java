package org.alongside.today;

import static org.alongside.shared.Action.list;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with Today: reading the day's work across the caseload, and counting it for a reminder. */
public enum TodayActions implements Action {
    VIEW(list("today.view")),
    TALLY(list("today.tally").forPurpose(Purpose.OPERATIONS));

    private final Definition definition;

    TodayActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
