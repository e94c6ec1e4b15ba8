package org.alongside.participant;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a list's work gets from the gate: the rule for its WHERE clause, and a place to say what was listed. */
public final class Listing {

    private final Visibility visibility;
    private final JdbcClient jdbc;
    final Map<UUID, Disclosure.Recipient> disclosed;
    String detail;

    Listing(Visibility visibility, JdbcClient jdbc, Map<UUID, Disclosure.Recipient> disclosed) {
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.disclosed = disclosed;
    }

    /** In a disclosing list: this person's part leaves the program, to this recipient. */
    public void disclosedTo(UUID participantId, Disclosure.Recipient recipient) {
        if (disclosed == null) {
            throw new IllegalStateException("Only a disclosing list accounts for what it sends");
        }
        disclosed.put(participantId, recipient);
    }

    /**
     * Lets PostgreSQL plan each statement of this read once per connection and reuse the plan,
     * for reads whose statements find their rows through indexes on ids whatever the values:
     * planning them again on each execution can cost more than running them. Until the read ends.
     */
    public void reusePlans() {
        jdbc.sql("select set_config('plan_cache_mode', 'force_generic_plan', true)")
                .query()
                .singleValue();
    }

    public Visibility visibility() {
        return visibility;
    }

    /** What the list's audit row says: the work's own words, or else how many results it gave. */
    String detailOf(Object result) {
        return detail != null ? detail : result instanceof Collection<?> c ? "results=" + c.size() : null;
    }

    /** Replaces the audit detail (by default the number of results). */
    public void detail(String text) {
        this.detail = text;
    }
}
