-- Supervision sessions: who was in them, what was talked about (the values and competencies, which
-- administrators may see), and what was said (strengths, growth areas, agreed actions, each
-- supervisee's own reflection), which only the people in the session read.
create table supervision_session (
    id           uuid primary key,
    kind         varchar(20)  not null check (kind in ('INDIVIDUAL', 'GROUP')),
    held_on      date         not null,
    minutes      int          not null check (minutes between 5 and 480),
    format       varchar(20)  not null check (format in ('IN_PERSON', 'VIDEO', 'PHONE')),
    peer_values  jsonb        not null default '[]',
    competencies jsonb        not null default '[]',
    strengths    text,
    growth_areas text,
    recorded_by  uuid         not null references staff_member (id),
    recorded_at  timestamptz  not null
);

create table supervision_attendee (
    session_id uuid        not null references supervision_session (id),
    staff_id   uuid        not null references staff_member (id),
    role       varchar(20) not null check (role in ('SUPERVISOR', 'SUPERVISEE')),
    primary key (session_id, staff_id)
);
create index supervision_attendee_staff on supervision_attendee (staff_id, role);

create table supervision_action (
    id            uuid primary key,
    session_id    uuid          not null references supervision_session (id),
    what          varchar(500)  not null,
    owner_id      uuid          not null references staff_member (id),
    due_on        date,
    done_at       timestamptz,
    done_in       uuid references supervision_session (id)
);
create index supervision_action_open on supervision_action (session_id) where done_at is null;

create table supervision_reflection (
    id         uuid primary key,
    session_id uuid          not null references supervision_session (id),
    staff_id   uuid          not null references staff_member (id),
    words      varchar(4000) not null,
    written_at timestamptz   not null
);
create index supervision_reflection_session on supervision_reflection (session_id);

do $$
begin
    if current_user <> '${app_role}' then
        execute 'revoke delete, truncate on supervision_session, supervision_attendee, supervision_action, supervision_reflection from ${app_role}';
    end if;
end $$;
