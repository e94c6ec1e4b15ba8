-- A person's referrals to directory services, and every change of their status (dated, by whom,
-- with the reason or a note). Referrals are never deleted; a referral keeps its service, which
-- therefore is never deleted either (it becomes inactive or defunct in HSDS's own status).
create table referral (
    id uuid primary key,
    participant_id uuid not null references participant (id),
    service_id uuid not null references hsds_service (id),
    need text not null,
    note text,
    contact text not null,
    status text not null,
    follow_up date,
    not_connected_reason text,
    helped text,
    helped_words text,
    created_by uuid not null,
    created_at timestamptz not null,
    version bigint not null default 0
);
create index referral_participant on referral (participant_id, created_at desc);
create index referral_service on referral (service_id, status);
create index referral_follow_up on referral (follow_up) where follow_up is not null;

create table referral_status_change (
    referral_id uuid not null references referral (id),
    seq integer not null,
    status text not null,
    changed_at timestamptz not null,
    changed_by uuid not null,
    reason text,
    note text,
    primary key (referral_id, seq)
);
