package org.alongside.outcomes;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.list;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with outcome measures: packs added, responses recorded and read, a safety flag acknowledged. */
public enum OutcomeActions implements Action {
    PACK_ADD(change("outcomes.pack.add").forPurpose(Purpose.OPERATIONS)),
    RESPONSE_RECORD(change("outcomes.response")),
    MEASURES_VIEW(read("outcomes.measures")),
    LIFE_EVENT(change("outcomes.life-event")),
    SAFETY_TOLD(change("outcomes.safety-told")),
    SAFETY_SEEN(change("outcomes.safety-seen").forPurpose(Purpose.SUPERVISION)),
    SCHEDULE_SET(change("outcomes.schedule").forPurpose(Purpose.OPERATIONS)),
    DUE_LIST(list("outcomes.due"));

    private final Definition definition;

    OutcomeActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
