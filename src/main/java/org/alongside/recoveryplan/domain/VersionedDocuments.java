package org.alongside.recoveryplan.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON document per person with a version, in table {@code <table>} with its append-only
 * history in {@code <table>_version}: a change names the version it read, and a version that
 * moved on in the meantime saves nothing and answers what the other save changed. Each save
 * appends the full document to the history. Both plans (recovery and crisis) are kept this way.
 */
public class VersionedDocuments<T> {

    /** What a kind of document knows about itself: what it is called, its empty state, its rules, its diff. */
    public interface Kind<T> {

        /** "This recovery plan": the subject of a refusal. */
        String what();

        T empty();

        /** Refuses a document that breaks the kind's rules (nothing is saved). */
        void check(T document, LocalDate today);

        /** What changed from one version to the next, each change a message key with its English sentence. */
        List<PlanDiff.Change> changes(T before, T after);
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String table;
    private final Class<T> type;
    private final Kind<T> kind;

    public VersionedDocuments(JdbcClient jdbc, JsonMapper json, String table, Class<T> type, Kind<T> kind) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.type = type;
        this.kind = kind;
    }

    /**
     * Applies {@code change} to the version the writer read and saves the result as the next
     * version, with {@code summary} in the history (or, when null, the sentences of what changed).
     * A stale version or a concurrent save is refused with what the other save changed.
     */
    public Stored<T> change(
            UUID participantId,
            long expectedVersion,
            UnaryOperator<T> change,
            String summary,
            UUID by,
            Instant at,
            LocalDate today) {
        Optional<Stored<T>> stored = find(participantId);
        long current = stored.map(Stored::version).orElse(0L);
        if (current != expectedVersion) {
            throw stale(participantId, expectedVersion, current);
        }
        T before = stored.map(Stored::document).orElse(kind.empty());
        T after = change.apply(before);
        kind.check(after, today);
        String history = summary;
        if (history == null) {
            List<String> changes = kind.changes(before, after).stream()
                    .map(PlanDiff.Change::english)
                    .toList();
            history = changes.isEmpty() ? "Saved without changes" : String.join("; ", changes);
        }
        if (!save(participantId, after, expectedVersion, by, at, history)) {
            throw stale(
                    participantId,
                    expectedVersion,
                    find(participantId).map(Stored::version).orElse(0L));
        }
        return new Stored<>(after, expectedVersion + 1, at, by);
    }

    private PlanChangedElsewhere stale(UUID participantId, long expected, long current) {
        List<PlanDiff.Change> changes = expected >= 0 && expected < current
                ? at(participantId, expected)
                        .flatMap(old -> at(participantId, current).map(now -> kind.changes(old, now)))
                        .orElse(List.of())
                : List.of();
        return new PlanChangedElsewhere(kind.what(), current, changes);
    }

    /** The document now, or the kind's empty document at version 0. */
    public Stored<T> current(UUID participantId) {
        return find(participantId).orElse(new Stored<>(kind.empty(), 0, null, null));
    }

    public record Stored<T>(T document, long version, Instant updatedAt, UUID updatedBy) {}

    /**
     * One saved version: when, by whom, the summary the history keeps (English, for the API), and
     * what changed from the version before it, for a page to say in the reader's language.
     */
    public record VersionInfo(
            long version, Instant changedAt, UUID changedBy, String summary, List<PlanDiff.Change> changes) {}

    public Optional<Stored<T>> find(UUID participantId) {
        return jdbc.sql("select document, version, updated_at, updated_by from " + table + " where participant_id = :p")
                .param("p", participantId)
                .query((rs, n) -> new Stored<>(
                        read(rs.getString("document")),
                        rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getObject("updated_by", UUID.class)))
                .optional();
    }

    /** Saves {@code document} as the version after {@code expectedVersion}; false if someone else saved first. */
    private boolean save(UUID participantId, T document, long expectedVersion, UUID by, Instant at, String summary) {
        String text = json.writeValueAsString(document);
        int saved = expectedVersion == 0
                ? jdbc.sql("insert into " + table + " (participant_id, document, version, updated_at, updated_by) "
                                + "values (:p, cast(:doc as jsonb), 1, :at, :by) on conflict do nothing")
                        .param("p", participantId)
                        .param("doc", text)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                : jdbc.sql(
                                "update " + table + " set document = cast(:doc as jsonb), version = version + 1, "
                                        + "updated_at = :at, updated_by = :by where participant_id = :p and version = :expected")
                        .param("p", participantId)
                        .param("doc", text)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("expected", expectedVersion)
                        .update();
        if (saved == 0) {
            return false;
        }
        jdbc.sql("insert into " + table
                        + "_version (participant_id, version, document, changed_at, changed_by, summary) "
                        + "values (:p, :v, cast(:doc as jsonb), :at, :by, :summary)")
                .param("p", participantId)
                .param("v", expectedVersion + 1)
                .param("doc", text)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("summary", summary.length() > 500 ? summary.substring(0, 497) + "…" : summary)
                .update();
        return true;
    }

    /** Every saved version, newest first, each with what changed from the one before it. */
    public List<VersionInfo> history(UUID participantId) {
        List<Row<T>> rows = jdbc.sql("select version, changed_at, changed_by, summary, document from " + table
                        + "_version where participant_id = :p order by version")
                .param("p", participantId)
                .query((rs, n) -> new Row<>(
                        rs.getLong("version"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getObject("changed_by", UUID.class),
                        rs.getString("summary"),
                        read(rs.getString("document"))))
                .list();
        List<VersionInfo> history = new ArrayList<>(rows.size());
        T before = kind.empty();
        for (Row<T> row : rows) {
            history.add(new VersionInfo(
                    row.version(),
                    row.changedAt(),
                    row.changedBy(),
                    row.summary(),
                    kind.changes(before, row.document())));
            before = row.document();
        }
        Collections.reverse(history);
        return history;
    }

    private record Row<D>(long version, Instant changedAt, UUID changedBy, String summary, D document) {}

    /** The document as it was at a version (version 0: before anything was written, empty). */
    public Optional<T> at(UUID participantId, long version) {
        if (version == 0) {
            return Optional.of(kind.empty());
        }
        return jdbc.sql("select document from " + table + "_version where participant_id = :p and version = :v")
                .param("p", participantId)
                .param("v", version)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    private T read(String document) {
        return json.readValue(document, type);
    }
}
