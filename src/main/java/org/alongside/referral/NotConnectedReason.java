package org.alongside.referral;

/**
 * Why a referral ended without the person being connected. The service's own refusals map to FHIR
 * {@code Task.status} rejected, a waitlist to on-hold, the rest to failed.
 */
public enum NotConnectedReason {
    WAITLIST("on-hold"),
    NOT_ELIGIBLE("rejected"),
    NO_CAPACITY("rejected"),
    COULD_NOT_REACH_SERVICE("failed"),
    PERSON_CHANGED_MIND("failed"),
    NO_RESPONSE("failed"),
    OTHER("failed");

    private final String fhirTaskStatus;

    NotConnectedReason(String fhirTaskStatus) {
        this.fhirTaskStatus = fhirTaskStatus;
    }

    public String fhirTaskStatus() {
        return fhirTaskStatus;
    }
}
