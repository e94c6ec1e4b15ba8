package org.alongside.consent;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;

/** What is done with a person's consents: read, given, changed (a new version) and revoked. */
public enum ConsentActions implements Action {
    VIEW(read("consent.view")),
    GIVE(change("consent.give")),
    REVISE(change("consent.revise")),
    REVOKE(change("consent.revoke"));

    private final Definition definition;

    ConsentActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
