package org.alongside.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.participant.CaseloadReminders;
import org.alongside.participant.Listing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** "Referral follow-up overdue" on the caseload for each person with an open referral whose follow-up has passed. One query per page. */
@Component
class ReferralReminders implements CaseloadReminders {

    private final JdbcClient jdbc;

    ReferralReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<Reminder>> remindersFor(Listing listing, Collection<UUID> participantIds, LocalDate today) {
        Map<UUID, List<Reminder>> reminders = new HashMap<>();
        if (participantIds.isEmpty()) {
            return reminders;
        }
        jdbc.sql("""
                select participant_id, count(*) as overdue from referral
                where participant_id in (:ids) and follow_up < :today group by participant_id
                """).param("ids", participantIds).param("today", today).query(rs -> {
            reminders
                    .computeIfAbsent(rs.getObject("participant_id", UUID.class), id -> new ArrayList<>())
                    .add(Reminder.attention("reminder.referralFollowUp", rs.getInt("overdue")));
        });
        return reminders;
    }
}
