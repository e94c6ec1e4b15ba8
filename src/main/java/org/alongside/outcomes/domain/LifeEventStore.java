package org.alongside.outcomes.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Life events: saved once, read per person by the day they happened. */
@Repository
public class LifeEventStore {

    private final JdbcClient jdbc;

    LifeEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LifeEvent e) {
        jdbc.sql("""
                insert into life_event (id, participant_id, kind, detail, started_on, ended_on, words, entered_by, entered_at)
                values (:id, :p, :kind, :detail, :started, :ended, :words, :by, :at)
                """)
                .param("id", e.id())
                .param("p", e.participantId())
                .param("kind", e.kind().name())
                .param("detail", e.detail())
                .param("started", e.startedOn())
                .param("ended", e.endedOn())
                .param("words", e.words())
                .param("by", e.enteredBy())
                .param("at", Timestamp.from(e.enteredAt()))
                .update();
    }

    /** The person's events, newest first. */
    public List<LifeEvent> of(UUID participantId) {
        return jdbc.sql("select * from life_event where participant_id = :p order by started_on desc, entered_at desc")
                .param("p", participantId)
                .query((rs, n) -> new LifeEvent(
                        rs.getObject("id", UUID.class),
                        participantId,
                        LifeEvent.Kind.valueOf(rs.getString("kind")),
                        rs.getString("detail"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getString("words"),
                        rs.getObject("entered_by", UUID.class),
                        rs.getTimestamp("entered_at").toInstant()))
                .list();
    }
}
