package org.alongside.audit;

import java.util.UUID;
import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/**
 * One thing that happened: who did what (the action's code), why, to which record, and how it
 * ended. Holds ids only, never a person's details.
 */
public record AuditEvent(
        UUID actorId,
        String action,
        Purpose purpose,
        String subjectType,
        String subjectId,
        UUID participantId,
        Outcome outcome,
        String detail) {

    private static final String PARTICIPANT = "participant";

    public enum Outcome {
        SUCCESS,
        DENIED,
        FAILURE
    }

    public AuditEvent {
        if (detail != null && detail.length() > 500) {
            int end = Character.isHighSurrogate(detail.charAt(499)) ? 499 : 500;
            detail = detail.substring(0, end);
        }
    }

    /**
     * An event about anything but one person's record: a row naming a person is the record gate's
     * to write ({@link #onParticipant}), so this refuses a participant as its subject.
     */
    public static AuditEvent of(UUID actorId, Action action, String subjectType, Object subjectId) {
        if (PARTICIPANT.equals(subjectType) && subjectId != null) {
            throw new IllegalArgumentException("A row about a person is written by the record gate, not by hand");
        }
        return new AuditEvent(
                actorId,
                action.code(),
                action.purpose(),
                subjectType,
                subjectId == null ? null : subjectId.toString(),
                null,
                Outcome.SUCCESS,
                null);
    }

    /** A refusal of something that is not a person's record (a group, a program): who tried what, on which id. */
    public static AuditEvent denied(UUID actorId, Action action, String subjectType, Object subjectId) {
        return of(actorId, action, subjectType, subjectId).withOutcome(Outcome.DENIED);
    }

    /** Only the record gate (module participant) writes rows about a person; the architecture tests hold that. */
    public static AuditEvent onParticipant(UUID actorId, Action action, Purpose purpose, UUID participantId) {
        return new AuditEvent(
                actorId,
                action.code(),
                purpose,
                PARTICIPANT,
                participantId.toString(),
                participantId,
                Outcome.SUCCESS,
                null);
    }

    public AuditEvent withOutcome(Outcome newOutcome) {
        return new AuditEvent(actorId, action, purpose, subjectType, subjectId, participantId, newOutcome, detail);
    }

    /** The same event done for another reason than the action's usual one (the person's own record, a payment). */
    public AuditEvent withPurpose(Purpose newPurpose) {
        return new AuditEvent(actorId, action, newPurpose, subjectType, subjectId, participantId, outcome, detail);
    }

    public AuditEvent withDetail(String newDetail) {
        return new AuditEvent(actorId, action, purpose, subjectType, subjectId, participantId, outcome, newDetail);
    }
}
