package org.alongside.supervision.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Loads and saves supervision sessions with their attendees, actions and reflections. */
@Repository
public class SessionStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SESSION = """
            select s.*,
                   coalesce((select json_agg(a.staff_id order by a.staff_id) from supervision_attendee a
                             where a.session_id = s.id and a.role = 'SUPERVISOR'), '[]') as supervisors,
                   coalesce((select json_agg(a.staff_id order by a.staff_id) from supervision_attendee a
                             where a.session_id = s.id and a.role = 'SUPERVISEE'), '[]') as supervisees
            from supervision_session s
            """;

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Session s, UUID recordedBy, List<Session.AgreedAction> actions) {
        jdbc.sql("""
                insert into supervision_session (id, kind, held_on, minutes, format, peer_values, competencies,
                                                 strengths, growth_areas, recorded_by, recorded_at)
                values (:id, :kind, :on, :minutes, :format, cast(:values as jsonb), cast(:competencies as jsonb),
                        :strengths, :growth, :by, :at)
                """)
                .param("id", s.id())
                .param("kind", s.kind().name())
                .param("on", s.heldOn())
                .param("minutes", s.minutes())
                .param("format", s.format().name())
                .param("values", JSON.writeValueAsString(s.values()))
                .param("competencies", JSON.writeValueAsString(s.competencies()))
                .param("strengths", s.strengths())
                .param("growth", s.growthAreas())
                .param("by", recordedBy)
                .param("at", Timestamp.from(s.recordedAt()))
                .update();
        s.supervisors().forEach(id -> attendee(s.id(), id, "SUPERVISOR"));
        s.supervisees().forEach(id -> attendee(s.id(), id, "SUPERVISEE"));
        for (Session.AgreedAction a : actions) {
            jdbc.sql("""
                    insert into supervision_action (id, session_id, what, owner_id, due_on)
                    values (:id, :session, :what, :owner, :due)
                    """)
                    .param("id", a.id())
                    .param("session", s.id())
                    .param("what", a.what())
                    .param("owner", a.ownerId())
                    .param("due", a.dueOn())
                    .update();
        }
    }

    private void attendee(UUID session, UUID staff, String role) {
        jdbc.sql("insert into supervision_attendee (session_id, staff_id, role) values (:s, :staff, :role)")
                .param("s", session)
                .param("staff", staff)
                .param("role", role)
                .update();
    }

    public Optional<Session> find(UUID id) {
        return jdbc.sql(SESSION + " where s.id = :id")
                .param("id", id)
                .query(SessionStore::row)
                .optional();
    }

    /** The sessions a staff member was supervised in, newest first. */
    public List<Session> ofSupervisee(UUID staffId) {
        return jdbc.sql(SESSION + """
                 where exists (select 1 from supervision_attendee a where a.session_id = s.id
                                 and a.staff_id = :staff and a.role = 'SUPERVISEE')
                order by s.held_on desc, s.recorded_at desc
                """)
                .param("staff", staffId)
                .query(SessionStore::row)
                .list();
    }

    /** The day each of these staff members was last supervised, for those who ever were. */
    public java.util.Map<UUID, LocalDate> lastSupervised(Collection<UUID> staffIds) {
        java.util.Map<UUID, LocalDate> last = new java.util.HashMap<>();
        if (staffIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                select a.staff_id, max(s.held_on) from supervision_attendee a join supervision_session s on s.id = a.session_id
                where a.role = 'SUPERVISEE' and a.staff_id in (:staff) group by a.staff_id
                """).param("staff", staffIds).query(rs -> {
            last.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
        });
        return last;
    }

    /** The actions agreed in these sessions. */
    public List<Session.AgreedAction> actionsOf(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from supervision_action where session_id in (:ids) order by due_on nulls last, what")
                .param("ids", sessionIds)
                .query(SessionStore::action)
                .list();
    }

    /** Actions from these supervisees' sessions held before {@code heldOn} that were still open at {@code moment}. */
    public List<Session.AgreedAction> openBefore(
            Collection<UUID> supervisees, LocalDate heldOn, Instant moment, UUID except) {
        return jdbc.sql("""
                select x.* from supervision_action x join supervision_session s on s.id = x.session_id
                where s.id <> :except and (s.held_on < :on or (s.held_on = :on and s.recorded_at < :moment))
                  and (x.done_at is null or x.done_at >= :moment)
                  and exists (select 1 from supervision_attendee a where a.session_id = s.id and a.role = 'SUPERVISEE'
                                and a.staff_id in (:staff))
                order by x.due_on nulls last, x.what
                """)
                .param("except", except == null ? new UUID(0, 0) : except)
                .param("on", heldOn)
                .param("moment", Timestamp.from(moment))
                .param("staff", supervisees)
                .query(SessionStore::action)
                .list();
    }

    /** Marks open actions done in this session; answers how many were. */
    public int markDone(Collection<UUID> actionIds, UUID session, Instant at) {
        if (actionIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update supervision_action set done_at = :at, done_in = :session
                where id in (:ids) and done_at is null
                """)
                .param("at", Timestamp.from(at))
                .param("session", session)
                .param("ids", actionIds)
                .update();
    }

    public List<Session.Reflection> reflectionsOf(UUID sessionId) {
        return jdbc.sql("select * from supervision_reflection where session_id = :s order by written_at")
                .param("s", sessionId)
                .query((rs, n) -> new Session.Reflection(
                        rs.getObject("id", UUID.class),
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("staff_id", UUID.class),
                        rs.getString("words"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    public void reflect(Session.Reflection r) {
        jdbc.sql("""
                insert into supervision_reflection (id, session_id, staff_id, words, written_at)
                values (:id, :session, :staff, :words, :at)
                """)
                .param("id", r.id())
                .param("session", r.sessionId())
                .param("staff", r.staffId())
                .param("words", r.words())
                .param("at", Timestamp.from(r.writtenAt()))
                .update();
    }

    private static Session row(ResultSet rs, int n) throws SQLException {
        return new Session(
                rs.getObject("id", UUID.class),
                Session.Kind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class),
                rs.getInt("minutes"),
                Session.Format.valueOf(rs.getString("format")),
                ids(rs.getString("supervisors")),
                ids(rs.getString("supervisees")),
                names(rs.getString("peer_values")).stream()
                        .map(PeerValue::valueOf)
                        .toList(),
                names(rs.getString("competencies")).stream()
                        .map(Competency::valueOf)
                        .toList(),
                rs.getString("strengths"),
                rs.getString("growth_areas"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Session.AgreedAction action(ResultSet rs, int n) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new Session.AgreedAction(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("what"),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("due_on", LocalDate.class),
                done == null ? null : done.toInstant(),
                rs.getObject("done_in", UUID.class));
    }

    private static List<UUID> ids(String json) {
        return names(json).stream().map(UUID::fromString).toList();
    }

    private static List<String> names(String json) {
        List<String> values = new ArrayList<>();
        JSON.readTree(json).forEach(node -> values.add(node.asString()));
        return values;
    }
}
