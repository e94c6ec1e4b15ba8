-- Life events: service use and life circumstances, dated, as the worker recorded them with the
-- person (events before enrolment from what the person remembers). Never changed or deleted.
create table life_event (
    id             uuid        primary key,
    participant_id uuid        not null references participant (id),
    kind           text        not null,
    detail         text,
    started_on     date        not null,
    ended_on       date check (ended_on >= started_on),
    words          text,
    entered_by     uuid        not null references staff_member (id),
    entered_at     timestamptz not null
);
create index life_event_person on life_event (participant_id, started_on);
