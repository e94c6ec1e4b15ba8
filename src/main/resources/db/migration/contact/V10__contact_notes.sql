-- Payer billing rules are data: code, unit length, from how many minutes a unit counts, daily cap.
create table payer_rule (
    code              varchar(20) primary key,
    description       varchar(200) not null,
    unit_minutes      int          not null check (unit_minutes > 0),
    threshold_minutes int          not null check (threshold_minutes > 0),
    daily_cap_units   int          not null check (daily_cap_units > 0),
    for_groups        boolean      not null
);
insert into payer_rule values
    ('H0038', 'Self-help/peer services, per 15 minutes', 15, 8, 16, false),
    ('H0038-HQ', 'Self-help/peer services, group, per 15 minutes', 15, 8, 16, true);

-- Peer contact notes. A draft is saved as the worker types; signing locks it (a trigger refuses
-- any change to a signed note) and keeps the author's name and credential as they were. Later
-- changes are addenda. Notes are never deleted.
create table contact_note (
    id                uuid primary key,
    participant_id    uuid         not null references participant (id),
    author_id         uuid         not null references staff_member (id),
    status            varchar(10)  not null,
    contact_date      date,
    start_time        time,
    end_time          time,
    minutes           int          check (minutes between 1 and 1440),
    mode              varchar(30),
    place             varchar(200),
    activities        jsonb        not null,
    dimensions        jsonb        not null,
    goal_ids          jsonb        not null,
    narrative         text,
    persons_words     text,
    next_steps        text,
    follow_up_date    date,
    signed_at         timestamptz,
    signed_name       varchar(200),
    signed_credential varchar(100),
    billing_code      varchar(20) references payer_rule (code),
    units             int,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null
);
create index contact_note_participant on contact_note (participant_id, contact_date);
create index contact_note_author on contact_note (author_id, status);

create function contact_note_signed_is_final() returns trigger language plpgsql as $$
begin
    if old.status = 'SIGNED' then
        raise exception 'a signed note changes only by addendum' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger contact_note_signed_is_final before update or delete on contact_note
    for each row execute function contact_note_signed_is_final();

create table contact_note_addendum (
    id          uuid primary key,
    note_id     uuid         not null references contact_note (id),
    author_id   uuid         not null references staff_member (id),
    author_name varchar(200) not null,
    text        text         not null,
    created_at  timestamptz  not null
);
create index contact_note_addendum_note on contact_note_addendum (note_id, created_at);
