package org.alongside.groups.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alongside.groups.GroupType;
import org.alongside.groups.GroupView.Person;
import org.alongside.groups.GroupView.SessionSummary;
import org.alongside.groups.SessionView;
import org.alongside.groups.SessionView.Attendee;
import org.alongside.groups.domain.GroupSession.Attendance;
import org.alongside.participant.Visibility;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recovery groups in SQL. Every read of a group carries the group access rule in its WHERE clause. */
@Component
public class GroupStore {

    /**
     * Who sees a group: its facilitators, and administrators and supervisors who belong to its
     * program (their programs are given, read from the staff module). Everyone else gets the same
     * answer as for a group that does not exist.
     */
    private static String visible(StaffMember viewer, Collection<UUID> programs) {
        boolean runsPrograms = (viewer.isAdmin() || viewer.isSupervisor()) && !programs.isEmpty();
        return "(exists (select 1 from recovery_group_facilitator f where f.group_id = g.id and f.staff_id = :viewer)"
                + (runsPrograms ? " or g.program_id in (:programs))" : ")");
    }

    public record GroupRow(
            UUID id,
            UUID programId,
            String programName,
            String name,
            GroupType type,
            String schedule,
            int capacity,
            long version) {}

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertGroup(GroupRow g, Collection<UUID> facilitators, Instant at) {
        jdbc.sql("""
                insert into recovery_group (id, program_id, name, type, schedule, capacity, created_at, version)
                values (:id, :program, :name, :type, :schedule, :capacity, :at, 0)
                """)
                .param("id", g.id())
                .param("program", g.programId())
                .param("name", g.name())
                .param("type", g.type().name())
                .param("schedule", g.schedule())
                .param("capacity", g.capacity())
                .param("at", Timestamp.from(at))
                .update();
        for (UUID staffId : facilitators) {
            jdbc.sql("insert into recovery_group_facilitator (group_id, staff_id) values (:g, :s)")
                    .param("g", g.id())
                    .param("s", staffId)
                    .update();
        }
    }

    public Optional<GroupRow> find(StaffMember viewer, Collection<UUID> programs, UUID groupId) {
        return jdbc.sql(SELECT_GROUP + " where g.id = :id and " + visible(viewer, programs))
                .paramSource(bind(viewer, programs).addValue("id", groupId))
                .query(GroupStore::row)
                .optional();
    }

    public List<GroupRow> list(StaffMember viewer, Collection<UUID> programs) {
        return jdbc.sql(SELECT_GROUP + " where " + visible(viewer, programs) + " order by pr.name, g.name")
                .paramSource(bind(viewer, programs))
                .query(GroupStore::row)
                .list();
    }

    private static MapSqlParameterSource bind(StaffMember viewer, Collection<UUID> programs) {
        return new MapSqlParameterSource().addValue("viewer", viewer.id()).addValue("programs", programs);
    }

    private static final String SELECT_GROUP = """
            select g.id, g.program_id, pr.name as program_name, g.name, g.type, g.schedule, g.capacity, g.version
            from recovery_group g join program pr on pr.id = g.program_id
            """;

    private static GroupRow row(ResultSet rs, int n) throws SQLException {
        return new GroupRow(
                rs.getObject("id", UUID.class),
                rs.getObject("program_id", UUID.class),
                rs.getString("program_name"),
                rs.getString("name"),
                GroupType.valueOf(rs.getString("type")),
                rs.getString("schedule"),
                rs.getInt("capacity"),
                rs.getLong("version"));
    }

    public List<Person> facilitators(UUID groupId) {
        return jdbc.sql("""
                select s.id, s.display_name from recovery_group_facilitator f join staff_member s on s.id = f.staff_id
                where f.group_id = :g order by s.display_name
                """)
                .param("g", groupId)
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    /** The roster: the people the viewer may see by name, and how many others there are. */
    public record Roster(List<Person> people, int others) {}

    public Roster roster(UUID groupId, Visibility visible) {
        List<Person> people = new ArrayList<>();
        int[] others = {0};
        jdbc.sql("""
                select p.id, p.preferred_name, %s as visible
                from recovery_group_member m join participant p on p.id = m.participant_id
                where m.group_id = :g order by p.preferred_name
                """.formatted(visible.on("p")))
                .paramSource(visible.params().addValue("g", groupId))
                .query(rs -> {
                    if (rs.getBoolean("visible")) {
                        people.add(new Person(rs.getObject(1, UUID.class), rs.getString(2)));
                    } else {
                        others[0]++;
                    }
                });
        return new Roster(people, others[0]);
    }

    public List<SessionSummary> sessions(UUID groupId) {
        return jdbc.sql("""
                select s.id, s.session_date, s.start_time, s.topic, s.status,
                    (select count(*) from group_attendance a where a.session_id = s.id) as attendees
                from group_session s where s.group_id = :g order by s.session_date desc, s.start_time desc limit 100
                """)
                .param("g", groupId)
                .query((rs, n) -> new SessionSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("session_date", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class),
                        rs.getString("topic"),
                        "SIGNED".equals(rs.getString("status")),
                        rs.getInt("attendees")))
                .list();
    }

    /** People the viewer may see who are enrolled (active or paused) in the program: who may join or walk in. */
    public List<Person> candidates(Visibility visible, UUID programId) {
        return jdbc.sql("""
                select p.id, p.preferred_name from participant p
                where p.active and exists (select 1 from enrolment e where e.participant = p.id and e.program_id = :program
                    and e.status <> 'DISCHARGED') and """ + visible.on("p") + " order by p.preferred_name limit 500")
                .paramSource(visible.params().addValue("program", programId))
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    public boolean enrolledIn(UUID programId, UUID participantId) {
        return jdbc.sql("""
                select exists (select 1 from enrolment e join participant p on p.id = e.participant
                    where e.participant = :p and e.program_id = :program and e.status <> 'DISCHARGED' and p.active)
                """)
                .param("p", participantId)
                .param("program", programId)
                .query(Boolean.class)
                .single();
    }

    public boolean onRoster(UUID groupId, UUID participantId) {
        return jdbc.sql(
                        "select exists (select 1 from recovery_group_member where group_id = :g and participant_id = :p)")
                .param("g", groupId)
                .param("p", participantId)
                .query(Boolean.class)
                .single();
    }

    /** Returns false when the person was on the roster already. */
    public boolean addMember(UUID groupId, UUID participantId, UUID by, Instant at) {
        return jdbc.sql("""
                insert into recovery_group_member (group_id, participant_id, added_by, added_at) values (:g, :p, :by, :at)
                on conflict do nothing
                """)
                        .param("g", groupId)
                        .param("p", participantId)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Writes a session just opened. */
    public void insert(GroupSession session, Instant at) {
        jdbc.sql("""
                insert into group_session (id, group_id, session_date, start_time, end_time, topic, status, created_at, version)
                values (:id, :g, :date, :start, :end, :topic, 'OPEN', :at, 0)
                """)
                .param("id", session.id())
                .param("g", session.groupId())
                .param("date", session.date())
                .param("start", session.start())
                .param("end", session.end())
                .param("topic", session.topic())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The session as the viewer may see it: attendees they may see by name, and a count of the others. */
    public Optional<SessionView> session(UUID groupId, UUID sessionId, Visibility visible) {
        List<Attendee> named = new ArrayList<>();
        int[] others = {0};
        jdbc.sql("""
                select p.id, p.preferred_name, a.walk_in, %s as visible
                from group_attendance a join participant p on p.id = a.participant_id
                where a.session_id = :s order by p.preferred_name
                """.formatted(visible.on("p")))
                .paramSource(visible.params().addValue("s", sessionId))
                .query(rs -> {
                    if (rs.getBoolean("visible")) {
                        named.add(new Attendee(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)));
                    } else {
                        others[0]++;
                    }
                });
        return jdbc.sql("select * from group_session where id = :id and group_id = :g")
                .param("id", sessionId)
                .param("g", groupId)
                .query((rs, n) -> {
                    Timestamp signedAt = rs.getTimestamp("signed_at");
                    return new SessionView(
                            sessionId,
                            groupId,
                            rs.getObject("session_date", LocalDate.class),
                            rs.getObject("start_time", LocalTime.class),
                            rs.getObject("end_time", LocalTime.class),
                            rs.getString("topic"),
                            rs.getString("note"),
                            "SIGNED".equals(rs.getString("status")),
                            signedAt == null ? null : signedAt.toInstant(),
                            rs.getString("signed_name"),
                            rs.getString("signed_credential"),
                            List.copyOf(named),
                            others[0],
                            rs.getLong("version"));
                })
                .optional();
    }

    /** Who is marked present at a session of this group, by id only (no names are read). */
    public List<UUID> attendees(UUID groupId, UUID sessionId) {
        return jdbc.sql("""
                select a.participant_id from group_attendance a join group_session s on s.id = a.session_id
                where a.session_id = :s and s.group_id = :g
                """)
                .param("s", sessionId)
                .param("g", groupId)
                .query(UUID.class)
                .list();
    }

    /**
     * The session to change, locked until the transaction ends so that attendance and signing of
     * one session happen one at a time.
     */
    public Optional<GroupSession> load(UUID groupId, UUID sessionId) {
        jdbc.sql("select id from group_session where id = :s for update")
                .param("s", sessionId)
                .query()
                .listOfRows();
        List<Attendance> present = jdbc.sql("""
                select a.participant_id, a.walk_in from group_session s
                join group_attendance a on a.session_id = s.id
                where s.id = :s and s.group_id = :g order by a.recorded_at
                """)
                .param("s", sessionId)
                .param("g", groupId)
                .query((rs, n) -> new Attendance(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .list();
        return jdbc.sql("select * from group_session where id = :s and group_id = :g")
                .param("s", sessionId)
                .param("g", groupId)
                .query((rs, n) -> {
                    String by = rs.getString("signed_name");
                    Timestamp signedAt = rs.getTimestamp("signed_at");
                    return new GroupSession(
                            sessionId,
                            groupId,
                            rs.getObject("session_date", LocalDate.class),
                            rs.getObject("start_time", LocalTime.class),
                            rs.getObject("end_time", LocalTime.class),
                            rs.getString("topic"),
                            rs.getString("note"),
                            GroupSession.Status.valueOf(rs.getString("status")),
                            by == null
                                    ? null
                                    : new GroupSession.Signer(
                                            rs.getObject("signed_by", UUID.class),
                                            by,
                                            rs.getString("signed_credential")),
                            signedAt == null ? null : signedAt.toInstant(),
                            present,
                            rs.getLong("version"));
                })
                .optional();
    }

    /**
     * Saves what changed: attendance marked and un-marked (by {@code by}, at {@code at}), and the
     * note or signature under the version loaded. False (nothing of the session row written) when
     * someone saved the session meanwhile.
     */
    public boolean save(GroupSession session, UUID by, Instant at) {
        for (Attendance present : session.marked()) {
            jdbc.sql("""
                    insert into group_attendance (session_id, participant_id, walk_in, recorded_by, recorded_at)
                    values (:s, :p, :walkIn, :by, :at) on conflict do nothing
                    """)
                    .param("s", session.id())
                    .param("p", present.participantId())
                    .param("walkIn", present.walkIn())
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .update();
        }
        for (UUID absent : session.unmarked()) {
            jdbc.sql("delete from group_attendance where session_id = :s and participant_id = :p")
                    .param("s", session.id())
                    .param("p", absent)
                    .update();
        }
        if (session.changed()) {
            GroupSession.Signer signer = session.signer();
            boolean saved = jdbc.sql("""
                    update group_session set note = :note, status = :status, signed_at = :at, signed_by = :by,
                        signed_name = :name, signed_credential = :credential, version = version + 1
                    where id = :s and version = :v
                    """)
                            .param("s", session.id())
                            .param("v", session.version())
                            .param("note", session.note())
                            .param("status", session.status().name())
                            .param("at", session.signedAt() == null ? null : Timestamp.from(session.signedAt()))
                            .param("by", signer == null ? null : signer.staffId())
                            .param("name", signer == null ? null : signer.name())
                            .param("credential", signer == null ? null : signer.credential())
                            .update()
                    == 1;
            if (!saved) {
                return false;
            }
        }
        session.saved();
        return true;
    }
}
