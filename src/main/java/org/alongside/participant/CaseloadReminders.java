package org.alongside.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Something other modules want a peer worker to notice on their caseload (a plan review that is
 * due, for example). Modules that depend on this one implement it; the caseload asks every
 * implementation once per page, for all the people on it at once.
 */
public interface CaseloadReminders {

    /** Reminders per participant, among {@code participantIds}, as of {@code today}. */
    Map<UUID, List<Reminder>> remindersFor(Collection<UUID> participantIds, LocalDate today);

    /** A line on the caseload; {@code attention} ones are highlighted, the rest are plain facts. */
    record Reminder(String text, boolean attention) {
        public static Reminder fact(String text) {
            return new Reminder(text, false);
        }

        public static Reminder attention(String text) {
            return new Reminder(text, true);
        }
    }
}
