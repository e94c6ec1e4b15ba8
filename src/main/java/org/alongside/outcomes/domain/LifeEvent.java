package org.alongside.outcomes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;

/**
 * Something that happened in a person's life or use of services, dated, as the worker recorded it
 * with them: a hospital stay, an emergency visit, a crisis, an arrest or days in jail, a change of
 * housing or of work or study, a return to use (self-reported). Events before enrolment may be
 * entered from what the person remembers. Never changed once saved.
 */
public record LifeEvent(
        UUID id,
        UUID participantId,
        Kind kind,
        String detail,
        LocalDate startedOn,
        LocalDate endedOn,
        String words,
        UUID enteredBy,
        Instant enteredAt) {

    /**
     * What happened; a stay has an end day (left empty while it goes on); a detail is one of the
     * kind's, required where the kind says nothing without it (housing, work or study) and
     * otherwise left out when the person does not remember.
     */
    public enum Kind {
        HOSPITAL_STAY(true, List.of("PSYCHIATRIC", "MEDICAL")),
        EMERGENCY_VISIT(false, List.of()),
        CRISIS(false, List.of("CRISIS_LINE", "MOBILE_CRISIS", "CRISIS_STABILISATION")),
        ARREST(false, List.of()),
        JAIL(true, List.of()),
        HOUSING(false, List.of("STABLE", "TEMPORARY", "UNHOUSED", "INSTITUTION")),
        WORK_OR_STUDY(false, List.of("EMPLOYED", "IN_EDUCATION", "LOOKING", "NOT_WORKING")),
        RETURN_TO_USE(false, List.of());

        private final boolean stay;
        private final List<String> details;

        Kind(boolean stay, List<String> details) {
            this.stay = stay;
            this.details = details;
        }

        public boolean stay() {
            return stay;
        }

        public List<String> details() {
            return details;
        }
    }

    /** Days in hospital or jail up to {@code until} (a stay that goes on counts to then); 0 for other events. */
    public long daysUpTo(LocalDate until) {
        if (!kind.stay() || startedOn.isAfter(until)) {
            return 0;
        }
        LocalDate end = endedOn == null || endedOn.isAfter(until) ? until : endedOn;
        return Math.max(1, ChronoUnit.DAYS.between(startedOn, end));
    }

    /** A new event, refused by field when it breaks a rule: a day in the future, a stay ending before it starts, a detail its kind lacks. */
    public static LifeEvent record(
            UUID participantId,
            Kind kind,
            String detail,
            LocalDate startedOn,
            LocalDate endedOn,
            String words,
            UUID enteredBy,
            Instant enteredAt,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "Choose what happened");
        }
        if (startedOn == null) {
            errors.put("startedOn", "Give the day it happened");
        } else if (startedOn.isAfter(today)) {
            errors.put("startedOn", "A life event is dated today or earlier");
        }
        if (endedOn != null && kind != null && !kind.stay()) {
            errors.put("endedOn", "Only a stay in hospital or jail has an end day");
        } else if (endedOn != null && endedOn.isAfter(today)) {
            errors.put("endedOn", "The end day is today or earlier: leave it empty while the stay goes on");
        } else if (endedOn != null && startedOn != null && endedOn.isBefore(startedOn)) {
            errors.put("endedOn", "The stay ends on or after the day it starts");
        }
        String chosen = detail == null || detail.isBlank() ? null : detail;
        if (kind != null && chosen != null && !kind.details().contains(chosen)) {
            errors.put("detail", "Choose one of the listed details");
        } else if (kind != null && chosen == null && (kind == Kind.HOUSING || kind == Kind.WORK_OR_STUDY)) {
            errors.put("detail", "Choose which kind");
        }
        if (words != null && words.length() > 2000) {
            errors.put("words", "Keep the person's words under 2000 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LifeEvent(
                UUID.randomUUID(),
                participantId,
                kind,
                chosen,
                startedOn,
                endedOn,
                words == null || words.isBlank() ? null : words.strip(),
                enteredBy,
                enteredAt);
    }
}
