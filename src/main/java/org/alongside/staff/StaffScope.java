package org.alongside.staff;

import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far an administrator's reach goes: the programs they belong to, and the staff who share one
 * of those programs (or belong to no program yet, so they can be brought into one). There is no
 * organisation-wide administrator: crossing programs needs an administrator of each.
 */
@Component
class StaffScope {

    private final JdbcClient jdbc;

    StaffScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the administrator belongs to the program. */
    boolean administers(UUID adminId, UUID programId) {
        return jdbc.sql("select exists (select 1 from program_member where program_id = :p and staff_id = :a)")
                .param("p", programId)
                .param("a", adminId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The rule as SQL: the account in column {@code staffColumn} is the administrator's own, shares
     * one of their programs, or belongs to no program yet. Binds {@code :scope_admin}.
     */
    static String managedBy(String staffColumn) {
        return """
                (%1$s = :scope_admin
                 or exists (select 1 from program_member mine join program_member theirs on theirs.program_id = mine.program_id
                            where mine.staff_id = :scope_admin and theirs.staff_id = %1$s)
                 or not exists (select 1 from program_member where staff_id = %1$s))
                """.formatted(staffColumn);
    }

    /** Whether the administrator may manage this account: it shares a program with them, or has none. */
    boolean manages(UUID adminId, UUID staffId) {
        return jdbc.sql("select " + managedBy(":staff"))
                .param("scope_admin", adminId)
                .param("staff", staffId)
                .query(Boolean.class)
                .single();
    }

    /** Whether two accounts belong to a common program. */
    boolean shareAProgram(UUID one, UUID other) {
        return jdbc.sql("""
                select exists (select 1 from program_member a join program_member b on b.program_id = a.program_id
                               where a.staff_id = :one and b.staff_id = :other)
                """)
                .param("one", one)
                .param("other", other)
                .query(Boolean.class)
                .single();
    }

    /** Every account the administrator may manage, in one query (for lists). */
    Set<UUID> managed(UUID adminId) {
        return Set.copyOf(jdbc.sql("select m.id from staff_member m where " + managedBy("m.id"))
                .param("scope_admin", adminId)
                .query(UUID.class)
                .list());
    }
}
