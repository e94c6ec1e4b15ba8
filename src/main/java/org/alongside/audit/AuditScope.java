package org.alongside.audit;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.alongside.shared.Viewer;

/**
 * Which rows about people a viewer may read in the audit trail, and the record that they read it.
 * The audit module knows no people: the record gate implements this, so an administrator of one
 * program never learns who acted on a person enrolled only in another, and every browse of the
 * trail is itself in the trail.
 */
public interface AuditScope {

    /**
     * Runs {@code work} with the rule for rows about people; {@code aboutPerson} is the person the
     * browse is filtered by, or null. A person the viewer may not see is browsed like one that does
     * not exist: the work finds nothing about them, and the refusal is recorded.
     */
    <T> T browse(Viewer.StaffMember viewer, UUID aboutPerson, Function<PeopleRule, T> work);

    /**
     * A condition over an audit row, written with {@code {participant}} for the row's person
     * column (true for rows about no one), and the parameters it binds.
     */
    record PeopleRule(String sql, Map<String, Object> params) {

        public PeopleRule {
            params = Map.copyOf(params);
        }

        public String on(String column) {
            return sql.replace("{participant}", column);
        }
    }
}
