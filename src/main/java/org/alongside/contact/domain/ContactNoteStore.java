package org.alongside.contact.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.alongside.contact.Activity;
import org.alongside.contact.BillingUnitRule;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteView;
import org.alongside.contact.ContactNoteView.Addendum;
import org.alongside.contact.NoteContent;
import org.alongside.contact.WaitingNote;
import org.alongside.contact.domain.ContactNote.Status;
import org.alongside.participant.Visibility;
import org.alongside.recoveryplan.WellnessDimension;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves {@link ContactNote}s. A save names the version it loaded, and a note saved by
 * someone else meanwhile is not overwritten; lists keep the access rule in their own statement.
 */
@Component
public class ContactNoteStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ContactNoteStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static final String COLUMNS = """
            id, participant_id, author_id, status, contact_date, start_time, end_time, minutes, mode, place, activities,
            dimensions, goal_ids, narrative, persons_words, next_steps, follow_up_date, created_at, updated_at, version,
            signed_at, signed_name, signed_credential, billing_code, units, group_session_id, cosigned_by, cosigned_name,
            cosigned_at, returned_by, returned_comment, returned_at
            """;

    /** Writes a new note as it stands (a draft, or a note signed as it was written): one INSERT. */
    public void insert(ContactNote note) {
        jdbc.sql("insert into contact_note (" + COLUMNS + """
                ) values (:id, :p, :author, :status, :date, :start, :end, :minutes, :mode, :place, cast(:activities as jsonb),
                    cast(:dimensions as jsonb), cast(:goals as jsonb), :narrative, :words, :next, :follow, :created, :updated,
                    0, :signedAt, :signedName, :credential, :code, :units, :session, :cosignedBy, :cosignedName,
                    :cosignedAt, :returnedBy, :comment, :returnedAt)
                """)
                .paramSource(columns(note))
                .update();
    }

    /**
     * Saves the note's new state if nobody saved it since it was loaded; false (and nothing
     * written) otherwise. The version is the only condition: what may change is the note's rule.
     */
    public boolean update(ContactNote note) {
        boolean saved = jdbc.sql("""
                update contact_note set status = :status, contact_date = :date, start_time = :start, end_time = :end,
                    minutes = :minutes, mode = :mode, place = :place, activities = cast(:activities as jsonb),
                    dimensions = cast(:dimensions as jsonb), goal_ids = cast(:goals as jsonb), narrative = :narrative,
                    persons_words = :words, next_steps = :next, follow_up_date = :follow, updated_at = :updated,
                    signed_at = :signedAt, signed_name = :signedName, signed_credential = :credential,
                    billing_code = :code, units = :units, cosigned_by = :cosignedBy, cosigned_name = :cosignedName,
                    cosigned_at = :cosignedAt, returned_by = :returnedBy, returned_comment = :comment,
                    returned_at = :returnedAt, version = version + 1
                where id = :id and version = :version
                """)
                        .paramSource(columns(note).addValue("version", note.version()))
                        .update()
                == 1;
        if (saved) {
            note.saved();
        }
        return saved;
    }

    /** The version a note has now (after a refused save, to tell the writer). */
    public long currentVersion(UUID noteId) {
        return jdbc.sql("select version from contact_note where id = :id")
                .param("id", noteId)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    /**
     * Notes waiting for a co-sign by any of these authors, about people the viewer may see (the
     * access rule is in the statement), oldest signature first.
     */
    public List<WaitingNote> waitingFrom(Visibility visible, Collection<UUID> authors) {
        if (authors.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select n.*, p.preferred_name as person_name from contact_note n join participant p on p.id = n.participant_id
                where n.status = 'PENDING_COSIGN' and n.author_id in (:authors) and """ + visible.on("p") + """
                order by n.signed_at
                """)
                .paramSource(visible.params().addValue("authors", authors))
                .query((rs, n) -> new WaitingNote(view(rs, List.of()), rs.getString("person_name")))
                .list();
    }

    public void addAddendum(ContactNote.Addendum addendum) {
        jdbc.sql("""
                insert into contact_note_addendum (id, note_id, author_id, author_name, text, created_at)
                values (:id, :note, :author, :name, :text, :at)
                """)
                .param("id", addendum.id())
                .param("note", addendum.noteId())
                .param("author", addendum.authorId())
                .param("name", addendum.authorName())
                .param("text", addendum.text())
                .param("at", Timestamp.from(addendum.createdAt()))
                .update();
    }

    /**
     * The payer rule for individual or group contacts. Rules are data that changes only with a
     * migration, so they are read once, not on every signature.
     */
    public BillingUnitRule rule(boolean group) {
        Map<Boolean, BillingUnitRule> loaded = rules;
        if (loaded == null) {
            Map<Boolean, BillingUnitRule> read = new HashMap<>();
            jdbc.sql(
                            "select for_groups, code, unit_minutes, threshold_minutes, daily_cap_units from payer_rule order by code desc")
                    .query(rs -> {
                        read.put(
                                rs.getBoolean(1),
                                new BillingUnitRule(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
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
    public record Signing(boolean visible, ContactNote.Signer signer, int billed) {}

    /**
     * Everything a signature needs, in one round trip: whether the author may see the person (the
     * access rule itself), the author's name, credential and co-sign rule, and the units already
     * billed for the person that day, read after taking the (person, day) lock of
     * {@link #unitsBilled}. Empty when the author's account does not exist.
     */
    public Optional<Signing> signing(
            Visibility visible, UUID authorId, UUID participantId, LocalDate day, String code) {
        return jdbc.sql("select exists (select 1 from participant p where p.id = :p and " + visible.on("p") + """
                    ) as visible, s.display_name, s.credential, s.requires_cosign, """
                        + LOCKED_AND_BILLED + """
                from staff_member s where s.id = :author
                """)
                .paramSource(visible.params()
                        .addValue("author", authorId)
                        .addValue("p", participantId)
                        .addValue("day", day)
                        .addValue("code", code))
                .query((rs, n) -> new Signing(
                        rs.getBoolean("visible"),
                        new ContactNote.Signer(
                                authorId,
                                rs.getString("display_name"),
                                rs.getString("credential"),
                                rs.getBoolean("requires_cosign")),
                        rs.getInt("billed")))
                .optional();
    }

    /**
     * Units already billed under {@code code} for the person on that day. Takes a transaction-long
     * lock on (person, day) first, so two notes signed at once cannot both fit under the cap.
     */
    public int unitsBilled(UUID participantId, LocalDate day, String code) {
        return jdbc.sql("select " + LOCKED_AND_BILLED)
                .param("p", participantId)
                .param("day", day)
                .param("code", code)
                .query((rs, n) -> rs.getInt("billed"))
                .single();
    }

    /** The note of this person with this id, to change it. */
    public Optional<ContactNote> load(UUID participantId, UUID id) {
        return jdbc.sql("select * from contact_note where id = :id and participant_id = :p")
                .param("id", id)
                .param("p", participantId)
                .query((rs, n) -> note(rs))
                .optional();
    }

    /** The note as shown, with its addenda. */
    public Optional<ContactNoteView> find(UUID participantId, UUID id) {
        return load(participantId, id).map(note -> ContactNoteView.of(note, addenda(id)));
    }

    /**
     * The person's latest notes, with the access rule in the same statement: empty when the viewer
     * may not see the person (or there is no such person), otherwise a list, perhaps an empty one.
     */
    public Optional<List<ContactNoteView>> list(Visibility visible, UUID participantId, int limit) {
        List<ContactNoteView> notes = new ArrayList<>();
        boolean[] seen = {false};
        jdbc.sql("""
                select n.* from participant p
                left join lateral (select * from contact_note c where c.participant_id = p.id and c.status <> 'DISCARDED'
                    order by c.contact_date desc nulls first, c.created_at desc limit :limit) n on true
                where p.id = :p and """ + visible.on("p") + """
                order by n.contact_date desc nulls first, n.created_at desc
                """)
                .paramSource(visible.params().addValue("p", participantId).addValue("limit", limit))
                .query(rs -> {
                    seen[0] = true;
                    if (rs.getObject("id") != null) {
                        notes.add(view(rs, List.of()));
                    }
                });
        return seen[0] ? Optional.of(notes) : Optional.empty();
    }

    private List<Addendum> addenda(UUID noteId) {
        return jdbc.sql(
                        "select id, author_name, text, created_at from contact_note_addendum where note_id = :n order by created_at")
                .param("n", noteId)
                .query((rs, n) -> new Addendum(
                        rs.getObject("id", UUID.class),
                        rs.getString("author_name"),
                        rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private ContactNoteView view(ResultSet rs, List<Addendum> addenda) throws SQLException {
        return ContactNoteView.of(note(rs), addenda);
    }

    private static ContactNote note(ResultSet rs) throws SQLException {
        String mode = rs.getString("mode");
        NoteContent content = new NoteContent(
                rs.getObject("contact_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                (Integer) rs.getObject("minutes"),
                mode == null ? null : ContactMode.valueOf(mode),
                rs.getString("place"),
                Set.copyOf(names(rs.getString("activities"), Activity::valueOf)),
                Set.copyOf(names(rs.getString("dimensions"), WellnessDimension::valueOf)),
                names(rs.getString("goal_ids"), UUID::fromString),
                rs.getString("narrative"),
                rs.getString("persons_words"),
                rs.getString("next_steps"),
                rs.getObject("follow_up_date", LocalDate.class));
        Instant signedAt = instant(rs, "signed_at");
        ContactNote.Signature signature = signedAt == null
                ? null
                : new ContactNote.Signature(
                        signedAt,
                        rs.getString("signed_name"),
                        rs.getString("signed_credential"),
                        rs.getString("billing_code"),
                        rs.getInt("units"));
        Instant cosignedAt = instant(rs, "cosigned_at");
        Instant returnedAt = instant(rs, "returned_at");
        ContactNote.Review review = cosignedAt == null && returnedAt == null
                ? null
                : new ContactNote.Review(
                        rs.getObject("cosigned_by", UUID.class),
                        rs.getString("cosigned_name"),
                        cosignedAt,
                        rs.getObject("returned_by", UUID.class),
                        rs.getString("returned_comment"),
                        returnedAt);
        return new ContactNote(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getObject("group_session_id", UUID.class),
                instant(rs, "created_at"),
                Status.valueOf(rs.getString("status")),
                content,
                signature,
                review,
                instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * Reads a JSON array of plain strings as this store writes it (enum names, UUIDs: no quotes or
     * commas inside), without a JSON parser: it is on the path of every note listed.
     */
    static <T> List<T> names(String jsonArray, Function<String, T> read) {
        String inner = jsonArray
                .substring(jsonArray.indexOf('[') + 1, jsonArray.lastIndexOf(']'))
                .trim();
        if (inner.isEmpty()) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (String part : inner.split(",")) {
            String value = part.trim();
            values.add(read.apply(value.substring(1, value.length() - 1)));
        }
        return values;
    }

    private MapSqlParameterSource columns(ContactNote note) {
        NoteContent c = note.content();
        ContactNote.Signature signed = note.signature();
        ContactNote.Review review = note.review();
        return new MapSqlParameterSource()
                .addValue("id", note.id())
                .addValue("p", note.participantId())
                .addValue("author", note.authorId())
                .addValue("status", note.status().name())
                .addValue("date", c.contactDate())
                .addValue("start", c.startTime())
                .addValue("end", c.endTime())
                .addValue("minutes", c.minutes())
                .addValue("mode", c.mode() == null ? null : c.mode().name())
                .addValue("place", c.place())
                .addValue("activities", json.writeValueAsString(c.activities()))
                .addValue("dimensions", json.writeValueAsString(c.dimensions()))
                .addValue("goals", json.writeValueAsString(c.goalIds()))
                .addValue("narrative", c.narrative())
                .addValue("words", c.personsWords())
                .addValue("next", c.nextSteps())
                .addValue("follow", c.followUpDate())
                .addValue("created", timestamp(note.createdAt()))
                .addValue("updated", timestamp(note.updatedAt()))
                .addValue("session", note.groupSessionId())
                .addValue("signedAt", signed == null ? null : timestamp(signed.at()))
                .addValue("signedName", signed == null ? null : signed.name())
                .addValue("credential", signed == null ? null : signed.credential())
                .addValue("code", signed == null ? null : signed.billingCode())
                .addValue("units", signed == null ? null : signed.units())
                .addValue("cosignedBy", review == null ? null : review.cosignedBy())
                .addValue("cosignedName", review == null ? null : review.cosignedName())
                .addValue("cosignedAt", review == null ? null : timestamp(review.cosignedAt()))
                .addValue("returnedBy", review == null ? null : review.returnedBy())
                .addValue("comment", review == null ? null : review.returnedComment())
                .addValue("returnedAt", review == null ? null : timestamp(review.returnedAt()));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
