-- Answers to API POSTs sent with an Idempotency-Key, so a retried request gets the first answer
-- instead of doing the work twice. Kept for a day.
create table idempotency_key (
    user_id      uuid         not null,
    key          varchar(200) not null,
    request_hash bytea        not null,
    status       int,
    content_type varchar(100),
    body         bytea,
    created_at   timestamptz  not null default now(),
    primary key (user_id, key)
);
create index idempotency_key_created on idempotency_key (created_at);
