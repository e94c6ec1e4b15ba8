package org.alongside.groups;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alongside.shared.InvalidInputException;

/** What a new group and a new session need. Every problem is named at once. */
final class GroupRules {

    static final int MAX_CAPACITY = 500;

    private GroupRules() {}

    static Map<String, String> checkGroup(GroupManagement.NewGroup g) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (g.programId() == null) {
            errors.put("programId", "Choose the group's program");
        }
        if (g.name() == null || g.name().isBlank()) {
            errors.put("name", "Give the group a name");
        } else if (g.name().length() > 200) {
            errors.put("name", "Use at most 200 characters");
        }
        if (g.type() == null) {
            errors.put("type", "Choose the kind of group");
        }
        if (g.schedule() != null && g.schedule().length() > 300) {
            errors.put("schedule", "Use at most 300 characters");
        }
        if (g.capacity() == null || g.capacity() < 1 || g.capacity() > MAX_CAPACITY) {
            errors.put("capacity", "Enter how many people can come, from 1 to " + MAX_CAPACITY);
        }
        if (g.facilitatorIds() == null || g.facilitatorIds().isEmpty()) {
            errors.put("facilitatorIds", "Name at least one facilitator");
        }
        return errors;
    }

    static void checkSession(GroupManagement.NewSession s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.date() == null) {
            errors.put("date", "Enter the date of the session");
        }
        if (s.start() == null) {
            errors.put("start", "Enter the start time");
        }
        if (s.end() == null) {
            errors.put("end", "Enter the end time");
        } else if (s.start() != null && !s.end().isAfter(s.start())) {
            errors.put("end", "The end time is after the start time");
        }
        if (s.topic() == null || s.topic().isBlank()) {
            errors.put("topic", "Enter the session's topic");
        } else if (s.topic().length() > 300) {
            errors.put("topic", "Use at most 300 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
