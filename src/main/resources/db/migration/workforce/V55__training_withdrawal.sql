-- A training logged by mistake is withdrawn with a reason, never deleted: it stays on the record
-- and stops counting toward a renewal.
alter table training
    add column withdrawn_at     timestamptz,
    add column withdrawn_by     uuid references staff_member (id),
    add column withdrawn_reason text,
    add constraint training_withdrawal_whole
        check ((withdrawn_at is null) = (withdrawn_by is null) and (withdrawn_at is null) = (withdrawn_reason is null));
