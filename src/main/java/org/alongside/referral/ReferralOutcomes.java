package org.alongside.referral;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.ServiceOutcomes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's view of what referrals came to, counted over every program: a referral has ended
 * when it is connected or not connected (a cancelled one never started); it helped when the person
 * said yes. Counts only, never who: one statement for a page of results.
 */
@Component
class ReferralOutcomes implements ServiceOutcomes {

    private final JdbcClient jdbc;

    ReferralOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Outcome> of(Collection<UUID> serviceIds) {
        Map<UUID, Outcome> outcomes = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return outcomes;
        }
        jdbc.sql("""
                        select service_id,
                               count(*) filter (where status in ('CONNECTED', 'NOT_CONNECTED')) as ended,
                               count(*) filter (where status = 'CONNECTED') as connected,
                               count(*) filter (where helped is not null) as rated,
                               count(*) filter (where helped = 'YES') as helped
                          from referral where service_id in (:ids) group by service_id
                        """).param("ids", serviceIds).query(rs -> {
            outcomes.put(
                    rs.getObject("service_id", UUID.class),
                    new Outcome(rs.getInt("ended"), rs.getInt("connected"), rs.getInt("rated"), rs.getInt("helped")));
        });
        return outcomes;
    }
}
