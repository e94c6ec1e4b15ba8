package org.alongside.participant;

import org.alongside.shared.Viewer;

/**
 * What a pass through the gate does and why, as every access policy receives it: the action's
 * code, the purpose, and for a disclosure to whom and which parts. The caseload rule ignores the
 * purpose; a consent rule decides disclosures and never reads inside the program.
 */
public record Access(String action, Disclosure.Purpose purpose, Disclosure disclosure) {

    /** A read, change or list inside the program: for care, or the person's own record, or a job's operations. */
    static Access of(String action, Viewer viewer) {
        Disclosure.Purpose purpose = viewer instanceof Viewer.Person
                ? Disclosure.Purpose.OWN_RECORD
                : viewer instanceof Viewer.SystemJob ? Disclosure.Purpose.OPERATIONS : Disclosure.Purpose.CARE;
        return new Access(action, purpose, null);
    }

    /** Part of the record leaving the program. */
    static Access disclosing(String action, Disclosure disclosure) {
        return new Access(action, disclosure.purpose(), disclosure);
    }

    public boolean isDisclosure() {
        return disclosure != null;
    }
}
