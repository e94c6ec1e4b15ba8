-- Competency assessments on the twelve SAMHSA categories, 1 to 4: by the worker of themselves, or
-- by their supervisor; kept, never changed, so they compare over time.
create table competency_assessment (
    id          uuid primary key,
    staff_id    uuid          not null references staff_member (id),
    assessor_id uuid          not null references staff_member (id),
    kind        varchar(20)   not null check (kind in ('SELF', 'SUPERVISOR')),
    assessed_on date          not null,
    scores      jsonb         not null,
    notes       varchar(4000),
    recorded_at timestamptz   not null
);
create index competency_assessment_staff on competency_assessment (staff_id, assessed_on);

do $$
begin
    if current_user <> '${app_role}' then
        execute 'revoke update, delete, truncate on competency_assessment from ${app_role}';
    end if;
end $$;
