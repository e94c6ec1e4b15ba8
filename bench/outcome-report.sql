-- The program outcome report as one hand-written SQL aggregate (bench/OutcomesLoad.java runs it
-- beside the report to compare): the same figures as the report's statements, for one program
-- whose administrator sees everyone in it, with SUPRT timing. Parameters: program, first day, last day.
with q as materialized (select ?::uuid as program, ?::date as f, ?::date as t, current_date as today),
served as materialized (
    select e.participant_id, min(e.started_on) as started_on,
           case when bool_or(e.ended_on is null) then null else max(e.ended_on) end as ended_on
    from measurement_episode e, q
    where e.program_id = q.program and e.started_on <= q.t and (e.ended_on is null or e.ended_on >= q.f)
    group by e.participant_id),
contacts as materialized (
    select c.participant_id, c.mode, c.minutes, c.activities
    from served s join contact_note c on c.participant_id = s.participant_id, q
    where c.status in ('SIGNED', 'PENDING_COSIGN') and c.contact_date between q.f and q.t),
scored as (
    select r.participant_id, r.instrument_id, r.completed_on, r.total,
           row_number() over (partition by r.participant_id, r.instrument_id order by r.completed_on, r.entered_at) as nth,
           row_number() over (partition by r.participant_id, r.instrument_id order by r.completed_on desc, r.entered_at desc) as back
    from served s join questionnaire_response r on r.participant_id = s.participant_id, q
    where r.total is not null and r.completed_on <= q.t),
pairs as (
    select b.instrument_id, b.total as baseline, l.total as latest, l.total - b.total as change
    from scored b join scored l on l.participant_id = b.participant_id and l.instrument_id = b.instrument_id, q
    where b.nth = 1 and l.back = 1 and l.completed_on >= q.f and l.completed_on > b.completed_on),
w as (
    select s.participant_id, (s.started_on - interval '6 months')::date as b_first, s.started_on - 1 as b_last,
           greatest(s.started_on, q.f) as d_first, least(coalesce(s.ended_on, q.t), q.t) as d_last
    from served s, q),
stays as (
    select e.participant_id, e.kind, e.detail, e.started_on,
           case when e.ended_on is null then q.t when e.ended_on = e.started_on then e.started_on else e.ended_on - 1 end as last_day
    from served s join life_event e on e.participant_id = s.participant_id, q),
ep as (
    select e.participant_id, e.started_on, e.ended_on from measurement_episode e, q
    where e.program_id = q.program and e.started_on <= q.t),
windows as (
    select participant_id, started_on as opens, started_on + 30 as closes from ep
    union all
    select participant_id, started_on + 150, started_on + 210 from ep where ended_on is null or started_on + 150 <= ended_on
    union all
    select participant_id, started_on + k * 365 - 30, started_on + k * 365 + 30 from ep cross join generate_series(1, 11) k, q
    where (ended_on is null or started_on + k * 365 - 30 <= ended_on) and started_on + k * 365 - 30 <= q.t
    union all
    select participant_id, ended_on, ended_on + 30 from ep where ended_on is not null)
select json_build_object(
    'served', (select json_build_array(count(*), count(*) filter (where started_on >= q.f), count(*) filter (where ended_on <= q.t)) from served),
    'modes', (select json_agg(m) from (select mode, count(*) as contacts, sum(minutes) as minutes, count(distinct participant_id) as people
                                      from contacts group by grouping sets ((mode), ())) m),
    'activities', (select json_agg(a) from (select act, count(*), sum(minutes), count(distinct participant_id)
                                            from contacts cross join jsonb_array_elements_text(activities) act group by act) a),
    'groups', (select json_build_array(count(distinct gs.id), count(ga.participant_id), count(distinct ga.participant_id))
               from group_session gs join recovery_group g on g.id = gs.group_id
               left join group_attendance ga on ga.session_id = gs.id
               where g.program_id = q.program and gs.session_date between q.f and q.t),
    'referrals', (select json_build_array(count(*), count(*) filter (where r.status = 'CONNECTED')) from referral r
                  where r.program_id = q.program and r.created_at >= q.f and r.created_at < q.t + 1),
    'changes', (select json_agg(c) from (
                  select p.instrument_id, count(*), avg(p.baseline), avg(p.latest), avg(p.change), stddev_samp(p.change),
                         count(*) filter (where abs(p.change) >= rule.points and p.change < 0) as improved,
                         count(*) filter (where abs(p.change) >= rule.points and p.change > 0) as deteriorated
                  from pairs p join (values ('phq-9', 6.0), ('gad-7', 4.0), ('audit-c', 2.0)) rule (id, points) on rule.id = p.instrument_id
                  group by p.instrument_id) c),
    'use', (select json_build_array(count(*), sum(b_last - b_first + 1), sum(d_last - d_first + 1),
                (select json_build_array(
                    count(*) filter (where kind = 'HOSPITAL_STAY' and started_on between w.b_first and w.b_last),
                    count(*) filter (where kind = 'HOSPITAL_STAY' and started_on between w.d_first and w.d_last),
                    sum(greatest(0, least(last_day, w.b_last) - greatest(started_on, w.b_first) + 1)) filter (where kind = 'HOSPITAL_STAY'),
                    sum(greatest(0, least(last_day, w.d_last) - greatest(started_on, w.d_first) + 1)) filter (where kind = 'HOSPITAL_STAY'),
                    count(*) filter (where kind = 'EMERGENCY_VISIT' and started_on between w.b_first and w.b_last),
                    count(*) filter (where kind = 'EMERGENCY_VISIT' and started_on between w.d_first and w.d_last),
                    count(*) filter (where kind = 'CRISIS' and started_on between w.b_first and w.b_last),
                    count(*) filter (where kind = 'CRISIS' and started_on between w.d_first and w.d_last),
                    sum(greatest(0, least(last_day, w.b_last) - greatest(started_on, w.b_first) + 1)) filter (where kind = 'JAIL'),
                    sum(greatest(0, least(last_day, w.d_last) - greatest(started_on, w.d_first) + 1)) filter (where kind = 'JAIL'))
                 from w join stays using (participant_id) where stays.started_on <= w.d_last)) from w),
    'circumstances', (select json_build_array(
                count(*) filter (where hb is not null and hl is not null), count(*) filter (where hb = 'STABLE' and hl is not null),
                count(*) filter (where hl = 'STABLE' and hb is not null), count(*) filter (where wb is not null and wl is not null),
                count(*) filter (where wb = 'EMPLOYED' and wl is not null), count(*) filter (where wl = 'EMPLOYED' and wb is not null))
            from (select
                (select detail from life_event x where x.participant_id = s.participant_id and x.kind = 'HOUSING' and x.started_on <= s.started_on + 30 order by x.started_on desc, x.entered_at desc limit 1) as hb,
                (select detail from life_event x where x.participant_id = s.participant_id and x.kind = 'HOUSING' and x.started_on <= q.t order by x.started_on desc, x.entered_at desc limit 1) as hl,
                (select detail from life_event x where x.participant_id = s.participant_id and x.kind = 'WORK_OR_STUDY' and x.started_on <= s.started_on + 30 order by x.started_on desc, x.entered_at desc limit 1) as wb,
                (select detail from life_event x where x.participant_id = s.participant_id and x.kind = 'WORK_OR_STUDY' and x.started_on <= q.t order by x.started_on desc, x.entered_at desc limit 1) as wl
                from served s) c),
    'followUp', (select json_build_array(count(*), count(*) filter (where exists (
                    select 1 from questionnaire_response r where r.participant_id = windows.participant_id and r.total is not null
                    and r.completed_on between windows.opens and windows.closes)))
                 from windows where closes between q.f and least(q.t, q.today)))
from q
