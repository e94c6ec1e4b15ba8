-- When measures are due, per program, as data: days from the start of an episode. A program with no
-- row follows SAMHSA's SUPRT timing (baseline within 30 days, reassessment at 180 ± 30 days, each
-- year ± 30, discharge within 30 days). A change is kept as a new row; the latest one holds.
create table measure_schedule (
    program_id        uuid        not null references program (id),
    set_at            timestamptz not null,
    baseline_days     integer     not null check (baseline_days between 1 and 365),
    reassessment_day  integer     not null check (reassessment_day between 30 and 730),
    annual_every      integer     not null check (annual_every between 90 and 730),
    tolerance         integer     not null check (tolerance between 0 and 90),
    discharge_days    integer     not null check (discharge_days between 1 and 365),
    set_by            uuid        not null references staff_member (id),
    primary key (program_id, set_at)
);
