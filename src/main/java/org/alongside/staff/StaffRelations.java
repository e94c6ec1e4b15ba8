package org.alongside.staff;

import java.util.List;
import java.util.UUID;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How one staff member stands to another, for the rules of the workforce and supervision modules:
 * the same person, their current supervisor, an administrator who manages them (they share a
 * program, or the account has none yet), or none of these. One query each.
 */
@Service
public class StaffRelations {

    public enum Relation {
        SELF,
        SUPERVISOR,
        ADMINISTRATOR,
        NONE
    }

    private final JdbcClient jdbc;

    StaffRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** NONE too when there is no such account, so a refusal looks like a missing record. */
    public Relation of(Viewer.StaffMember viewer, UUID staffId) {
        if (viewer == null || staffId == null) {
            return Relation.NONE;
        }
        return jdbc.sql("""
                select case when m.id = :scope_admin then 'SELF'
                            when exists (select 1 from supervision_assignment sa where sa.supervisor_id = :scope_admin
                                           and sa.worker_id = m.id and sa.ended_at is null) then 'SUPERVISOR'
                            when :admin and %s then 'ADMINISTRATOR'
                            else 'NONE' end
                from staff_member m where m.id = :staff
                """.formatted(StaffScope.managedBy("m.id")))
                .param("scope_admin", viewer.id())
                .param("admin", viewer.isAdmin())
                .param("staff", staffId)
                .query(String.class)
                .optional()
                .map(Relation::valueOf)
                .orElse(Relation.NONE);
    }

    /** Everyone the viewer reaches: themselves, their current supervisees, and as an administrator those they manage; active accounts only. */
    public List<UUID> reachedBy(Viewer.StaffMember viewer) {
        return jdbc.sql("""
                select m.id from staff_member m
                where m.active and (m.id = :scope_admin
                   or exists (select 1 from supervision_assignment sa where sa.supervisor_id = :scope_admin
                                and sa.worker_id = m.id and sa.ended_at is null)
                   or (:admin and %s))
                """.formatted(StaffScope.managedBy("m.id")))
                .param("scope_admin", viewer.id())
                .param("admin", viewer.isAdmin())
                .query(UUID.class)
                .list();
    }
}
