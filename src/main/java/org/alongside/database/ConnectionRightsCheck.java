package org.alongside.database;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to run when the application's own connection could rewrite history: a superuser, the
 * owner of the tables (who can disable their triggers), or a role that may update or delete audit
 * records or create objects. An SQL injection then gains no power over the audit trail.
 */
@Component
class ConnectionRightsCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConnectionRightsCheck.class);

    private final JdbcClient jdbc;
    private final boolean allowPrivileged;

    ConnectionRightsCheck(
            JdbcClient jdbc, @Value("${alongside.db.allow-privileged-connection:false}") boolean allowPrivileged) {
        this.jdbc = jdbc;
        this.allowPrivileged = allowPrivileged;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> problems = problems();
        if (problems.isEmpty()) {
            return;
        }
        String message = "The application connects to PostgreSQL with too many rights (" + String.join("; ", problems)
                + "). Connect as a role that may only read and write data, and run migrations as the owner"
                + " (spring.flyway.user / spring.flyway.password): see the README's deployment section.";
        if (allowPrivileged) {
            log.warn("{} Continuing because alongside.db.allow-privileged-connection=true.", message);
            return;
        }
        throw new IllegalStateException(message);
    }

    List<String> problems() {
        return jdbc.sql("""
                select r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
                       has_schema_privilege(current_schema(), 'CREATE') as create_in_schema,
                       has_table_privilege('audit_event', 'UPDATE') or has_table_privilege('audit_event', 'DELETE')
                           or has_table_privilege('audit_event', 'TRUNCATE') or has_table_privilege('audit_seal', 'UPDATE')
                           or has_table_privilege('audit_seal', 'DELETE') or has_table_privilege('audit_seal', 'TRUNCATE')
                           as change_audit,
                       has_table_privilege('audit_event', 'TRIGGER') as audit_triggers,
                       exists (select 1 from pg_class c where c.relowner = r.oid
                               and c.relnamespace = current_schema()::regnamespace) as owns_tables
                from pg_roles r where r.rolname = current_user
                """)
                .query((rs, n) -> {
                    List<String> found = new ArrayList<>();
                    flag(found, rs.getBoolean("rolsuper"), "superuser");
                    flag(found, rs.getBoolean("rolcreaterole"), "may create roles");
                    flag(found, rs.getBoolean("rolcreatedb"), "may create databases");
                    flag(found, rs.getBoolean("rolbypassrls"), "bypasses row security");
                    flag(found, rs.getBoolean("create_in_schema"), "may create tables");
                    flag(found, rs.getBoolean("change_audit"), "may change or delete audit records");
                    flag(found, rs.getBoolean("audit_triggers"), "may create triggers on the audit trail");
                    flag(found, rs.getBoolean("owns_tables"), "owns tables, so may disable their triggers");
                    return found;
                })
                .single();
    }

    private static void flag(List<String> found, boolean condition, String problem) {
        if (condition) {
            found.add(problem);
        }
    }
}
