package org.alongside.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alongside.shared.Role;
import org.alongside.staff.domain.StaffMember;
import org.alongside.staff.domain.StaffMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of staff for other modules (names, roles, who works in which program). */
@Service
public class StaffDirectory {

    private final StaffMembers staff;
    private final JdbcClient jdbc;

    StaffDirectory(StaffMembers staff, JdbcClient jdbc) {
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<StaffSummary> find(UUID id) {
        return id == null ? Optional.empty() : staff.findById(id).map(StaffMember::toSummary);
    }

    /** How a staff member signs a note: their name and credential now, and whether a supervisor co-signs. */
    public record Signature(String displayName, String credential, boolean requiresCosign) {}

    /** One row, for the signing path: no roles or programs loaded. */
    public Optional<Signature> signature(UUID id) {
        return jdbc.sql("select display_name, credential, requires_cosign from staff_member where id = :id")
                .param("id", id)
                .query((rs, n) -> new Signature(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional();
    }

    /**
     * Whether {@code enrollerId} works in the (active) program, and whether {@code workerId} is an
     * active peer worker of it: the two checks of enrolling someone, in one query.
     */
    public record EnrolmentParties(boolean enrollerInProgram, boolean workerAvailable) {}

    @Transactional(readOnly = true)
    public EnrolmentParties enrolmentParties(UUID programId, UUID enrollerId, UUID workerId) {
        return jdbc.sql("""
                select exists (select 1 from program p join program_member m on m.program_id = p.id
                               where p.id = :program and p.active and m.staff_id = :enroller) as enroller_ok,
                       exists (select 1 from staff_member s
                               join staff_role r on r.staff_member = s.id and r.role = :role
                               join program_member m on m.staff_id = s.id and m.program_id = :program
                               where s.id = :worker and s.active) as worker_ok
                """)
                .param("program", programId)
                .param("enroller", enrollerId)
                .param("worker", workerId)
                .param("role", Role.PEER_WORKER.name())
                .query((rs, n) -> new EnrolmentParties(rs.getBoolean("enroller_ok"), rs.getBoolean("worker_ok")))
                .single();
    }

    /** Display names of the given staff members, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, display_name from staff_member where id in (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list();
        }
        return names;
    }

    /** Active peer workers in the given programs, for choosing a primary worker. */
    @Transactional(readOnly = true)
    public List<StaffSummary> peerWorkersIn(List<UUID> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("""
                select distinct m.id, lower(m.display_name) from staff_member m
                join staff_role r on r.staff_member = m.id and r.role = :role
                join program_member pm on pm.staff_id = m.id
                where m.active and pm.program_id in (:programs)
                order by lower(m.display_name)
                """)
                .param("role", Role.PEER_WORKER.name())
                .param("programs", programIds)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        List<StaffSummary> result = new ArrayList<>();
        staff.findAllById(ids).forEach(m -> result.add(m.toSummary()));
        result.sort(Comparator.comparing(StaffSummary::displayName, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /**
     * How many active staff of the administrator's programs are locked out of signing in now (from
     * some address): their email's SHA-256 has a lock that has not run out. Names no one.
     */
    public int lockedAccounts(UUID adminId, java.time.Instant now) {
        return jdbc.sql("""
                select count(distinct s.id) from staff_member s
                join program_member pm on pm.staff_id = s.id
                where s.active and pm.program_id in (select program_id from program_member where staff_id = :admin)
                  and exists (select 1 from sign_in_lock l
                              where l.email_hash = sha256(convert_to(lower(trim(s.email)), 'UTF8')) and l.locked_until > :now)
                """)
                .param("admin", adminId)
                .param("now", java.sql.Timestamp.from(now))
                .query(Integer.class)
                .single();
    }
}
