package org.alongside.outcomes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One questionnaire as given: the instrument and the version it was given with, the day, who
 * completed it (the person, or staff with them), the answers as chosen (item id to value; a missing
 * item is absent), what they scored, and whether a safety item asked for a response that a
 * supervisor has not yet acknowledged. Never changed once saved, except that acknowledgement.
 */
public record Response(
        UUID id,
        UUID participantId,
        String instrumentId,
        String instrumentVersion,
        LocalDate completedOn,
        CompletedBy completedBy,
        UUID enteredBy,
        Instant enteredAt,
        Map<String, Integer> answers,
        Integer total,
        Integer bandFrom,
        int missing,
        boolean prorated,
        boolean safety,
        UUID safetySeenBy,
        Instant safetySeenAt) {

    public enum CompletedBy {
        /** Entered by staff with the participant, reading the questions together. */
        WITH_STAFF,
        /** Completed by the person themselves. */
        BY_PERSON
    }

    public Response {
        answers = Map.copyOf(answers);
    }

    public boolean scorable() {
        return total != null;
    }

    /** A safety item was answered above its lowest value and no supervisor has acknowledged it yet. */
    public boolean safetyOpen() {
        return safety && safetySeenAt == null;
    }
}
