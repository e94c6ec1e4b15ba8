-- A worker's own wellbeing check-ins: private to them. A supervisor sees only that the worker
-- would like to talk in supervision, when the worker says so.
create table wellbeing_check_in (
    id             uuid primary key,
    staff_id       uuid          not null references staff_member (id),
    checked_on     date          not null,
    doing          int           not null check (doing between 1 and 5),
    workload       varchar(20)   not null check (workload in ('LIGHT', 'ABOUT_RIGHT', 'HEAVY', 'TOO_HEAVY')),
    words          varchar(4000),
    wants_to_talk  boolean       not null,
    recorded_at    timestamptz   not null
);
create index wellbeing_check_in_staff on wellbeing_check_in (staff_id, recorded_at);

do $$
begin
    if current_user <> '${app_role}' then
        execute 'revoke update, delete, truncate on wellbeing_check_in from ${app_role}';
    end if;
end $$;
