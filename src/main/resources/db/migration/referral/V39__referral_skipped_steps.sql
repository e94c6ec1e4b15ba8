-- A step the worker never saw happen (they learned in one call that the person got connected) is
-- kept as skipped, never recorded as if it had happened at that moment.
alter table referral_status_change add column skipped boolean not null default false;
