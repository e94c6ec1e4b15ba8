-- The program a referral was made in (the person's enrolment at the time), for the program's
-- report; and each program's own number of days to the first follow-up.
alter table referral add column program_id uuid references program (id);
update referral r set program_id = (
    select e.program_id from enrolment e where e.participant = r.participant_id
    order by e.start_date desc limit 1);
create index referral_program on referral (program_id, created_at);

create table referral_program_setting (
    program_id uuid primary key references program (id),
    follow_up_days integer not null check (follow_up_days between 1 and 90),
    version bigint not null default 0
);
