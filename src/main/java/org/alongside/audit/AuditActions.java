package org.alongside.audit;

import static org.alongside.shared.Action.list;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with the audit trail itself: browsing it and verifying its chain, both for the program's operations. */
public enum AuditActions implements Action {
    BROWSE(list("audit.browse").forPurpose(Purpose.OPERATIONS)),
    VERIFY(read("audit.verify").forPurpose(Purpose.OPERATIONS));

    private final Definition definition;

    AuditActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
