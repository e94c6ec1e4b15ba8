package org.alongside.contact.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alongside.contact.Activity;
import org.alongside.contact.BillingUnitRule;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteView;
import org.alongside.contact.ContactNoteView.Addendum;
import org.alongside.contact.ContactNoteView.Status;
import org.alongside.contact.NoteContent;
import org.alongside.recoveryplan.WellnessDimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Contact notes in SQL. Updates name the version they read; a stale or signed note is not changed. */
@Component
public class ContactNoteStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ContactNoteStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insertDraft(UUID id, UUID participantId, UUID authorId, NoteContent c, Instant at) {
        jdbc.sql("""
                insert into contact_note (id, participant_id, author_id, status, contact_date, start_time, end_time,
                    minutes, mode, place, activities, dimensions, goal_ids, narrative, persons_words, next_steps,
                    follow_up_date, created_at, updated_at, version)
                values (:id, :p, :author, 'DRAFT', :date, :start, :end, :minutes, :mode, :place, cast(:activities as jsonb),
                    cast(:dimensions as jsonb), cast(:goals as jsonb), :narrative, :words, :next, :follow, :at, :at, 0)
                """).paramSource(content(c).addValue("id", id).addValue("p", participantId).addValue("author", authorId)
                .addValue("at", Timestamp.from(at))).update();
    }

    /** A note that is signed as it is written: a group contact made by signing a group session. */
    public void insertSigned(UUID id, UUID participantId, UUID authorId, NoteContent c, Instant at, String name,
            String credential, String code, int units, Status status, UUID groupSessionId) {
        jdbc.sql("""
                insert into contact_note (id, participant_id, author_id, status, contact_date, start_time, end_time,
                    minutes, mode, place, activities, dimensions, goal_ids, narrative, persons_words, next_steps,
                    follow_up_date, created_at, updated_at, version, signed_at, signed_name, signed_credential,
                    billing_code, units, group_session_id)
                values (:id, :p, :author, :status, :date, :start, :end, :minutes, :mode, :place, cast(:activities as jsonb),
                    cast(:dimensions as jsonb), cast(:goals as jsonb), :narrative, :words, :next, :follow, :at, :at, 0,
                    :at, :name, :credential, :code, :units, :session)
                """).paramSource(content(c).addValue("id", id).addValue("p", participantId).addValue("author", authorId)
                .addValue("at", Timestamp.from(at)).addValue("status", status.name()).addValue("name", name)
                .addValue("credential", credential).addValue("code", code).addValue("units", units)
                .addValue("session", groupSessionId)).update();
    }

    /** Returns false when the note moved on to another version (or was signed) meanwhile. */
    public boolean updateDraft(UUID id, NoteContent c, long expectedVersion, Instant at) {
        return jdbc.sql("""
                update contact_note set contact_date = :date, start_time = :start, end_time = :end, minutes = :minutes,
                    mode = :mode, place = :place, activities = cast(:activities as jsonb), dimensions = cast(:dimensions as jsonb),
                    goal_ids = cast(:goals as jsonb), narrative = :narrative, persons_words = :words, next_steps = :next,
                    follow_up_date = :follow, updated_at = :at, version = version + 1
                where id = :id and status in ('DRAFT', 'RETURNED') and version = :expected
                """).paramSource(content(c).addValue("id", id).addValue("expected", expectedVersion)
                .addValue("at", Timestamp.from(at))).update() == 1;
    }

    public boolean sign(UUID id, long expectedVersion, Instant at, String name, String credential, String code, int units,
            Status status) {
        return jdbc.sql("""
                update contact_note set status = :status, signed_at = :at, signed_name = :name,
                    signed_credential = :credential, billing_code = :code, units = :units, updated_at = :at,
                    version = version + 1
                where id = :id and status in ('DRAFT', 'RETURNED') and version = :expected
                """).param("id", id).param("expected", expectedVersion).param("at", Timestamp.from(at))
                .param("name", name).param("credential", credential).param("code", code).param("units", units)
                .param("status", status.name()).update() == 1;
    }

    public boolean cosign(UUID id, UUID by, String name, Instant at) {
        return jdbc.sql("""
                update contact_note set status = 'SIGNED', cosigned_by = :by, cosigned_name = :name, cosigned_at = :at,
                    updated_at = :at, version = version + 1
                where id = :id and status = 'PENDING_COSIGN'
                """).param("id", id).param("by", by).param("name", name).param("at", Timestamp.from(at)).update() == 1;
    }

    public boolean returnToAuthor(UUID id, UUID by, String comment, Instant at) {
        return jdbc.sql("""
                update contact_note set status = 'RETURNED', returned_by = :by, returned_comment = :comment,
                    returned_at = :at, updated_at = :at, version = version + 1
                where id = :id and status = 'PENDING_COSIGN'
                """).param("id", id).param("by", by).param("comment", comment).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /**
     * Notes waiting for this supervisor's co-sign: authored by workers they currently supervise,
     * about people they may see (the access rule is in the statement).
     */
    public List<ContactNoteView> waitingFor(org.alongside.shared.CurrentUser supervisor) {
        return jdbc.sql("""
                select n.* from contact_note n
                join participant p on p.id = n.participant_id
                join supervision_assignment sa on sa.worker_id = n.author_id and sa.supervisor_id = :viewer and sa.ended_at is null
                where n.status = 'PENDING_COSIGN' and """ + org.alongside.participant.ParticipantAccess.VISIBLE + """
                order by n.signed_at
                """).paramSource(org.alongside.participant.ParticipantAccess.bind(supervisor))
                .query((rs, n) -> view(rs, List.of())).list();
    }

    public void addAddendum(UUID noteId, UUID authorId, String authorName, String text, Instant at) {
        jdbc.sql("""
                insert into contact_note_addendum (id, note_id, author_id, author_name, text, created_at)
                values (:id, :note, :author, :name, :text, :at)
                """).param("id", UUID.randomUUID()).param("note", noteId).param("author", authorId)
                .param("name", authorName).param("text", text).param("at", Timestamp.from(at)).update();
    }

    /**
     * The payer rule for individual or group contacts. Rules are data that changes only with a
     * migration, so they are read once, not on every signature.
     */
    public BillingUnitRule rule(boolean group) {
        Map<Boolean, BillingUnitRule> loaded = rules;
        if (loaded == null) {
            Map<Boolean, BillingUnitRule> read = new java.util.HashMap<>();
            jdbc.sql("select for_groups, code, unit_minutes, threshold_minutes, daily_cap_units from payer_rule order by code desc")
                    .query(rs -> {
                        read.put(rs.getBoolean(1), new BillingUnitRule(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                    });
            loaded = Map.copyOf(read);
            rules = loaded;
        }
        return loaded.get(group);
    }

    private volatile Map<Boolean, BillingUnitRule> rules;

    /**
     * Takes the transaction-long (person, day) lock, then sums the units already billed under
     * {@code :code} that day: the lock comes first in the select list, so the sum sees every note
     * signed before it. Used by every path that counts units.
     */
    private static final String LOCKED_AND_BILLED = """
            pg_advisory_xact_lock(hashtextextended(cast(:p as text) || cast(:day as text), 7)) is null as locked,
                (select coalesce(sum(units), 0) from contact_note
                 where participant_id = :p and contact_date = :day and billing_code = :code and status = 'SIGNED') as billed
            """;

    /** What signing needs to know, read in one statement (see {@link #signing}). */
    public record Signing(boolean visible, String authorName, String credential, boolean requiresCosign, int billed) {
    }

    /**
     * Everything a signature needs, in one round trip: whether the author may see the person (the
     * access rule itself), the author's name, credential and co-sign rule, and the units already
     * billed for the person that day, read after taking the (person, day) lock of
     * {@link #unitsBilled}. Empty when the author's account does not exist.
     */
    public Optional<Signing> signing(org.alongside.shared.CurrentUser author, UUID participantId, LocalDate day,
            String code) {
        return jdbc.sql("""
                select exists (select 1 from participant p where p.id = :p and """ + org.alongside.participant.ParticipantAccess.VISIBLE + """
                    ) as visible, s.display_name, s.credential, s.requires_cosign, """ + LOCKED_AND_BILLED + """
                from staff_member s where s.id = :viewer
                """).paramSource(org.alongside.participant.ParticipantAccess.bind(author).addValue("p", participantId)
                .addValue("day", day).addValue("code", code))
                .query((rs, n) -> new Signing(rs.getBoolean("visible"), rs.getString("display_name"),
                        rs.getString("credential"), rs.getBoolean("requires_cosign"), rs.getInt("billed"))).optional();
    }

    /**
     * Units already billed under {@code code} for the person on that day. Takes a transaction-long
     * lock on (person, day) first, so two notes signed at once cannot both fit under the cap.
     */
    public int unitsBilled(UUID participantId, LocalDate day, String code) {
        return jdbc.sql("select " + LOCKED_AND_BILLED).param("p", participantId).param("day", day).param("code", code)
                .query((rs, n) -> rs.getInt("billed")).single();
    }

    public Optional<ContactNoteView> find(UUID participantId, UUID id) {
        return jdbc.sql("select * from contact_note where id = :id and participant_id = :p")
                .param("id", id).param("p", participantId).query((rs, n) -> view(rs, addenda(id))).optional();
    }

    /**
     * The person's latest notes, with the access rule in the same statement: empty when the viewer
     * may not see the person (or there is no such person), otherwise a list, perhaps an empty one.
     */
    public Optional<List<ContactNoteView>> list(org.alongside.shared.CurrentUser viewer, UUID participantId, int limit) {
        List<ContactNoteView> notes = new java.util.ArrayList<>();
        boolean[] visible = {false};
        jdbc.sql("""
                select n.* from participant p
                left join lateral (select * from contact_note c where c.participant_id = p.id
                    order by c.contact_date desc nulls first, c.created_at desc limit :limit) n on true
                where p.id = :p and """ + org.alongside.participant.ParticipantAccess.VISIBLE + """
                order by n.contact_date desc nulls first, n.created_at desc
                """).paramSource(org.alongside.participant.ParticipantAccess.bind(viewer).addValue("p", participantId)
                .addValue("limit", limit)).query(rs -> {
                    visible[0] = true;
                    if (rs.getObject("id") != null) {
                        notes.add(view(rs, List.of()));
                    }
                });
        return visible[0] ? Optional.of(notes) : Optional.empty();
    }

    private List<Addendum> addenda(UUID noteId) {
        return jdbc.sql("select id, author_name, text, created_at from contact_note_addendum where note_id = :n order by created_at")
                .param("n", noteId).query((rs, n) -> new Addendum(rs.getObject("id", UUID.class), rs.getString("author_name"),
                        rs.getString("text"), rs.getTimestamp("created_at").toInstant())).list();
    }

    private ContactNoteView view(ResultSet rs, List<Addendum> addenda) throws SQLException {
        String mode = rs.getString("mode");
        NoteContent content = new NoteContent(rs.getObject("contact_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                (Integer) rs.getObject("minutes"), mode == null ? null : ContactMode.valueOf(mode), rs.getString("place"),
                Set.copyOf(names(rs.getString("activities"), Activity::valueOf)),
                Set.copyOf(names(rs.getString("dimensions"), WellnessDimension::valueOf)),
                names(rs.getString("goal_ids"), UUID::fromString),
                rs.getString("narrative"), rs.getString("persons_words"), rs.getString("next_steps"),
                rs.getObject("follow_up_date", LocalDate.class));
        Timestamp signedAt = rs.getTimestamp("signed_at");
        return new ContactNoteView(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getObject("author_id", UUID.class), Status.valueOf(rs.getString("status")), content,
                (Integer) rs.getObject("minutes"), signedAt == null ? null : signedAt.toInstant(),
                rs.getString("signed_name"), rs.getString("signed_credential"), rs.getString("billing_code"),
                (Integer) rs.getObject("units"), addenda, rs.getLong("version"), cosign(rs), java.util.Map.of());
    }

    /**
     * Reads a JSON array of plain strings as this store writes it (enum names, UUIDs: no quotes or
     * commas inside), without a JSON parser: it is on the path of every note listed.
     */
    static <T> List<T> names(String jsonArray, java.util.function.Function<String, T> read) {
        String inner = jsonArray.substring(jsonArray.indexOf('[') + 1, jsonArray.lastIndexOf(']')).trim();
        if (inner.isEmpty()) {
            return List.of();
        }
        List<T> values = new java.util.ArrayList<>();
        for (String part : inner.split(",")) {
            String value = part.trim();
            values.add(read.apply(value.substring(1, value.length() - 1)));
        }
        return values;
    }

    private static ContactNoteView.Cosign cosign(ResultSet rs) throws SQLException {
        Timestamp cosignedAt = rs.getTimestamp("cosigned_at");
        Timestamp returnedAt = rs.getTimestamp("returned_at");
        if (cosignedAt == null && returnedAt == null) {
            return null;
        }
        return new ContactNoteView.Cosign(rs.getString("cosigned_name"), cosignedAt == null ? null : cosignedAt.toInstant(),
                rs.getString("returned_comment"), returnedAt == null ? null : returnedAt.toInstant());
    }

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource content(NoteContent c) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("date", c.contactDate()).addValue("start", c.startTime()).addValue("end", c.endTime())
                .addValue("minutes", c.minutes()).addValue("mode", c.mode() == null ? null : c.mode().name())
                .addValue("place", c.place()).addValue("activities", json.writeValueAsString(c.activities()))
                .addValue("dimensions", json.writeValueAsString(c.dimensions()))
                .addValue("goals", json.writeValueAsString(c.goalIds())).addValue("narrative", c.narrative())
                .addValue("words", c.personsWords()).addValue("next", c.nextSteps()).addValue("follow", c.followUpDate());
    }
}
