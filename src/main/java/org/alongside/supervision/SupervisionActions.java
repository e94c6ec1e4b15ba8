package org.alongside.supervision;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.list;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with supervision records: all of it for the purpose supervision. */
public enum SupervisionActions implements Action {
    SESSION_RECORD(change("supervision.session-record").forPurpose(Purpose.SUPERVISION)),
    SESSION_READ(read("supervision.session").forPurpose(Purpose.SUPERVISION)),
    SESSIONS_LIST(list("supervision.sessions").forPurpose(Purpose.SUPERVISION)),
    REFLECT(change("supervision.reflect").forPurpose(Purpose.SUPERVISION)),
    ASSESS(change("supervision.assess").forPurpose(Purpose.SUPERVISION)),
    ASSESSMENTS(read("supervision.assessments").forPurpose(Purpose.SUPERVISION)),
    WELLBEING_CHECK_IN(change("wellbeing.check-in").forPurpose(Purpose.OPERATIONS)),
    WELLBEING_READ(read("wellbeing.read").forPurpose(Purpose.OPERATIONS)),
    WORKLOAD(list("supervision.workload").forPurpose(Purpose.SUPERVISION));

    private final Definition definition;

    SupervisionActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
