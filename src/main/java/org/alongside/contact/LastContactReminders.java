package org.alongside.contact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.contact.domain.ContactNote;
import org.alongside.participant.CaseloadReminders;
import org.alongside.participant.Listing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Days since the last contact for each person on a caseload, and "No contact in 14 days" (the
 * number is configurable) for those it has been longer for, or who have no contact yet. Drafts
 * count: the contact happened even if its note is not signed yet; an unsigned note is a "Note to
 * finish", and a follow-up the latest note set that has passed is overdue. One query per caseload
 * page.
 */
@Component
class LastContactReminders implements CaseloadReminders {

    /** The statuses in which a note is still its author's to finish, as the note itself defines them. */
    private static final List<String> EDITABLE = Arrays.stream(ContactNote.Status.values())
            .filter(ContactNote.Status::editable)
            .map(Enum::name)
            .toList();

    private final JdbcClient jdbc;
    private final NoContactRule noContact;

    LastContactReminders(JdbcClient jdbc, NoContactRule noContact) {
        this.jdbc = jdbc;
        this.noContact = noContact;
    }

    @Override
    public Map<UUID, List<Reminder>> remindersFor(Listing listing, Collection<UUID> participantIds, LocalDate today) {
        Map<UUID, LocalDate> last = new HashMap<>();
        Map<UUID, LocalDate> followUps = new HashMap<>();
        Set<UUID> drafts = new HashSet<>();
        if (!participantIds.isEmpty()) {
            jdbc.sql("""
                    select participant_id, max(contact_date) as last, bool_or(status in (:editable)) as unsigned,
                           (array_agg(follow_up_date order by contact_date desc nulls first, created_at desc))[1] as follow_up
                    from contact_note where participant_id in (:ids) and status <> 'DISCARDED' group by participant_id
                    """)
                    .param("ids", participantIds)
                    .param("editable", EDITABLE)
                    .query(rs -> {
                        UUID id = rs.getObject("participant_id", UUID.class);
                        last.put(id, rs.getObject("last", LocalDate.class));
                        LocalDate followUp = rs.getObject("follow_up", LocalDate.class);
                        if (followUp != null) {
                            followUps.put(id, followUp);
                        }
                        if (rs.getBoolean("unsigned")) {
                            drafts.add(id);
                        }
                    });
        }
        Map<UUID, List<Reminder>> reminders = new HashMap<>();
        for (UUID id : participantIds) {
            List<Reminder> forPerson = new ArrayList<>(since(last.get(id), today));
            if (drafts.contains(id)) {
                forPerson.add(0, Reminder.attention("reminder.noteToFinish"));
            }
            LocalDate followUp = followUps.get(id);
            if (followUp != null && followUp.isBefore(today)) {
                forPerson.add(
                        0, Reminder.attention("reminder.followUpOverdue", ChronoUnit.DAYS.between(followUp, today)));
            }
            reminders.put(id, forPerson);
        }
        return reminders;
    }

    private List<Reminder> since(LocalDate date, LocalDate today) {
        if (date == null) {
            return List.of(Reminder.attention("reminder.noContactYet"));
        }
        Reminder since = Reminder.fact("reminder.lastContact", ChronoUnit.DAYS.between(date, today));
        return noContact.longSince(date, today)
                ? List.of(Reminder.attention("reminder.noContactIn", noContact.days()), since)
                : List.of(since);
    }
}
