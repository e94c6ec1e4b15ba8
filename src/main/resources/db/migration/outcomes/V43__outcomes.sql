-- Outcome measurement: the instrument packs administrators added (the shipped ones are read from
-- the application), and every questionnaire response with its pack's version, its answers as given
-- and what they scored. A response is never changed or deleted; a safety item answered above its
-- lowest value is flagged until a supervisor acknowledges it.
create table instrument_pack (
    id         text        not null,
    version    text        not null,
    document   text        not null,
    added_by   uuid        not null references staff_member (id),
    added_at   timestamptz not null,
    primary key (id, version)
);

create table questionnaire_response (
    id                 uuid        primary key,
    participant_id     uuid        not null references participant (id),
    instrument_id      text        not null,
    instrument_version text        not null,
    completed_on       date        not null,
    completed_by       text        not null check (completed_by in ('WITH_STAFF', 'BY_PERSON')),
    entered_by         uuid        not null references staff_member (id),
    entered_at         timestamptz not null,
    answers            jsonb       not null,
    total              integer,
    band_from          integer,
    missing            integer     not null,
    prorated           boolean     not null,
    safety             boolean     not null,
    safety_seen_by     uuid references staff_member (id),
    safety_seen_at     timestamptz
);
create index questionnaire_response_person on questionnaire_response (participant_id, instrument_id, completed_on);
create index questionnaire_response_safety on questionnaire_response (participant_id) where safety and safety_seen_at is null;
