-- Recovery groups of a program, their facilitators and roster, and their sessions with attendance.
create table recovery_group (
    id         uuid primary key,
    program_id uuid         not null references program (id),
    name       varchar(200) not null,
    type       varchar(30)  not null,
    schedule   varchar(300),
    capacity   int          not null check (capacity between 1 and 500),
    created_at timestamptz  not null,
    version    bigint       not null
);
create index recovery_group_program on recovery_group (program_id);

create table recovery_group_facilitator (
    group_id uuid not null references recovery_group (id),
    staff_id uuid not null references staff_member (id),
    primary key (group_id, staff_id)
);
create index recovery_group_facilitator_staff on recovery_group_facilitator (staff_id);

create table recovery_group_member (
    group_id       uuid        not null references recovery_group (id),
    participant_id uuid        not null references participant (id),
    added_by       uuid        not null references staff_member (id),
    added_at       timestamptz not null,
    primary key (group_id, participant_id)
);

-- A session is open while attendance is taken; signing locks it and writes one group contact per attendee.
create table group_session (
    id                uuid primary key,
    group_id          uuid         not null references recovery_group (id),
    session_date      date         not null,
    start_time        time         not null,
    end_time          time         not null check (end_time > start_time),
    topic             varchar(300) not null,
    note              text,
    status            varchar(10)  not null,
    signed_at         timestamptz,
    signed_by         uuid references staff_member (id),
    signed_name       varchar(200),
    signed_credential varchar(100),
    created_at        timestamptz  not null,
    version           bigint       not null
);
create index group_session_group on group_session (group_id, session_date desc);

create table group_attendance (
    session_id     uuid        not null references group_session (id),
    participant_id uuid        not null references participant (id),
    walk_in        boolean     not null,
    recorded_by    uuid        not null references staff_member (id),
    recorded_at    timestamptz not null,
    primary key (session_id, participant_id)
);

create function group_session_signed_is_final() returns trigger language plpgsql as $$
begin
    if old.status = 'SIGNED' then
        raise exception 'a signed group session does not change' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger group_session_signed_is_final before update or delete on group_session
    for each row execute function group_session_signed_is_final();

create function group_attendance_signed_is_final() returns trigger language plpgsql as $$
begin
    if exists (select 1 from group_session s where s.id = coalesce(new.session_id, old.session_id) and s.status = 'SIGNED') then
        raise exception 'attendance of a signed session does not change' using errcode = 'insufficient_privilege';
    end if;
    return coalesce(new, old);
end $$;
create trigger group_attendance_signed_is_final before insert or update or delete on group_attendance
    for each row execute function group_attendance_signed_is_final();
