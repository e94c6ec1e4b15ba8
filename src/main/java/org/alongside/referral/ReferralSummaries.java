package org.alongside.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.Admission;
import org.alongside.participant.RecordSummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's open referrals on their page, each with its next follow-up. One statement. */
@Component
class ReferralSummaries implements RecordSummaries {

    private final JdbcClient jdbc;

    ReferralSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Card> cardsFor(Admission admission, LocalDate today) {
        UUID id = admission.participantId();
        List<Line> lines = new ArrayList<>();
        jdbc.sql("""
                select r.id, r.status, r.follow_up, s.name from referral r join hsds_service s on s.id = r.service_id
                where r.participant_id = :id and r.status in ('SUGGESTED', 'AGREED', 'IN_PROGRESS')
                order by r.follow_up, r.created_at
                """).param("id", id).query(rs -> {
            LocalDate due = rs.getObject("follow_up", LocalDate.class);
            lines.add(
                    Line.of(due.isBefore(today) ? "summary.referral.overdue" : "summary.referral", rs.getString("name"))
                            .on(due)
                            .linking("/people/" + id + "/referrals/" + rs.getObject("id", UUID.class)));
        });
        return List.of(new Card(
                40,
                "summary.referral.title",
                lines,
                "summary.referral.empty",
                new Link("summary.referral.open", "/people/" + id + "/referrals")));
    }
}
