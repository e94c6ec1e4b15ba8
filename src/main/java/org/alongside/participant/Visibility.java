package org.alongside.participant;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which people a viewer may see, as one SQL condition for list queries: it writes its own
 * fragment over the participant table's alias and binds its own parameters, so no query outside
 * this module names the tables or parameters of the access rule.
 */
public final class Visibility {

    static final String ALIAS = "{p}";

    private final String condition;
    private final Map<String, Object> params;

    Visibility(String condition, Map<String, Object> params) {
        this.condition = condition;
        this.params = Map.copyOf(params);
    }

    /** Sees nobody: for a view of something new that cannot hold anyone yet (a session just opened). */
    public static Visibility nobody() {
        return new Visibility("false", Map.of());
    }

    /** Narrowed to the people whose primary peer worker is {@code workerId}: their caseload, as far as it is visible. */
    public Visibility caseloadOf(UUID workerId) {
        return narrowed("{p}.primary_worker_id = :visible_worker", "visible_worker", workerId);
    }

    /** Narrowed to the caseloads of the workers {@code supervisorId} supervises now, as far as they are visible. */
    public Visibility teamOf(UUID supervisorId) {
        return narrowed(
                "{p}.primary_worker_id in (select sa.worker_id from supervision_assignment sa"
                        + " where sa.supervisor_id = :visible_supervisor and sa.ended_at is null)",
                "visible_supervisor",
                supervisorId);
    }

    private Visibility narrowed(String extra, String name, Object value) {
        Map<String, Object> all = new HashMap<>(params);
        all.put(name, value);
        return new Visibility("(" + condition + ") and " + extra, all);
    }

    /** The condition over the participant table as {@code alias}, in parentheses. */
    public String on(String alias) {
        return "(" + condition.replace(ALIAS, alias) + ")";
    }

    /** Adds this condition's parameters to the query's own. */
    public MapSqlParameterSource bind(MapSqlParameterSource query) {
        params.forEach(query::addValue);
        return query;
    }

    /** A parameter source holding only this condition's parameters. */
    public MapSqlParameterSource params() {
        return bind(new MapSqlParameterSource());
    }
}
