package org.alongside.groups;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A recovery group as shown: what it is, who facilitates, who is on its roster, and its sessions.
 * The roster names only people the viewer may see; {@code othersOnRoster} counts the rest.
 */
public record GroupView(
        UUID id,
        UUID programId,
        String programName,
        String name,
        GroupType type,
        String schedule,
        int capacity,
        List<Person> facilitators,
        List<Person> roster,
        int othersOnRoster,
        List<SessionSummary> sessions,
        long version) {

    /** A person shown by name only: a roster lists who comes, not their records. */
    public record Person(UUID id, String name) {}

    public record SessionSummary(
            UUID id, LocalDate date, LocalTime start, String topic, boolean signed, int attendees) {}
}
