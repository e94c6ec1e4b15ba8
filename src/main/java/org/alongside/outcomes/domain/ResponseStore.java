package org.alongside.outcomes.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Questionnaire responses: saved once, read per person, and a safety flag acknowledged. */
@Repository
public class ResponseStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Integer>> ANSWERS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Response r) {
        jdbc.sql("""
                insert into questionnaire_response (id, participant_id, instrument_id, instrument_version, completed_on,
                  completed_by, entered_by, entered_at, answers, total, band_from, missing, prorated, safety)
                values (:id, :p, :instrument, :version, :on, :by, :enteredBy, :at, cast(:answers as jsonb), :total,
                  :band, :missing, :prorated, :safety)
                """)
                .param("id", r.id())
                .param("p", r.participantId())
                .param("instrument", r.instrumentId())
                .param("version", r.instrumentVersion())
                .param("on", r.completedOn())
                .param("by", r.completedBy().name())
                .param("enteredBy", r.enteredBy())
                .param("at", Timestamp.from(r.enteredAt()))
                .param("answers", JSON.writeValueAsString(r.answers()))
                .param("total", r.total())
                .param("band", r.bandFrom())
                .param("missing", r.missing())
                .param("prorated", r.prorated())
                .param("safety", r.safety())
                .update();
    }

    /** The person's responses, oldest first (by the day given, then as entered). */
    public List<Response> of(UUID participantId) {
        return jdbc.sql(
                        "select * from questionnaire_response where participant_id = :p order by completed_on, entered_at")
                .param("p", participantId)
                .query((rs, n) -> response(rs))
                .list();
    }

    /** A supervisor acknowledges a safety flag; false when there was none open on that response. */
    public boolean acknowledge(UUID participantId, UUID responseId, UUID by, Instant at) {
        return jdbc.sql("""
                        update questionnaire_response set safety_seen_by = :by, safety_seen_at = :at
                        where id = :id and participant_id = :p and safety and safety_seen_at is null
                        """)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("id", responseId)
                        .param("p", participantId)
                        .update()
                == 1;
    }

    private static Response response(ResultSet rs) throws SQLException {
        Timestamp seen = rs.getTimestamp("safety_seen_at");
        Map<String, Integer> answers = JSON.readValue(rs.getString("answers"), ANSWERS);
        return new Response(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getString("instrument_id"),
                rs.getString("instrument_version"),
                rs.getObject("completed_on", LocalDate.class),
                Response.CompletedBy.valueOf(rs.getString("completed_by")),
                rs.getObject("entered_by", UUID.class),
                rs.getTimestamp("entered_at").toInstant(),
                answers,
                (Integer) rs.getObject("total"),
                (Integer) rs.getObject("band_from"),
                rs.getInt("missing"),
                rs.getBoolean("prorated"),
                rs.getBoolean("safety"),
                rs.getObject("safety_seen_by", UUID.class),
                seen == null ? null : seen.toInstant());
    }
}
