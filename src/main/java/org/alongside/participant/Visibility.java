package org.alongside.participant;

import java.util.Map;
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
