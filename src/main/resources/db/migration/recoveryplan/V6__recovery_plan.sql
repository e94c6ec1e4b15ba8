-- The recovery plan is one document per person, written with them and versioned as a whole:
-- every saved change appends its full text to recovery_plan_version, so earlier versions can be
-- opened and compared and nothing is ever overwritten.
create table recovery_plan (
    participant_id uuid primary key references participant (id),
    document       jsonb       not null,
    version        bigint      not null,
    updated_at     timestamptz not null,
    updated_by     uuid        not null references staff_member (id)
);
-- for "review due" reminders on the caseload
create index recovery_plan_review on recovery_plan (((document ->> 'reviewDate'))) where document ->> 'reviewDate' is not null;

create table recovery_plan_version (
    participant_id uuid        not null references participant (id),
    version        bigint      not null,
    document       jsonb       not null,
    changed_at     timestamptz not null,
    changed_by     uuid        not null references staff_member (id),
    summary        varchar(500) not null,
    primary key (participant_id, version)
);

create function recovery_plan_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'plan history is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger recovery_plan_version_append_only before update or delete on recovery_plan_version
    for each row execute function recovery_plan_version_append_only();
