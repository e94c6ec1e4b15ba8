package org.alongside.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alongside.outcomes.ChangeRule;
import org.alongside.outcomes.Schedule;
import org.alongside.reporting.ProgramOutcomes.Circumstance;
import org.alongside.reporting.ProgramOutcomes.ServiceUse;
import org.alongside.reporting.ProgramOutcomes.Use;
import org.apache.commons.math3.distribution.TDistribution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outcome side of a report, read from the outcome tables: change per instrument from each
 * person's baseline (their first scored response) to their latest response in the range; service
 * use in the six months before enrolment against during services; housing and work at baseline
 * (the latest known by 30 days after enrolment) against the latest; measures done in their window.
 */
@Component
class OutcomeQueries {

    /** Days in a year, for person-years. */
    static final double YEAR = 365.25;

    /** The service-use measures, in the order the report prints them. */
    static final List<String> MEASURES =
            List.of("hospital_admissions", "hospital_days", "emergency_visits", "crisis_events", "jail_days");

    private final JdbcClient jdbc;

    OutcomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgramOutcomes.Change> changes(ReportSql q, List<ChangeRule> rules, Locale locale) {
        MapSqlParameterSource params = q.params();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            values.append(i == 0 ? "" : ", ")
                    .append("(:rule_id_%d, cast(:rule_points_%d as float8), :rule_lower_%d)".formatted(i, i, i));
            params.addValue("rule_id_" + i, rules.get(i).instrumentId())
                    .addValue("rule_points_" + i, rules.get(i).threshold())
                    .addValue("rule_lower_" + i, rules.get(i).lowerIsBetter());
        }
        Map<String, ChangeRule> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.instrumentId(), r));
        List<ProgramOutcomes.Change> changes = new ArrayList<>();
        jdbc.sql(q.served() + """
                , scored as (
                    select r.participant_id, r.instrument_id, r.completed_on, r.total,
                           row_number() over (partition by r.participant_id, r.instrument_id
                                              order by r.completed_on, r.entered_at) as nth,
                           row_number() over (partition by r.participant_id, r.instrument_id
                                              order by r.completed_on desc, r.entered_at desc) as back
                    from served s join questionnaire_response r on r.participant_id = s.participant_id
                    where r.total is not null and r.completed_on <= :to)
                , pairs as (
                    select b.instrument_id, b.total as baseline, l.total as latest, l.total - b.total as change
                    from scored b join scored l on l.participant_id = b.participant_id and l.instrument_id = b.instrument_id
                    where b.nth = 1 and l.back = 1 and l.completed_on >= :from and l.completed_on > b.completed_on)
                select p.instrument_id, count(*), avg(p.baseline), avg(p.latest), avg(p.change), stddev_samp(p.change),
                       count(*) filter (where abs(p.change) >= rule.points - 1e-9 and (p.change < 0) = rule.lower),
                       count(*) filter (where abs(p.change) >= rule.points - 1e-9 and (p.change < 0) <> rule.lower)
                from pairs p join (values %s) as rule (instrument_id, points, lower) on rule.instrument_id = p.instrument_id
                group by p.instrument_id order by p.instrument_id
                """.formatted(values)).paramSource(params).query(rs -> {
            ChangeRule rule = byId.get(rs.getString(1));
            int n = rs.getInt(2);
            double mean = rs.getDouble(5);
            Double sd = n > 1 ? rs.getDouble(6) : null;
            Double half = sd == null ? null : tQuantile(n - 1) * sd / Math.sqrt(n);
            boolean judged = rule.threshold() != null;
            int improved = judged ? rs.getInt(7) : 0;
            int deteriorated = judged ? rs.getInt(8) : 0;
            changes.add(new ProgramOutcomes.Change(
                    rule.instrumentId(),
                    rule.title(locale),
                    rule.loincTotal(),
                    n,
                    rs.getDouble(3),
                    rs.getDouble(4),
                    mean,
                    sd,
                    half == null ? null : mean - half,
                    half == null ? null : mean + half,
                    improved,
                    judged ? n - improved - deteriorated : 0,
                    deteriorated,
                    rule.method()));
        });
        return changes;
    }

    /** Student's t at 97.5% for these degrees of freedom: a 95% interval's half-width in standard errors. */
    static double tQuantile(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }

    ServiceUse use(ReportSql q) {
        return jdbc.sql(q.served() + """
                , w as (
                    select participant_id, (started_on - interval '6 months')::date as b_first, started_on - 1 as b_last,
                           greatest(started_on, :from) as d_first, least(coalesce(ended_on, :to), :to) as d_last
                    from served)
                select count(*), coalesce(sum(w.b_last - w.b_first + 1), 0), coalesce(sum(w.d_last - w.d_first + 1), 0),
                       coalesce(sum(u.admissions_b), 0), coalesce(sum(u.admissions_d), 0),
                       coalesce(sum(u.hospital_b), 0), coalesce(sum(u.hospital_d), 0),
                       coalesce(sum(u.emergency_b), 0), coalesce(sum(u.emergency_d), 0),
                       coalesce(sum(u.crisis_b), 0), coalesce(sum(u.crisis_d), 0),
                       coalesce(sum(u.jail_b), 0), coalesce(sum(u.jail_d), 0)
                from w left join lateral (
                    select count(*) filter (where e.kind = 'HOSPITAL_STAY' and e.started_on between w.b_first and w.b_last) as admissions_b,
                           count(*) filter (where e.kind = 'HOSPITAL_STAY' and e.started_on between w.d_first and w.d_last) as admissions_d,
                           sum(greatest(0, least(x.last_day, w.b_last) - greatest(e.started_on, w.b_first) + 1))
                               filter (where e.kind = 'HOSPITAL_STAY') as hospital_b,
                           sum(greatest(0, least(x.last_day, w.d_last) - greatest(e.started_on, w.d_first) + 1))
                               filter (where e.kind = 'HOSPITAL_STAY') as hospital_d,
                           count(*) filter (where e.kind = 'EMERGENCY_VISIT' and e.started_on between w.b_first and w.b_last) as emergency_b,
                           count(*) filter (where e.kind = 'EMERGENCY_VISIT' and e.started_on between w.d_first and w.d_last) as emergency_d,
                           count(*) filter (where e.kind = 'CRISIS' and e.started_on between w.b_first and w.b_last) as crisis_b,
                           count(*) filter (where e.kind = 'CRISIS' and e.started_on between w.d_first and w.d_last) as crisis_d,
                           sum(greatest(0, least(x.last_day, w.b_last) - greatest(e.started_on, w.b_first) + 1))
                               filter (where e.kind = 'JAIL') as jail_b,
                           sum(greatest(0, least(x.last_day, w.d_last) - greatest(e.started_on, w.d_first) + 1))
                               filter (where e.kind = 'JAIL') as jail_d
                    from life_event e
                    cross join lateral (select case when e.ended_on is null then :to
                                                    when e.ended_on = e.started_on then e.started_on
                                                    else e.ended_on - 1 end as last_day) x
                    where e.participant_id = w.participant_id and e.started_on <= w.d_last) u on true
                """)
                .paramSource(q.params())
                .query((rs, row) -> {
                    double yearsBefore = rs.getLong(2) / YEAR;
                    double yearsDuring = rs.getLong(3) / YEAR;
                    List<Use> measures = new ArrayList<>();
                    for (int i = 0; i < MEASURES.size(); i++) {
                        long before = rs.getLong(4 + 2 * i);
                        long during = rs.getLong(5 + 2 * i);
                        measures.add(new Use(
                                MEASURES.get(i),
                                before,
                                during,
                                yearsBefore == 0 ? 0 : before / yearsBefore,
                                yearsDuring == 0 ? 0 : during / yearsDuring));
                    }
                    return new ServiceUse(rs.getInt(1), yearsBefore, yearsDuring, measures);
                })
                .single();
    }

    /**
     * Stable housing and employment: at baseline (the latest known by 30 days after enrolment) and
     * latest (by the range's end), from one read of the people's housing and work events.
     */
    List<Circumstance> circumstances(ReportSql q) {
        Map<String, Circumstance> found = new LinkedHashMap<>();
        found.put("HOUSING", new Circumstance("stable_housing", 0, 0, 0));
        found.put("WORK_OR_STUDY", new Circumstance("employed", 0, 0, 0));
        jdbc.sql(q.served() + """
                , ev as materialized (
                    select e.participant_id, e.kind collate "C" as kind, e.detail, e.started_on, e.entered_at,
                           s.started_on as enrolled
                    from served s join life_event e on e.participant_id = s.participant_id
                    where e.kind in ('HOUSING', 'WORK_OR_STUDY') and e.started_on <= :to)
                , b as (select distinct on (participant_id, kind) participant_id, kind, detail from ev
                        where started_on <= enrolled + 30 order by participant_id, kind, started_on desc, entered_at desc)
                , l as (select distinct on (participant_id, kind) participant_id, kind, detail from ev
                        order by participant_id, kind, started_on desc, entered_at desc)
                select b.kind, count(*),
                       count(*) filter (where b.detail in ('STABLE', 'EMPLOYED')),
                       count(*) filter (where l.detail in ('STABLE', 'EMPLOYED'))
                from b join l on l.participant_id = b.participant_id and l.kind = b.kind
                group by b.kind
                """).paramSource(q.params()).query(rs -> {
            Circumstance known = found.get(rs.getString(1));
            found.put(rs.getString(1), new Circumstance(known.what(), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
        });
        return List.copyOf(found.values());
    }

    /**
     * Per program, the measure windows (by its schedule) that closed in the range, up to today, and
     * how many had a scored response inside them. Every episode counts, as the schedule does.
     */
    Map<UUID, int[]> followUps(ReportSql q, Map<UUID, Schedule> schedules) {
        MapSqlParameterSource params = q.params();
        StringBuilder values = new StringBuilder();
        int i = 0;
        for (Map.Entry<UUID, Schedule> entry : schedules.entrySet()) {
            Schedule s = entry.getValue();
            values.append(i == 0 ? "" : ", ")
                    .append("(cast(:sp_%d as uuid), %d, %d, %d, %d, %d)"
                            .formatted(
                                    i,
                                    s.baselineDays(),
                                    s.reassessmentDay(),
                                    s.annualEvery(),
                                    s.tolerance(),
                                    s.dischargeDays()));
            params.addValue("sp_" + i, entry.getKey());
            i++;
        }
        Map<UUID, int[]> rates = new LinkedHashMap<>();
        jdbc.sql("""
                with ep as (
                    select e.participant_id, e.program_id, e.started_on, e.ended_on, sc.bd, sc.rd, sc.ae, sc.tol, sc.dd
                    from measurement_episode e join participant p on p.id = e.participant_id
                    join (values %s) as sc (program_id, bd, rd, ae, tol, dd) on sc.program_id = e.program_id
                    where e.started_on <= :to and (e.ended_on is null or e.ended_on + sc.dd >= :from) and %s)
                , w as (
                    select participant_id, program_id, started_on as opens, started_on + bd as closes from ep
                    union all
                    select participant_id, program_id, started_on + rd - tol, started_on + rd + tol from ep
                    where ended_on is null or started_on + rd - tol <= ended_on
                    union all
                    select participant_id, program_id, started_on + k * ae - tol, started_on + k * ae + tol
                    from ep cross join generate_series(1, 11) as k
                    where (ended_on is null or started_on + k * ae - tol <= ended_on) and started_on + k * ae - tol <= :to
                    union all
                    select participant_id, program_id, ended_on, ended_on + dd from ep where ended_on is not null)
                , judged as (
                    select w.program_id, exists (select 1 from questionnaire_response r
                                                 where r.participant_id = w.participant_id and r.total is not null
                                                   and r.completed_on between w.opens and w.closes) as done
                    from w where w.closes between :from and :closed_by)
                select program_id, count(*), count(*) filter (where done) from judged group by program_id
                """.formatted(values, q.visible().on("p"))).paramSource(params).query(rs -> {
            rates.put(rs.getObject(1, UUID.class), new int[] {rs.getInt(2), rs.getInt(3)});
        });
        return rates;
    }
}
