package org.alongside.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.Admission;
import org.alongside.participant.RecordSummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contact on a person's page: the next follow-up and what was agreed, the reader's own notes to
 * finish, and the latest notes (the last contact first). One statement.
 */
@Component
class ContactSummaries implements RecordSummaries {

    private static final int LATEST = 3;

    private final JdbcClient jdbc;

    ContactSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Card> cardsFor(Admission admission, LocalDate today) {
        UUID id = admission.participantId();
        String notes = "/people/" + id + "/notes";
        List<Line> lines = new ArrayList<>();
        List<Line> latest = new ArrayList<>();
        jdbc.sql("""
                select * from (
                  select n.id, n.status, n.author_id, n.contact_date, n.mode, n.next_steps, n.follow_up_date,
                         row_number() over (order by n.contact_date desc nulls first, n.created_at desc) as place
                  from contact_note n where n.participant_id = :id and n.status <> 'DISCARDED') ranked
                where place <= :latest or (status in ('DRAFT', 'RETURNED') and author_id = :me)
                order by place
                """)
                .param("id", id)
                .param("latest", LATEST)
                .param("me", admission.viewer().actorId())
                .query(rs -> {
                    String status = rs.getString("status");
                    String href = notes + "/" + rs.getObject("id", UUID.class);
                    LocalDate day = rs.getObject("contact_date", LocalDate.class);
                    boolean mine = rs.getObject("author_id", UUID.class)
                            .equals(admission.viewer().actorId());
                    LocalDate followUp = rs.getObject("follow_up_date", LocalDate.class);
                    if (rs.getLong("place") == 1 && followUp != null) {
                        lines.add(Line.of(followUp.isBefore(today) ? "summary.followUp.overdue" : "summary.followUp")
                                .on(followUp)
                                .saying(rs.getString("next_steps")));
                    }
                    if (mine && (status.equals("DRAFT") || status.equals("RETURNED"))) {
                        lines.add(Line.of("summary.note." + status).on(day).linking(href));
                    } else if (rs.getLong("place") <= LATEST) {
                        String mode = rs.getString("mode");
                        latest.add(Line.of(mode == null ? "summary.note.contact" : "contactMode." + mode)
                                .on(day)
                                .linking(href));
                    }
                });
        lines.addAll(latest);
        return List.of(new Card(
                10, "summary.contact.title", lines, "summary.contact.empty", new Link("summary.contact.open", notes)));
    }
}
