package org.alongside.outcomes.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Episodes of care for measurement: started by an enrolment, ended by a discharge. */
@Repository
public class EpisodeStore {

    /** One enrolment's span: measures are due relative to its start and its end. */
    public record Episode(UUID participantId, UUID programId, LocalDate startedOn, LocalDate endedOn) {}

    private final JdbcClient jdbc;

    EpisodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts an episode; the same enrolment heard twice starts it once. */
    public void start(UUID participantId, UUID programId, LocalDate on) {
        jdbc.sql("""
                insert into measurement_episode (participant_id, program_id, started_on) values (:p, :program, :on)
                on conflict do nothing
                """)
                .param("p", participantId)
                .param("program", programId)
                .param("on", on)
                .update();
    }

    /** Ends the person's open episode in the program. */
    public void end(UUID participantId, UUID programId, LocalDate on) {
        jdbc.sql("""
                update measurement_episode set ended_on = greatest(:on, started_on)
                where participant_id = :p and program_id = :program and ended_on is null
                """)
                .param("p", participantId)
                .param("program", programId)
                .param("on", on)
                .update();
    }

    /** The person's episodes, the latest first. */
    public List<Episode> of(UUID participantId) {
        return jdbc.sql("select * from measurement_episode where participant_id = :p order by started_on desc")
                .param("p", participantId)
                .query((rs, n) -> new Episode(
                        participantId,
                        rs.getObject("program_id", UUID.class),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
    }
}
