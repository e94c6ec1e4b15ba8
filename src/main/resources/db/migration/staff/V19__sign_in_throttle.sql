-- Failed sign-ins are counted per (email, client address) and per client address, for known and
-- unknown emails alike, so a lock tells nothing about whether an account exists and one client
-- cannot lock an account out for everyone. The email is kept only as its SHA-256.
create table sign_in_attempt (
    email_hash bytea       not null,
    client     varchar(64) not null,
    failed_at  timestamptz not null default now()
);
create index sign_in_attempt_email on sign_in_attempt (email_hash, client, failed_at);
create index sign_in_attempt_client on sign_in_attempt (client, failed_at);

create table sign_in_lock (
    email_hash   bytea       not null,
    client       varchar(64) not null,
    locked_until timestamptz not null,
    primary key (email_hash, client)
);

drop table sign_in_failure;
alter table staff_member drop column locked_until;
