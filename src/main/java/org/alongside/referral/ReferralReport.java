package org.alongside.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alongside.participant.RecordGate;
import org.alongside.participant.Visibility;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.staff.ProgramManagement;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a program's referrals came to over a date range (by the day each was made): how many per
 * need, the share connected, the median days from referral to connection, the commonest reasons
 * for not connecting, and the services with the lowest connected rate. The share connected is of
 * the referrals that ended (connected or not connected); open and cancelled ones are counted
 * apart. Counts only, for the people the viewer may see, through the gate's list rule, audited.
 */
@Service
public class ReferralReport {

    /** A service's rate is ranked only once this many of its referrals have ended. */
    public static final int RANKED_FROM = 5;

    private static final String IN_RANGE = """
            from referral r join participant p on p.id = r.participant_id
            left join lateral (select min(c.changed_at) as at from referral_status_change c
                               where c.referral_id = r.id and c.status = 'CONNECTED') connected on true
            where r.program_id = :program and r.created_at >= :from and r.created_at < :until and """;

    private final RecordGate gate;
    private final ProgramManagement programs;
    private final JdbcClient jdbc;

    ReferralReport(RecordGate gate, ProgramManagement programs, JdbcClient jdbc) {
        this.gate = gate;
        this.programs = programs;
        this.jdbc = jdbc;
    }

    /** Counts for one group of referrals (all of them, one need, one service). */
    public record Figures(
            String name, int made, int open, int connected, int notConnected, int cancelled, Double medianDays) {

        /** Connected ÷ ended, as a whole percentage; null when none ended. */
        public Integer shareConnected() {
            int ended = connected + notConnected;
            return ended == 0 ? null : Math.round(100f * connected / ended);
        }

        public int ended() {
            return connected + notConnected;
        }
    }

    public record Reason(NotConnectedReason reason, int count) {}

    public record Report(
            UUID programId,
            LocalDate from,
            LocalDate to,
            Figures all,
            List<Figures> byNeed,
            List<Reason> reasons,
            List<Figures> lowestServices) {}

    /**
     * Of {@code programIds}, the one whose referrals were made most recently (the report opens on
     * it rather than on an empty one); empty when none has a referral. Counts nothing about anyone.
     */
    public Optional<UUID> latestActive(java.util.Collection<UUID> programIds) {
        if (programIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select program_id from referral where program_id in (:ids)
                group by program_id order by max(created_at) desc limit 1
                """).param("ids", programIds).query(UUID.class).optional();
    }

    public Report of(Viewer viewer, UUID programId, LocalDate from, LocalDate to) {
        Map<String, String> errors = new HashMap<>();
        if (from == null) {
            errors.put("from", "Choose the first day");
        }
        if (to == null) {
            errors.put("to", "Choose the last day");
        }
        if (from != null
                && to != null
                && (to.isBefore(from) || from.plusYears(10).isBefore(to))) {
            errors.put("to", "The last day is on or after the first, within ten years");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (programId == null
                || !(viewer.staff().isAdmin() || viewer.staff().isSupervisor())
                || !programs.isMember(programId, viewer.staff().id())) {
            throw new NotFoundException("This program");
        }
        return gate.list(viewer, ReferralActions.REPORT, "program", programId, listing -> {
            Visibility visible = listing.visibility();
            MapSqlParameterSource params = visible.params()
                    .addValue("program", programId)
                    .addValue("from", from.atStartOfDay())
                    .addValue("until", to.plusDays(1).atStartOfDay())
                    .addValue("ranked", RANKED_FROM);
            String where = IN_RANGE + visible.on("p");
            List<Figures> byNeed = figures("r.need", where, "", params);
            Figures all = figures("'all'", where, "", params).stream()
                    .findFirst()
                    .orElse(new Figures("all", 0, 0, 0, 0, 0, null));
            List<Figures> lowest = figures(
                    "s.name",
                    where.replace(
                            "join participant p on p.id = r.participant_id",
                            "join participant p on p.id = r.participant_id join hsds_service s on s.id = r.service_id"),
                    """
                     having count(*) filter (where r.status in ('CONNECTED', 'NOT_CONNECTED')) >= :ranked
                     order by count(*) filter (where r.status = 'CONNECTED')::numeric
                              / count(*) filter (where r.status in ('CONNECTED', 'NOT_CONNECTED')), 2 limit 5""",
                    params);
            List<Reason> reasons = new ArrayList<>();
            jdbc.sql("select r.not_connected_reason, count(*) " + where
                            + " and r.status = 'NOT_CONNECTED' group by 1 order by 2 desc, 1")
                    .paramSource(params)
                    .query(rs -> {
                        reasons.add(new Reason(NotConnectedReason.valueOf(rs.getString(1)), rs.getInt(2)));
                    });
            listing.detail("from=" + from + " to=" + to + " referrals=" + all.made());
            return new Report(programId, from, to, all, byNeed, reasons, lowest);
        });
    }

    /** The figures grouped by {@code key} (an SQL expression), largest groups first unless {@code tail} orders them. */
    private List<Figures> figures(String key, String where, String tail, MapSqlParameterSource params) {
        return jdbc.sql("select " + key + " as name, count(*) as made,"
                        + " count(*) filter (where r.status in ('SUGGESTED', 'AGREED', 'IN_PROGRESS')) as open,"
                        + " count(*) filter (where r.status = 'CONNECTED') as connected,"
                        + " count(*) filter (where r.status = 'NOT_CONNECTED') as not_connected,"
                        + " count(*) filter (where r.status = 'CANCELLED') as cancelled,"
                        + " percentile_cont(0.5) within group (order by extract(epoch from connected.at - r.created_at) / 86400)"
                        + " filter (where r.status = 'CONNECTED') as median_days "
                        + where + " group by 1 " + (tail.isBlank() ? "order by 2 desc, 1" : tail))
                .paramSource(params)
                .query((rs, n) -> new Figures(
                        rs.getString("name"),
                        rs.getInt("made"),
                        rs.getInt("open"),
                        rs.getInt("connected"),
                        rs.getInt("not_connected"),
                        rs.getInt("cancelled"),
                        rs.getObject("median_days") == null ? null : rs.getDouble("median_days")))
                .list();
    }
}
