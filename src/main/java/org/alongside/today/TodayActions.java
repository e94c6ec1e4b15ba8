package org.alongside.today;

import static org.alongside.shared.Action.list;

import org.alongside.shared.Action;

/** What is done with Today: reading the day's work across the caseload. */
public enum TodayActions implements Action {
    VIEW(list("today.view"));

    private final Definition definition;

    TodayActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
