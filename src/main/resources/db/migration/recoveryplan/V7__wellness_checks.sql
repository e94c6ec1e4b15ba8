-- Wellness self-checks: the person rates each of the 8 dimensions 0-10, with optional notes.
-- Kept as taken: never changed or deleted.
create table wellness_check (
    id             uuid primary key,
    participant_id uuid        not null references participant (id),
    taken_on       date        not null,
    recorded_by    uuid        not null references staff_member (id),
    recorded_at    timestamptz not null default now()
);
create index wellness_check_participant on wellness_check (participant_id, taken_on);

create table wellness_check_rating (
    check_id  uuid         not null references wellness_check (id),
    dimension varchar(20)  not null,
    rating    smallint     not null check (rating between 0 and 10),
    strengths varchar(1000),
    wants     varchar(1000),
    barriers  varchar(1000),
    primary key (check_id, dimension)
);
