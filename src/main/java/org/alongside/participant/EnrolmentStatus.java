package org.alongside.participant;

/** Where a person's enrolment in a program stands. */
public enum EnrolmentStatus {
    ACTIVE("Active"),
    PAUSED("Paused"),
    DISCHARGED("Discharged");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
