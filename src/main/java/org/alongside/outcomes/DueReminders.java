package org.alongside.outcomes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.participant.CaseloadReminders;
import org.alongside.participant.Listing;
import org.alongside.shared.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Measures due, coming soon or just missed, on the caseload (a worker's own, and a supervisor's
 * "everyone I support"), by each program's schedule: a window's last week and a missed window ask
 * for attention, the rest are facts. One statement per caseload page.
 */
@Component
class DueReminders implements CaseloadReminders {

    /** A measure due is a plain fact until its window's last week, then asks for attention. */
    static final int CLOSING_DAYS = 7;

    private final DueMeasures due;
    private final Texts texts;

    DueReminders(DueMeasures due, Texts texts) {
        this.due = due;
        this.texts = texts;
    }

    @Override
    public Map<UUID, List<Reminder>> remindersFor(Listing listing, Collection<UUID> participantIds, LocalDate today) {
        Map<UUID, List<Reminder>> reminders = new HashMap<>();
        for (DueMeasures.Due d : due.among(listing, participantIds, today)) {
            String when = texts.of(
                    "due.timepoint." + d.window().timepoint(), d.window().number());
            Reminder reminder = switch (d.status()) {
                case DUE ->
                    d.window().closes().isAfter(today.plusDays(CLOSING_DAYS))
                            ? Reminder.fact(
                                    "reminder.measureDue", when, day(d.window().closes()))
                            : Reminder.attention(
                                    "reminder.measureDue", when, day(d.window().closes()));
                case OVERDUE ->
                    Reminder.attention(
                            "reminder.measureMissed", when, day(d.window().closes()));
                default ->
                    Reminder.fact("reminder.measureSoon", when, day(d.window().opens()));
            };
            reminders.computeIfAbsent(d.participantId(), k -> new ArrayList<>()).add(reminder);
        }
        return reminders;
    }

    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
