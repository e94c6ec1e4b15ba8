package org.alongside.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.staff.domain.Program;
import org.alongside.staff.domain.Programs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programs and who works in them. Administrators only; every change is audited. */
@Service
public class ProgramManagement {

    private final Clock clock;

    private final Programs programs;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final StaffScope scope;

    ProgramManagement(Programs programs, JdbcClient jdbc, AuditLog audit, StaffScope scope, Clock clock) {
        this.clock = clock;
        this.programs = programs;
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
    }

    @Transactional
    public ProgramSummary create(Viewer.StaffMember actor, String name, ProgramSetting setting) {
        if (actor != null) {
            StaffManagement.requireAdmin(actor);
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Enter the program's name");
        }
        if (name.trim().length() > 200) {
            throw new InvalidInputException("name", "Use at most 200 characters");
        }
        if (setting == null) {
            throw new InvalidInputException("setting", "Choose the setting");
        }
        if (programs.nameInUse(name.trim())) {
            throw new InvalidInputException("name", "Another program already has this name");
        }
        Program program = programs.save(Program.create(name, setting, Instant.now(clock)));
        audit.record(
                AuditEvent.of(actor == null ? null : actor.id(), StaffActions.PROGRAM_CREATE, "program", program.id()));
        if (actor != null) {
            insertMember(actor, program.id(), actor.id());
        }
        return new ProgramSummary(program.id(), program.name(), program.setting(), true, actor == null ? 0 : 1);
    }

    /**
     * The programs the staff member belongs to: all an administrator administers. No one sees the
     * names or sizes of other programs (there is no organisation-wide administrator).
     */
    @Transactional(readOnly = true)
    public List<ProgramSummary> list(Viewer.StaffMember viewer) {
        return jdbc.sql("""
                select p.id, p.name, p.setting, p.active, (select count(*) from program_member m where m.program_id = p.id) as members
                from program p
                where exists (select 1 from program_member mine where mine.program_id = p.id and mine.staff_id = :me)
                order by lower(p.name)
                """)
                .param("me", viewer.id())
                .query((rs, n) -> new ProgramSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        ProgramSetting.valueOf(rs.getString("setting")),
                        rs.getBoolean("active"),
                        rs.getInt("members")))
                .list();
    }

    @Transactional
    /** Adds someone to a program; an administrator adds only to programs they belong to (else 404). */
    public void addMember(Viewer.StaffMember actor, UUID programId, UUID staffId) {
        if (actor != null) {
            StaffManagement.requireAdmin(actor);
            requireAdministers(actor, programId);
        }
        insertMember(actor, programId, staffId);
    }

    private void insertMember(Viewer.StaffMember actor, UUID programId, UUID staffId) {
        requireProgram(programId);
        requireStaff(staffId);
        int added = jdbc.sql("insert into program_member (program_id, staff_id) values (:p, :s) on conflict do nothing")
                .param("p", programId)
                .param("s", staffId)
                .update();
        if (added > 0) {
            audit.record(
                    AuditEvent.of(actor == null ? null : actor.id(), StaffActions.PROGRAM_MEMBER_ADD, "staff", staffId)
                            .withDetail("program=" + programId));
        }
    }

    @Transactional
    public void removeMember(Viewer.StaffMember actor, UUID programId, UUID staffId) {
        StaffManagement.requireAdmin(actor);
        requireAdministers(actor, programId);
        int removed = jdbc.sql("delete from program_member where program_id = :p and staff_id = :s")
                .param("p", programId)
                .param("s", staffId)
                .update();
        if (removed > 0) {
            audit.record(AuditEvent.of(actor.id(), StaffActions.PROGRAM_MEMBER_REMOVE, "staff", staffId)
                    .withDetail("program=" + programId));
        }
    }

    @Transactional(readOnly = true)
    public List<UUID> programsOf(UUID staffId) {
        return jdbc.sql("select program_id from program_member where staff_id = :s")
                .param("s", staffId)
                .query(UUID.class)
                .list();
    }

    /** Names of the given programs, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from program where id in (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list();
        }
        return names;
    }

    public boolean isMember(UUID programId, UUID staffId) {
        return jdbc.sql("select exists (select 1 from program_member where program_id = :p and staff_id = :s)")
                .param("p", programId)
                .param("s", staffId)
                .query(Boolean.class)
                .single();
    }

    public boolean exists(UUID programId) {
        return programs.existsById(programId);
    }

    private void requireProgram(UUID programId) {
        if (programId == null || !programs.existsById(programId)) {
            throw new NotFoundException("This program");
        }
    }

    private void requireStaff(UUID staffId) {
        if (staffId == null
                || !jdbc.sql("select exists (select 1 from staff_member where id = :id)")
                        .param("id", staffId)
                        .query(Boolean.class)
                        .single()) {
            throw new NotFoundException("This staff account");
        }
    }

    private void requireAdministers(Viewer.StaffMember actor, UUID programId) {
        if (programId == null || !scope.administers(actor.id(), programId)) {
            throw new NotFoundException("This program");
        }
    }
}
