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

    /**
     * Reminders per participant, among {@code participantIds}, as of {@code today}; asked inside the
     * caseload's gated, audited list, whose proof {@code listing} is.
     */
    Map<UUID, List<Reminder>> remindersFor(Listing listing, Collection<UUID> participantIds, LocalDate today);

    /**
     * A line on the caseload, as a message key and its arguments; {@code attention} ones are
     * highlighted, the rest are plain facts.
     */
    record Reminder(String label, List<Object> args, boolean attention) {
        public Reminder {
            args = List.copyOf(args);
        }

        public static Reminder fact(String label, Object... args) {
            return new Reminder(label, List.of(args), false);
        }

        public static Reminder attention(String label, Object... args) {
            return new Reminder(label, List.of(args), true);
        }
    }
}
