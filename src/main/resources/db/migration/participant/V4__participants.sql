create extension if not exists pg_trgm;

create table participant (
    id                 uuid primary key,
    preferred_name     varchar(200) not null,
    legal_name         varchar(200),
    pronouns           varchar(60),
    date_of_birth      date,
    preferred_language varchar(60),
    address            varchar(500),
    primary_worker_id  uuid         not null references staff_member (id),
    active             boolean      not null default true,
    deactivated_reason varchar(500),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null
);
create index participant_worker on participant (primary_worker_id);
create index participant_name_trgm on participant using gin ((preferred_name || ' ' || coalesce(legal_name, '')) gin_trgm_ops);

create table contact_method (
    participant      uuid         not null references participant (id),
    participant_key  int          not null,
    kind             varchar(10)  not null,
    value            varchar(254) not null,
    preferred        boolean      not null default false,
    safe_to_leave_message boolean not null default false,
    primary key (participant, participant_key)
);

create table support_contact (
    participant     uuid         not null references participant (id),
    participant_key int          not null,
    name            varchar(200) not null,
    relationship    varchar(100),
    phone           varchar(40),
    primary key (participant, participant_key)
);

create table enrolment (
    participant      uuid         not null references participant (id),
    participant_key  int          not null,
    program_id       uuid         not null references program (id),
    referral_source  varchar(200),
    start_date       date         not null,
    status           varchar(20)  not null,
    discharge_reason varchar(500),
    ended_on         date,
    primary key (participant, participant_key)
);
create index enrolment_program on enrolment (program_id, participant);

create table caseload_assignment (
    participant     uuid        not null references participant (id),
    participant_key int         not null,
    worker_id       uuid        not null references staff_member (id),
    assigned_at     timestamptz not null,
    assigned_by     uuid,
    ended_at        timestamptz,
    reason          varchar(500),
    primary key (participant, participant_key)
);
