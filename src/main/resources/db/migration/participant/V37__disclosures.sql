-- The accounting of disclosures: each time part of a person's record leaves the program (a plan
-- they carry, a referral slip, a billing file for a payer), to whom, why, which parts, when and by
-- whom, and the consent that allowed it (empty until the consent module exists). Written by the
-- record gate in the same transaction as the audit row; never changed or deleted.
create table disclosure (
    id             uuid         primary key,
    participant_id uuid         not null references participant (id),
    disclosed_at   timestamptz  not null,
    actor_id       uuid,
    action         varchar(100) not null,
    recipient_kind varchar(30)  not null,
    recipient      varchar(200) not null,
    purpose        varchar(30)  not null,
    parts          varchar(30)[] not null,
    consent_id     uuid
);
create index disclosure_of_person on disclosure (participant_id, disclosed_at desc);

do $$
begin
    if current_user <> '${app_role}' then
        execute 'revoke update, delete, truncate on disclosure from ${app_role}';
    end if;
end $$;
