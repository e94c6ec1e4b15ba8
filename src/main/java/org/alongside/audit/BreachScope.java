package org.alongside.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What scoping a possible breach starts from: everyone a staff account (or a token of theirs)
 * opened in a period, read from the audit trail, the latest first, with how many times, when first
 * and last, and what was done. Counts the accesses that went through (reads, changes and disclosures
 * of one person's record; a list leaves one row about no one and is not here), and only people the
 * administrator may see: the same rule as the audit page.
 */
@Service
public class BreachScope {

    /** One person the account opened: how many times, first and last, and the actions. */
    public record Opened(
            UUID participantId, String name, int times, Instant first, Instant last, List<String> actions) {}

    private final JdbcClient jdbc;

    BreachScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Opened> openedBy(
            UUID actorId, LocalDate from, LocalDate to, AuditScope.PeopleRule people, ZoneId zone) {
        MapSqlParameterSource params = new MapSqlParameterSource(people.params())
                .addValue("actor", actorId)
                .addValue("from", from == null ? null : from.atStartOfDay(zone).toOffsetDateTime())
                .addValue(
                        "to",
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        return jdbc.sql("""
                select e.participant_id, p.preferred_name, count(*) as times, min(e.occurred_at) as first,
                       max(e.occurred_at) as last, array_agg(distinct e.action order by e.action) as actions
                from audit_event e join participant p on p.id = e.participant_id
                where e.actor_id = :actor and e.outcome = 'SUCCESS'
                  and (cast(:from as timestamptz) is null or e.occurred_at >= :from)
                  and (cast(:to as timestamptz) is null or e.occurred_at < :to) and %s
                group by e.participant_id, p.preferred_name
                order by max(e.occurred_at) desc, e.participant_id
                """.formatted(people.on("e.participant_id")))
                .paramSource(params)
                .query((rs, n) -> new Opened(
                        rs.getObject("participant_id", UUID.class),
                        rs.getString("preferred_name"),
                        rs.getInt("times"),
                        rs.getTimestamp("first").toInstant(),
                        rs.getTimestamp("last").toInstant(),
                        List.of((String[]) rs.getArray("actions").getArray())))
                .list();
    }
}
