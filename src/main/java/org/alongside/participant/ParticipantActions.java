package org.alongside.participant;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.list;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;

/** What is done to a person's record itself: enrolment, the profile, the caseload and search, the accounting of disclosures. */
public enum ParticipantActions implements Action {
    CREATE(change("participant.create")),
    VIEW(read("participant.view")),
    UPDATE(change("participant.update")),
    TRANSFER(change("participant.transfer")),
    ENROLMENT_STATUS(change("participant.enrolment-status")),
    DEACTIVATE(change("participant.deactivate")),
    LIST(list("participant.list")),
    SEARCH(list("participant.search")),
    DISCLOSURES(read("disclosure.list"));

    private final Definition definition;

    ParticipantActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
