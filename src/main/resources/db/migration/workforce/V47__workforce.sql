-- The peer workforce: titles as data, staff profiles, renewal rule sets added by administrators,
-- proof files, credentials (a renewal or correction is a new row that replaces the old one, which
-- is kept) and trainings.
create table staff_title (
    code     varchar(40)  primary key,
    name_en  varchar(100) not null,
    name_es  varchar(100) not null,
    position int          not null,
    active   boolean      not null default true
);
insert into staff_title (code, name_en, name_es, position) values
    ('peer_specialist', 'Peer specialist', 'Especialista de pares', 10),
    ('recovery_coach', 'Recovery coach', 'Coach de recuperación', 20),
    ('peer_mentor', 'Peer mentor', 'Mentor de pares', 30),
    ('peer_advocate', 'Peer advocate', 'Defensor de pares', 40),
    ('peer_counselor', 'Peer counselor', 'Consejero de pares', 50),
    ('peer_educator', 'Peer educator', 'Educador de pares', 60),
    ('peer_group_leader', 'Peer support group leader', 'Líder de grupo de apoyo entre pares', 70),
    ('peer_wellness_coach', 'Peer wellness coach', 'Coach de bienestar entre pares', 80),
    ('recovery_support_specialist', 'Recovery support specialist', 'Especialista en apoyo a la recuperación', 90),
    ('peer_supervisor', 'Peer supervisor', 'Supervisor de pares', 100);

create table staff_profile (
    staff_id         uuid primary key references staff_member (id),
    title_code       varchar(40) references staff_title (code),
    employment       varchar(20)  not null check (employment in ('PAID', 'VOLUNTEER')),
    languages        jsonb        not null default '[]',
    hours_per_week   numeric(4, 1) check (hours_per_week between 0 and 80),
    lived_experience jsonb        not null default '[]',
    updated_at       timestamptz  not null,
    version          bigint       not null
);

create table renewal_rule_set (
    id         varchar(60) not null,
    version    int         not null,
    definition jsonb       not null,
    added_by   uuid        not null references staff_member (id),
    added_at   timestamptz not null,
    primary key (id, version)
);

create table workforce_file (
    id           uuid primary key,
    staff_id     uuid         not null references staff_member (id),
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    size_bytes   int          not null,
    content      bytea        not null,
    uploaded_by  uuid         not null references staff_member (id),
    uploaded_at  timestamptz  not null
);
create index workforce_file_staff on workforce_file (staff_id);

create table credential (
    id            uuid primary key,
    staff_id      uuid         not null references staff_member (id),
    rule_set_id   varchar(60),
    type_name     varchar(200) not null,
    issuing_body  varchar(200),
    number        varchar(100),
    certified_on  date         not null,
    issued_on     date         not null,
    expires_on    date,
    proof_id      uuid references workforce_file (id),
    replaces      uuid references credential (id),
    recorded_by   uuid         not null references staff_member (id),
    recorded_at   timestamptz  not null,
    check (expires_on is null or expires_on > issued_on),
    check (certified_on <= issued_on)
);
create unique index credential_replaced_once on credential (replaces) where replaces is not null;
create index credential_staff on credential (staff_id);

create table training (
    id                     uuid primary key,
    staff_id               uuid          not null references staff_member (id),
    taken_on               date          not null,
    title                  varchar(200)  not null,
    provider               varchar(200),
    approved_provider      boolean       not null,
    hours                  numeric(5, 2) not null check (hours > 0 and hours <= 24),
    category_hours         jsonb         not null default '{}',
    proof_id               uuid references workforce_file (id),
    source                 varchar(20)   not null check (source in ('TRAINING', 'SUPERVISION')),
    supervision_session_id uuid,
    recorded_by            uuid          not null references staff_member (id),
    recorded_at            timestamptz   not null
);
create index training_staff on training (staff_id, taken_on);

-- Nothing here is deleted: a credential is replaced by a new row, a proof stays with what it proves.
do $$
begin
    if current_user <> '${app_role}' then
        execute 'revoke delete, truncate on credential, training, workforce_file, renewal_rule_set from ${app_role}';
    end if;
end $$;
