-- The crisis and relapse-prevention plan: one document per person, versioned like the recovery plan.
create table crisis_plan (
    participant_id uuid primary key references participant (id),
    document       jsonb       not null,
    version        bigint      not null,
    updated_at     timestamptz not null,
    updated_by     uuid        not null references staff_member (id)
);

create table crisis_plan_version (
    participant_id uuid         not null references participant (id),
    version        bigint       not null,
    document       jsonb        not null,
    changed_at     timestamptz  not null,
    changed_by     uuid         not null references staff_member (id),
    summary        varchar(500) not null,
    primary key (participant_id, version)
);
create trigger crisis_plan_version_append_only before update or delete on crisis_plan_version
    for each row execute function recovery_plan_version_append_only();
