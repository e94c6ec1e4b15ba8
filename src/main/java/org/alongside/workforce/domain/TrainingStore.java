package org.alongside.workforce.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads and saves trainings, their hours per category kept as a small JSON object. */
@Repository
public class TrainingStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The staff members' trainings, newest first. */
    public List<Training> of(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from training where staff_id in (:staff) order by taken_on desc, recorded_at desc")
                .param("staff", staffIds)
                .query(TrainingStore::row)
                .list();
    }

    /** Supervision received in a session, once per supervisee and session (a second delivery changes nothing). */
    public void accrue(Training t, UUID sessionId, UUID recordedBy, Instant at) {
        jdbc.sql("""
                insert into training (id, staff_id, taken_on, title, provider, approved_provider, hours, category_hours,
                                      source, supervision_session_id, recorded_by, recorded_at)
                values (:id, :staff, :on, :title, null, false, :hours, cast(:split as jsonb), 'SUPERVISION', :session,
                        :by, :at)
                on conflict do nothing
                """)
                .param("id", t.id())
                .param("staff", t.staffId())
                .param("on", t.takenOn())
                .param("title", t.title())
                .param("hours", t.hours())
                .param("split", JSON.writeValueAsString(Map.of(HourCategory.SUPERVISION.name(), t.hours())))
                .param("session", sessionId)
                .param("by", recordedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void insert(Training t, UUID recordedBy, Instant at) {
        Map<String, BigDecimal> split = new java.util.TreeMap<>();
        t.categoryHours().forEach((category, hours) -> split.put(category.name(), hours));
        jdbc.sql("""
                insert into training (id, staff_id, taken_on, title, provider, approved_provider, hours, category_hours,
                                      proof_id, source, recorded_by, recorded_at)
                values (:id, :staff, :on, :title, :provider, :approved, :hours, cast(:split as jsonb), :proof, :source,
                        :by, :at)
                """)
                .param("id", t.id())
                .param("staff", t.staffId())
                .param("on", t.takenOn())
                .param("title", t.title())
                .param("provider", t.provider())
                .param("approved", t.approvedProvider())
                .param("hours", t.hours())
                .param("split", JSON.writeValueAsString(split))
                .param("proof", t.proofId())
                .param("source", t.source().name())
                .param("by", recordedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** One of a staff member's trainings, or empty if they have no training of that id. */
    public java.util.Optional<Training> find(UUID staffId, UUID trainingId) {
        return jdbc.sql("select * from training where id = :id and staff_id = :staff")
                .param("id", trainingId)
                .param("staff", staffId)
                .query(TrainingStore::row)
                .optional();
    }

    /** Records a training's withdrawal, once: a second withdrawal of the same training changes nothing. */
    public boolean saveWithdrawal(Training t) {
        Training.Withdrawal w = t.withdrawal();
        return jdbc.sql("""
                        update training set withdrawn_at = :at, withdrawn_by = :by, withdrawn_reason = :reason
                        where id = :id and withdrawn_at is null
                        """)
                        .param("at", Timestamp.from(w.at()))
                        .param("by", w.by())
                        .param("reason", w.reason())
                        .param("id", t.id())
                        .update()
                == 1;
    }

    private static Training row(ResultSet rs, int n) throws SQLException {
        Map<HourCategory, BigDecimal> split = new EnumMap<>(HourCategory.class);
        JsonNode node = JSON.readTree(rs.getString("category_hours"));
        node.properties()
                .forEach(e ->
                        split.put(HourCategory.valueOf(e.getKey()), e.getValue().decimalValue()));
        return new Training(
                rs.getObject("id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getObject("taken_on", LocalDate.class),
                rs.getString("title"),
                rs.getString("provider"),
                rs.getBoolean("approved_provider"),
                rs.getBigDecimal("hours").stripTrailingZeros(),
                split,
                rs.getObject("proof_id", UUID.class),
                Training.Source.valueOf(rs.getString("source")),
                rs.getTimestamp("withdrawn_at") == null
                        ? null
                        : new Training.Withdrawal(
                                rs.getTimestamp("withdrawn_at").toInstant(),
                                rs.getObject("withdrawn_by", UUID.class),
                                rs.getString("withdrawn_reason")));
    }
}
