package org.alongside.participant;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;
import org.alongside.shared.Viewer;

/**
 * What a pass through the gate does and why, as every access policy and the audit trail receive
 * it: the action, the purpose, and for a disclosure to whom and which parts. The caseload rule
 * ignores the purpose; a consent rule decides disclosures and never reads inside the program.
 */
public record Access(Action action, Purpose purpose, Disclosure disclosure) {

    /**
     * A read, change or list inside the program, for the action's own purpose; the person reading
     * their own record does so for their own record, and a system job for operations.
     */
    static Access of(Action action, Viewer viewer) {
        Purpose purpose = viewer instanceof Viewer.Person
                ? Purpose.OWN_RECORD
                : viewer instanceof Viewer.SystemJob ? Purpose.OPERATIONS : action.purpose();
        return new Access(action, purpose, null);
    }

    /** Part of the record leaving the program, for the disclosure's purpose. */
    static Access disclosing(Action action, Disclosure disclosure) {
        return new Access(action, disclosure.purpose(), disclosure);
    }

    public boolean isDisclosure() {
        return disclosure != null;
    }
}
