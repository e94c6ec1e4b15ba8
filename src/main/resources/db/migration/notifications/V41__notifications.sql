-- Reminders that reach a staff member: what they want and how (a row only once they change the
-- defaults: every kind in a daily digest at 07:30, by e-mail and to their installed app), the
-- devices their app subscribed for Web Push, and the outbox of deliveries (retried, never lost).
create table notification_setting (
    staff_id       uuid        primary key references staff_member (id),
    by_email       boolean     not null,
    by_push        boolean     not null,
    digest_at      time        not null,
    quiet_from     time,
    quiet_until    time,
    cosign         text        not null check (cosign in ('OFF', 'DIGEST', 'IMMEDIATE')),
    returned       text        not null check (returned in ('OFF', 'DIGEST', 'IMMEDIATE')),
    follow_ups     text        not null check (follow_ups in ('OFF', 'DIGEST', 'IMMEDIATE')),
    calls          text        not null check (calls in ('OFF', 'DIGEST', 'IMMEDIATE')),
    version        bigint      not null
);

-- the day each staff member's digest was last planned, apart from what they chose
create table notification_digest (
    staff_id  uuid primary key references staff_member (id),
    last_on   date not null
);

create table push_subscription (
    id          uuid        primary key,
    staff_id    uuid        not null references staff_member (id),
    endpoint    text        not null unique,
    p256dh      text        not null,
    auth        text        not null,
    created_at  timestamptz not null
);
create index push_subscription_staff on push_subscription (staff_id);

create table notification_delivery (
    id          uuid        primary key,
    staff_id    uuid        not null references staff_member (id),
    channel     text        not null check (channel in ('EMAIL', 'PUSH')),
    what        text        not null,
    created_at  timestamptz not null,
    due_at      timestamptz not null,
    attempts    int         not null default 0,
    last_error  text,
    state       text        not null check (state in ('WAITING', 'SENT', 'NOTHING_TO_SAY', 'GAVE_UP')),
    done_at     timestamptz
);
create index notification_delivery_due on notification_delivery (due_at) where state = 'WAITING';
