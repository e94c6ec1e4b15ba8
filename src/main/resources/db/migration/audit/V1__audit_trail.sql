-- The audit trail. audit_event is append-only; each event is sealed into one hash chain by a
-- background sealer (audit_seal), so writers never queue on a chain head. audit_unsealed is the
-- sealer's work queue, filled by a trigger in the writer's own transaction.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default clock_timestamp(),
    actor_id       uuid,
    action         varchar(60)  not null,
    subject_type   varchar(40),
    subject_id     varchar(64),
    participant_id uuid,
    client_address varchar(64),
    outcome        varchar(20)  not null,
    detail         varchar(500)
);
create index audit_event_participant on audit_event (participant_id, occurred_at) where participant_id is not null;
create index audit_event_actor on audit_event (actor_id, occurred_at);
create index audit_event_time on audit_event (occurred_at);

create table audit_seal (
    seq       bigint primary key,
    event_id  bigint not null unique references audit_event (id),
    hash      bytea  not null,
    sealed_at timestamptz not null default clock_timestamp()
);

create table audit_unsealed (
    event_id bigint primary key
);

create function audit_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_reject_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_reject_change();
create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function audit_reject_change();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_reject_change();

create function audit_queue_for_seal() returns trigger language plpgsql as $$
begin
    insert into audit_unsealed (event_id) values (new.id);
    return null;
end $$;

create trigger audit_event_queue after insert on audit_event
    for each row execute function audit_queue_for_seal();
