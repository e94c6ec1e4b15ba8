package org.alongside.participant;

import java.util.Map;
import org.alongside.shared.Viewer;

/**
 * One rule of who may see a person's record, written as SQL so single reads, lists, search and
 * counts all apply it in their own statement. The gate requires every policy to agree (AND): a
 * new rule (consent) is a new bean, and no caller changes.
 */
public interface AccessPolicy {

    /**
     * The rule for this viewer doing this {@code access} (what, why, and for a disclosure to whom):
     * a condition over the participant table written with {@code {p}} for its alias, and its
     * parameters, whose names must start with this policy's own prefix so they never meet another
     * policy's.
     */
    Condition condition(Viewer viewer, Access access);

    /** A SQL condition over {@code {p}} and the parameters it binds. */
    record Condition(String sql, Map<String, Object> params) {

        public Condition {
            params = Map.copyOf(params);
        }

        public static Condition of(String sql) {
            return new Condition(sql, Map.of());
        }
    }
}
