package org.alongside.contact;

/**
 * How a check-in call went. Only a reached call is a contact (a signed, billable phone note); the
 * others are attempts, counted and never billed. Asked to stop ends the person's check-in calls.
 */
public enum CallOutcome {
    REACHED,
    LEFT_MESSAGE,
    NO_ANSWER,
    WRONG_NUMBER,
    ASKED_TO_STOP;

    /** Calls in a row that did not reach the person; three raise them on Today. */
    public static final int UNANSWERED_IN_A_ROW = 3;

    /** The person was not reached (asked to stop is an answer). */
    public boolean unanswered() {
        return this == LEFT_MESSAGE || this == NO_ANSWER || this == WRONG_NUMBER;
    }
}
