package org.alongside.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supervision session: when, how long and how it was held, who supervised and who was
 * supervised, the values and competencies it touched (what administrators may see), and what was
 * said: strengths observed, growth areas, actions agreed and reflections (what only the people in
 * it read).
 */
public record Session(
        UUID id,
        Kind kind,
        LocalDate heldOn,
        int minutes,
        Format format,
        List<UUID> supervisors,
        List<UUID> supervisees,
        List<PeerValue> values,
        List<Competency> competencies,
        String strengths,
        String growthAreas,
        Instant recordedAt) {

    public enum Kind {
        INDIVIDUAL,
        GROUP
    }

    public enum Format {
        IN_PERSON,
        VIDEO,
        PHONE
    }

    public Session {
        supervisors = List.copyOf(supervisors);
        supervisees = List.copyOf(supervisees);
        values = List.copyOf(values);
        competencies = List.copyOf(competencies);
    }

    public boolean attendedBy(UUID staffId) {
        return supervisors.contains(staffId) || supervisees.contains(staffId);
    }

    /** An action agreed: what, who does it, by when; done in a later session, or still open. */
    public record AgreedAction(
            UUID id, UUID sessionId, String what, UUID ownerId, LocalDate dueOn, Instant doneAt, UUID doneIn) {

        public boolean openAt(Instant moment) {
            return doneAt == null || doneAt.isAfter(moment);
        }
    }

    /** A supervisee's own words on a session, added by them. */
    public record Reflection(UUID id, UUID sessionId, UUID staffId, String words, Instant writtenAt) {}
}
