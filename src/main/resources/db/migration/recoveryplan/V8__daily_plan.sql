-- Wellness daily plan: habits the person chose, and their check-ins, one per habit per day.
create table habit (
    id                     uuid primary key,
    participant_id         uuid         not null references participant (id),
    area                   varchar(30)  not null,
    description            varchar(500) not null,
    frequency              varchar(10)  not null,
    why_it_matters         varchar(1000),
    supporter_name         varchar(200),
    supporter_relationship varchar(100),
    active                 boolean      not null default true,
    created_at             timestamptz  not null default now(),
    created_by             uuid         not null references staff_member (id)
);
create index habit_participant on habit (participant_id);

create table habit_check_in (
    habit_id    uuid        not null references habit (id),
    day         date        not null,
    result      varchar(12) not null,
    note        varchar(500),
    recorded_by uuid        not null references staff_member (id),
    recorded_at timestamptz not null default now(),
    primary key (habit_id, day)
);
