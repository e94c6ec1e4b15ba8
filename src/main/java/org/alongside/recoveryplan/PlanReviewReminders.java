package org.alongside.recoveryplan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.participant.CaseloadReminders;
import org.alongside.participant.Listing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** "Plan review due" on the caseload once a recovery plan's review date has come. One query per caseload page. */
@Component
class PlanReviewReminders implements CaseloadReminders {

    private final JdbcClient jdbc;

    PlanReviewReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<Reminder>> remindersFor(Listing listing, Collection<UUID> participantIds, LocalDate today) {
        Map<UUID, List<Reminder>> reminders = new HashMap<>();
        if (participantIds.isEmpty()) {
            return reminders;
        }
        jdbc.sql("""
                select participant_id, (document ->> 'reviewDate')::date as review from recovery_plan
                where participant_id in (:ids) and document ->> 'reviewDate' is not null
                  and (document ->> 'reviewDate')::date <= :today
                """).param("ids", participantIds).param("today", today).query(rs -> {
            LocalDate review = rs.getObject("review", LocalDate.class);
            reminders.put(
                    rs.getObject("participant_id", UUID.class),
                    List.of(
                            review.isBefore(today)
                                    ? Reminder.attention(
                                            "reminder.planReviewSince",
                                            Date.from(review.atStartOfDay(ZoneId.systemDefault())
                                                    .toInstant()))
                                    : Reminder.attention("reminder.planReviewToday")));
        });
        return reminders;
    }
}
