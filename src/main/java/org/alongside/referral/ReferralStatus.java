package org.alongside.referral;

/**
 * Where a referral is. Each maps one-to-one onto a FHIR R4 {@code Task.status} (as the Gravity
 * Project's closed-loop referral guide uses it), so a later FHIR export needs no guessing:
 *
 * <pre>
 * SUGGESTED      requested    the worker suggested the service
 * AGREED         accepted     the person agreed to it
 * IN_PROGRESS    in-progress  contact made or an appointment set
 * CONNECTED      completed    the person got connected: the only status that counts as a success
 * NOT_CONNECTED  failed       did not happen, for a reason (see NotConnectedReason for rejected, on-hold)
 * CANCELLED      cancelled    withdrawn before it happened
 * </pre>
 */
public enum ReferralStatus {
    SUGGESTED("requested"),
    AGREED("accepted"),
    IN_PROGRESS("in-progress"),
    CONNECTED("completed"),
    NOT_CONNECTED("failed"),
    CANCELLED("cancelled");

    private final String fhirTaskStatus;

    ReferralStatus(String fhirTaskStatus) {
        this.fhirTaskStatus = fhirTaskStatus;
    }

    /** The FHIR R4 Task.status code (a not-connected referral's depends on its reason). */
    public String fhirTaskStatus() {
        return fhirTaskStatus;
    }

    public boolean open() {
        return this == SUGGESTED || this == AGREED || this == IN_PROGRESS;
    }
}
