-- Episodes of care for outcome measurement: each enrolment starts one (its baseline), a discharge
-- ends it (its discharge measure); a re-enrolment starts a new one with a new baseline. Filled
-- by listening to the participant module's ParticipantEnrolled and ParticipantDischarged events,
-- and for enrolments made before this table existed, from the enrolments themselves.
create table measurement_episode (
    participant_id uuid not null references participant (id),
    program_id     uuid not null,
    started_on     date not null,
    ended_on       date,
    primary key (participant_id, program_id, started_on)
);
insert into measurement_episode (participant_id, program_id, started_on, ended_on)
select e.participant, e.program_id, e.start_date, case when e.status = 'DISCHARGED' then coalesce(e.ended_on, e.start_date) end
from enrolment e
on conflict do nothing;
