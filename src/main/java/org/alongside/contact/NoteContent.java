package org.alongside.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.shared.InvalidInputException;

/**
 * What a contact note says. A draft may be unfinished; {@link #checkComplete} is what signing
 * asks for. The person's own words are kept exactly as typed.
 */
public record NoteContent(
        LocalDate contactDate,
        LocalTime startTime,
        @Schema(example = "11:15") LocalTime endTime,
        Integer durationMinutes,
        ContactMode mode,
        String place,
        Set<Activity> activities,
        Set<WellnessDimension> dimensions,

        @Schema(description = "Goals of this person's own recovery plan the contact worked on", example = "[]")
        List<UUID> goalIds,

        String narrative,
        String personsWords,
        String nextSteps,
        LocalDate followUpDate) {

    public static final int MAX_MINUTES = 24 * 60;

    public NoteContent {
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        dimensions = dimensions == null ? Set.of() : Set.copyOf(dimensions);
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }

    /** Minutes of the contact: from start and end times when both are given, else the duration. */
    public Integer minutes() {
        if (startTime != null && endTime != null) {
            return (int) Duration.between(startTime, endTime).toMinutes();
        }
        return durationMinutes;
    }

    /** Limits that hold even for a draft: nothing impossible is saved. */
    public void checkDraft(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (contactDate != null && contactDate.isAfter(today)) {
            errors.put("contactDate", "A contact note is for today or an earlier day");
        }
        if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            errors.put("endTime", "The end time is after the start time");
        }
        Integer minutes = minutes();
        if (minutes != null && !errors.containsKey("endTime") && (minutes < 1 || minutes > MAX_MINUTES)) {
            errors.put(
                    startTime != null && endTime != null ? "endTime" : "durationMinutes",
                    "A contact lasts from 1 minute to 24 hours");
        }
        max(errors, "place", place, 200);
        max(errors, "narrative", narrative, 10_000);
        max(errors, "personsWords", personsWords, 4000);
        max(errors, "nextSteps", nextSteps, 4000);
        if (followUpDate != null && contactDate != null && followUpDate.isBefore(contactDate)) {
            errors.put("followUpDate", "The follow-up is on or after the contact");
        }
        if (goalIds.size() > 20) {
            errors.put("goalIds", "Link at most 20 goals");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** What a note needs before it can be signed. */
    public void checkComplete(LocalDate today) {
        checkDraft(today);
        Map<String, String> errors = new LinkedHashMap<>();
        if (contactDate == null) {
            errors.put("contactDate", "Enter the date of the contact");
        }
        if (minutes() == null) {
            errors.put("durationMinutes", "Enter start and end times, or how long it lasted");
        }
        if (mode == null) {
            errors.put("mode", "Choose how the contact happened");
        }
        if (activities.isEmpty()) {
            errors.put("activities", "Choose at least one activity");
        }
        if (narrative == null || narrative.isBlank()) {
            errors.put("narrative", "Write what was done and why");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void max(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "Use at most " + max + " characters");
        }
    }
}
