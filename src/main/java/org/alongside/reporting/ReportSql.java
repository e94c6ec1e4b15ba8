package org.alongside.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.Visibility;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What every statement of an outcome report shares: the people served (those the viewer may see
 * with an episode in the programs that overlaps the range, taken from their first such episode's
 * start to the end of their last, open when one is), written once into a temporary table for the
 * report's transaction, and the parameters that bind it.
 */
record ReportSql(List<UUID> programs, LocalDate from, LocalDate to, LocalDate today, Visibility visible) {

    /** The work memory a report's sorts and hashes may use, in its own transaction only. */
    static final String WORK_MEM = "64MB";

    /**
     * Writes the people served into a temporary table that lives until the report's transaction
     * ends, so the access rule and the episodes are read once, not once per statement.
     */
    String prepare() {
        return """
                create temporary table report_served on commit drop as
                select e.participant_id, min(e.started_on) as started_on,
                       case when bool_or(e.ended_on is null) then null else max(e.ended_on) end as ended_on
                from measurement_episode e join participant p on p.id = e.participant_id
                where e.program_id in (:programs) and e.started_on <= :to
                  and (e.ended_on is null or e.ended_on >= :from) and %s
                group by e.participant_id
                """.formatted(visible.on("p"));
    }

    /** A {@code with} clause naming {@code served (participant_id, started_on, ended_on)}; further clauses follow a comma. */
    String served() {
        return "with served as (select participant_id, started_on, ended_on from report_served)\n";
    }

    MapSqlParameterSource params() {
        return visible.params()
                .addValue("programs", programs)
                .addValue("from", from)
                .addValue("to", to)
                .addValue("from_at", from.atStartOfDay())
                .addValue("until_at", to.plusDays(1).atStartOfDay())
                .addValue("closed_by", today.isBefore(to) ? today : to);
    }
}
