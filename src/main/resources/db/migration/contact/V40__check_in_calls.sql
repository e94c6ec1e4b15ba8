-- Telephone recovery support: the check-in calls a person opted into (a weekday, a time window,
-- how often), and every call made, reached or not. A reached call is also a signed contact note.
create table check_in_plan (
    participant_id  uuid        primary key references participant (id),
    weekday         smallint    not null check (weekday between 1 and 7),
    window_start    time        not null,
    window_end      time        not null check (window_end > window_start),
    every_weeks     smallint    not null check (every_weeks between 1 and 4),
    starts_on       date        not null,
    active          boolean     not null,
    stopped_because text,
    updated_by      uuid        not null references staff_member (id),
    updated_at      timestamptz not null,
    version         bigint      not null
);
create index check_in_plan_weekday on check_in_plan (weekday) where active;

create table check_in_call (
    id             uuid        primary key,
    participant_id uuid        not null references participant (id),
    called_by      uuid        not null references staff_member (id),
    called_at      timestamptz not null,
    call_date      date        not null,
    outcome        text        not null,
    words          text,
    follow_up      date,
    note_id        uuid references contact_note (id)
);
create index check_in_call_person on check_in_call (participant_id, called_at desc);
