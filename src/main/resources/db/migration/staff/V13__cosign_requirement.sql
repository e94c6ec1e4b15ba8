-- Some workers (for example provisional staff) need a supervisor's co-sign on their notes.
alter table staff_member add column requires_cosign boolean not null default false;
