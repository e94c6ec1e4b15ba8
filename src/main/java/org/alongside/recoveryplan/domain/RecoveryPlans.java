package org.alongside.recoveryplan.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores plans as JSON documents with a version: a save names the version it read, and a version
 * that moved on in the meantime saves nothing. Each save also appends the full plan to its history.
 */
@Component
public class RecoveryPlans {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RecoveryPlans(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Stored(PlanDocument plan, long version, Instant updatedAt, UUID updatedBy) {
    }

    public record VersionInfo(long version, Instant changedAt, UUID changedBy, String summary) {
    }

    public Optional<Stored> find(UUID participantId) {
        return jdbc.sql("select document, version, updated_at, updated_by from recovery_plan where participant_id = :p")
                .param("p", participantId)
                .query((rs, n) -> new Stored(read(rs.getString("document")), rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getObject("updated_by", UUID.class)))
                .optional();
    }

    /** Saves {@code plan} as the version after {@code expectedVersion}; false if someone else saved first. */
    public boolean save(UUID participantId, PlanDocument plan, long expectedVersion, UUID by, Instant at,
            String summary) {
        String document = json.writeValueAsString(plan);
        int saved = expectedVersion == 0
                ? jdbc.sql("""
                        insert into recovery_plan (participant_id, document, version, review_date, updated_at, updated_by)
                        values (:p, cast(:doc as jsonb), 1, :review, :at, :by) on conflict do nothing
                        """).param("p", participantId).param("doc", document).param("review", plan.reviewDate())
                        .param("at", Timestamp.from(at)).param("by", by).update()
                : jdbc.sql("""
                        update recovery_plan set document = cast(:doc as jsonb), version = version + 1,
                               review_date = :review, updated_at = :at, updated_by = :by
                        where participant_id = :p and version = :expected
                        """).param("p", participantId).param("doc", document).param("review", plan.reviewDate())
                        .param("at", Timestamp.from(at)).param("by", by).param("expected", expectedVersion).update();
        if (saved == 0) {
            return false;
        }
        jdbc.sql("""
                insert into recovery_plan_version (participant_id, version, document, changed_at, changed_by, summary)
                values (:p, :v, cast(:doc as jsonb), :at, :by, :summary)
                """).param("p", participantId).param("v", expectedVersion + 1).param("doc", document)
                .param("at", Timestamp.from(at)).param("by", by)
                .param("summary", summary.length() > 500 ? summary.substring(0, 497) + "…" : summary).update();
        return true;
    }

    public List<VersionInfo> history(UUID participantId) {
        return jdbc.sql("""
                select version, changed_at, changed_by, summary from recovery_plan_version
                where participant_id = :p order by version desc
                """).param("p", participantId)
                .query((rs, n) -> new VersionInfo(rs.getLong("version"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getObject("changed_by", UUID.class), rs.getString("summary")))
                .list();
    }

    /** The plan as it was at a version; version 0 is the empty plan before anything was written. */
    public Optional<PlanDocument> at(UUID participantId, long version) {
        if (version == 0) {
            return Optional.of(PlanDocument.empty());
        }
        return jdbc.sql("select document from recovery_plan_version where participant_id = :p and version = :v")
                .param("p", participantId).param("v", version).query(String.class).optional().map(this::read);
    }

    private PlanDocument read(String document) {
        return json.readValue(document, PlanDocument.class);
    }
}
