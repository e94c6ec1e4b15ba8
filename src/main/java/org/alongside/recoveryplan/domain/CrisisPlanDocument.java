package org.alongside.recoveryplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.alongside.shared.ContactValues;
import org.alongside.shared.InvalidInputException;

/**
 * The person's crisis and relapse-prevention plan, in their words: what they are like when well,
 * what can set things off, early signs, what helps, what others can do, what to avoid, who to
 * call, and notes written after a crisis.
 */
public record CrisisPlanDocument(
        String whenWell,
        String triggers,
        String earlyWarningSigns,
        String whatHelps,
        String whatOthersCanDo,
        String whatToAvoid,
        List<Contact> people,
        List<Contact> professionals,
        String placesICanGo,
        List<Note> notesAfterCrisis) {

    public static final int MAX_TEXT = 4000;

    public CrisisPlanDocument {
        people = people == null ? List.of() : List.copyOf(people);
        professionals = professionals == null ? List.of() : List.copyOf(professionals);
        notesAfterCrisis = notesAfterCrisis == null ? List.of() : List.copyOf(notesAfterCrisis);
    }

    public static CrisisPlanDocument empty() {
        return new CrisisPlanDocument(null, null, null, null, null, null, List.of(), List.of(), null, List.of());
    }

    /** Someone to contact: a person the participant trusts, or a professional. */
    public record Contact(
            String name, @Schema(example = "555 0100") String phone, String role) {

        /** The number as a phone dials it, for call and text links. */
        @JsonIgnore
        public String dialable() {
            return ContactValues.dialable(phone);
        }
    }

    /** Whether anything at all is written (the read view then shows it; otherwise it invites writing). */
    @JsonIgnore
    public boolean isEmpty() {
        return Stream.of(whenWell, triggers, earlyWarningSigns, whatHelps, whatOthersCanDo, whatToAvoid, placesICanGo)
                        .allMatch(t -> t == null || t.isBlank())
                && people.isEmpty()
                && professionals.isEmpty();
    }

    public record Note(LocalDate on, String text, UUID recordedBy, Instant recordedAt) {}

    /** The same plan with new content; notes written after earlier crises are kept. */
    public CrisisPlanDocument revise(CrisisPlanDocument content) {
        return new CrisisPlanDocument(
                content.whenWell(),
                content.triggers(),
                content.earlyWarningSigns(),
                content.whatHelps(),
                content.whatOthersCanDo(),
                content.whatToAvoid(),
                content.people(),
                content.professionals(),
                content.placesICanGo(),
                notesAfterCrisis);
    }

    public CrisisPlanDocument addNote(Note note) {
        List<Note> notes = new ArrayList<>(notesAfterCrisis);
        notes.add(note);
        return new CrisisPlanDocument(
                whenWell,
                triggers,
                earlyWarningSigns,
                whatHelps,
                whatOthersCanDo,
                whatToAvoid,
                people,
                professionals,
                placesICanGo,
                notes);
    }

    public void check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "whenWell", whenWell);
        text(errors, "triggers", triggers);
        text(errors, "earlyWarningSigns", earlyWarningSigns);
        text(errors, "whatHelps", whatHelps);
        text(errors, "whatOthersCanDo", whatOthersCanDo);
        text(errors, "whatToAvoid", whatToAvoid);
        text(errors, "placesICanGo", placesICanGo);
        contacts(errors, "people", people);
        contacts(errors, "professionals", professionals);
        for (Note note : notesAfterCrisis) {
            if (note.text() == null || note.text().isBlank()) {
                errors.put("text", "Write what happened and what helped");
            } else if (note.text().length() > MAX_TEXT) {
                errors.put("text", "Use at most " + MAX_TEXT + " characters");
            }
            if (note.on() != null && note.on().isAfter(today)) {
                errors.put("on", "A note after a crisis is for today or an earlier day");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void text(Map<String, String> errors, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.put(field, "Use at most " + MAX_TEXT + " characters");
        }
    }

    private static void contacts(Map<String, String> errors, String field, List<Contact> contacts) {
        if (contacts.size() > 10) {
            errors.put(field, "List at most 10");
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (c.name() == null || c.name().isBlank()) {
                errors.put(field + "[" + i + "].name", "Enter a name");
            } else if (c.name().length() > 200) {
                errors.put(field + "[" + i + "].name", "Use at most 200 characters");
            }
            if (c.phone() != null && !c.phone().isBlank() && !ContactValues.isPhone(c.phone())) {
                errors.put(field + "[" + i + "].phone", ContactValues.PHONE_MESSAGE);
            }
            if (c.role() != null && c.role().length() > 100) {
                errors.put(field + "[" + i + "].role", "Use at most 100 characters");
            }
        }
    }
}
