package org.alongside.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;
import org.alongside.supervision.domain.Session;

/**
 * What a recorded session must hold, field by field: someone supervised, a day not in the future,
 * 5 minutes to 8 hours, how it was held, words of a sensible length, and actions owned by someone
 * in the session and due on or after it.
 */
final class SessionRules {

    static final int WORDS = 4000;

    private SessionRules() {}

    /** The actions to save (rows left empty are skipped), or the refusal with every problem. */
    static List<SupervisionSessions.NewAction> check(
            SupervisionSessions.NewSession asked, UUID supervisor, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (asked.supervisees() == null || asked.supervisees().isEmpty()) {
            errors.put("supervisees", "Choose who was supervised");
        }
        if (asked.heldOn() == null) {
            errors.put("heldOn", "Give the day of the session");
        } else if (asked.heldOn().isAfter(today)) {
            errors.put("heldOn", "A session cannot be dated in the future");
        }
        if (asked.minutes() == null || asked.minutes() < 5 || asked.minutes() > 480) {
            errors.put("minutes", "A session lasts from 5 minutes to 8 hours");
        }
        if (asked.format() == null) {
            errors.put("format", "Choose how the session was held");
        }
        if (tooLong(asked.strengths())) {
            errors.put("strengths", "This is too long");
        }
        if (tooLong(asked.growthAreas())) {
            errors.put("growthAreas", "This is too long");
        }
        Set<UUID> people = new LinkedHashSet<>(asked.supervisees() == null ? List.of() : asked.supervisees());
        people.add(supervisor);
        List<SupervisionSessions.NewAction> actions = new ArrayList<>();
        for (SupervisionSessions.NewAction action :
                asked.actions() == null ? List.<SupervisionSessions.NewAction>of() : asked.actions()) {
            if (action == null || action.what() == null || action.what().isBlank()) {
                continue;
            }
            if (action.what().strip().length() > 500) {
                errors.put("actions", "An action is at most 500 characters");
            } else if (action.ownerId() == null || !people.contains(action.ownerId())) {
                errors.put("actions", "Each action is done by someone in the session");
            } else if (action.dueOn() != null
                    && asked.heldOn() != null
                    && action.dueOn().isBefore(asked.heldOn())) {
                errors.put("actions", "An action is due on or after the day of the session");
            } else {
                actions.add(new SupervisionSessions.NewAction(action.what().strip(), action.ownerId(), action.dueOn()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return actions;
    }

    static Session.Kind kind(List<UUID> supervisees) {
        return supervisees.size() > 1 ? Session.Kind.GROUP : Session.Kind.INDIVIDUAL;
    }

    static String words(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > WORDS;
    }
}
