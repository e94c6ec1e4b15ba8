package org.alongside.groups;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A group session: when, what about, who came (from the roster or walked in), the group note, and
 * its signing. Attendance names only people the viewer may see; {@code othersPresent} counts the rest.
 */
public record SessionView(
        UUID id,
        UUID groupId,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String topic,
        String note,
        boolean signed,
        Instant signedAt,
        String signedName,
        String signedCredential,
        List<Attendee> attendance,
        int othersPresent,
        long version) {

    public record Attendee(UUID participantId, String name, boolean walkIn) {}

    /** Everyone present, named or not. */
    public int present() {
        return attendance.size() + othersPresent;
    }

    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }
}
