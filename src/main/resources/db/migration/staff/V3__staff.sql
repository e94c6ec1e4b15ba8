create table program (
    id         uuid primary key,
    name       varchar(200) not null,
    setting    varchar(40)  not null,
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    version    bigint       not null
);
create unique index program_name on program (lower(name));

create table staff_member (
    id                   uuid primary key,
    email                varchar(254) not null,
    display_name         varchar(200) not null,
    password_hash        varchar(255) not null,
    password_must_change boolean      not null default false,
    credential           varchar(100),
    peer_experience      boolean      not null default false,
    active               boolean      not null default true,
    deactivated_reason   varchar(500),
    locked_until         timestamptz,
    created_at           timestamptz  not null default now(),
    version              bigint       not null
);

create unique index staff_member_email on staff_member (lower(email));

create table staff_role (
    staff_member uuid        not null references staff_member (id),
    role         varchar(20) not null,
    primary key (staff_member, role)
);

create table program_member (
    program_id uuid not null references program (id),
    staff_id   uuid not null references staff_member (id),
    added_at   timestamptz not null default now(),
    primary key (program_id, staff_id)
);
create index program_member_staff on program_member (staff_id);

create table supervision_assignment (
    id            uuid primary key,
    supervisor_id uuid        not null references staff_member (id),
    worker_id     uuid        not null references staff_member (id),
    is_primary    boolean     not null,
    started_at    timestamptz not null default now(),
    ended_at      timestamptz,
    check (supervisor_id <> worker_id)
);
create unique index supervision_current on supervision_assignment (supervisor_id, worker_id) where ended_at is null;
create unique index supervision_one_primary on supervision_assignment (worker_id) where ended_at is null and is_primary;
create index supervision_by_supervisor on supervision_assignment (supervisor_id) where ended_at is null;

create table sign_in_failure (
    staff_id  uuid        not null references staff_member (id),
    failed_at timestamptz not null default now()
);
create index sign_in_failure_recent on sign_in_failure (staff_id, failed_at);

create table api_token (
    id         uuid primary key,
    staff_id   uuid         not null references staff_member (id),
    token_hash bytea        not null unique,
    label      varchar(100) not null,
    created_at timestamptz  not null default now(),
    revoked_at timestamptz
);
create index api_token_staff on api_token (staff_id);
