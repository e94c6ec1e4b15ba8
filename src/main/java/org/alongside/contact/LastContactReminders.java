package org.alongside.contact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.participant.CaseloadReminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Days since the last contact for each person on a caseload, and "No contact in 14 days" (the
 * number is configurable) for those it has been longer for, or who have no contact yet. Drafts
 * count: the contact happened even if its note is not signed yet. One query per caseload page.
 */
@Component
class LastContactReminders implements CaseloadReminders {

    private final JdbcClient jdbc;
    private final int noContactDays;

    LastContactReminders(JdbcClient jdbc, @Value("${alongside.contact.no-contact-days:14}") int noContactDays) {
        this.jdbc = jdbc;
        this.noContactDays = noContactDays;
    }

    @Override
    public Map<UUID, List<Reminder>> remindersFor(Collection<UUID> participantIds, LocalDate today) {
        Map<UUID, LocalDate> last = new HashMap<>();
        if (!participantIds.isEmpty()) {
            jdbc.sql("""
                    select participant_id, max(contact_date) as last from contact_note
                    where participant_id in (:ids) and contact_date is not null group by participant_id
                    """).param("ids", participantIds).query(rs -> {
                        last.put(rs.getObject("participant_id", UUID.class), rs.getObject("last", LocalDate.class));
                    });
        }
        Map<UUID, List<Reminder>> reminders = new HashMap<>();
        for (UUID id : participantIds) {
            LocalDate date = last.get(id);
            if (date == null) {
                reminders.put(id, List.of(Reminder.attention("No contact yet")));
                continue;
            }
            long days = ChronoUnit.DAYS.between(date, today);
            String since = days == 0 ? "Last contact today" : "Last contact " + days + (days == 1 ? " day" : " days") + " ago";
            reminders.put(id, days >= noContactDays
                    ? List.of(Reminder.attention("No contact in " + noContactDays + " days"), Reminder.fact(since))
                    : List.of(Reminder.fact(since)));
        }
        return reminders;
    }
}
