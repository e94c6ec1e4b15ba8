-- A person's written consents to disclose their record (42 CFR §2.31): one row per version, the
-- elements as the worker and the person wrote them. A change is a new version (the old one marked
-- superseded, kept); revocation is recorded on the current version, with who and how. Never deleted.
create table consent (
    id                uuid          primary key,
    series_id         uuid          not null,
    version           int           not null check (version > 0),
    participant_id    uuid          not null references participant (id),
    template_id       varchar(60),
    person_name       varchar(200)  not null,
    discloser         varchar(500)  not null,
    information       varchar(30)[] not null,
    everything        boolean       not null,
    information_words text,
    recipients        jsonb         not null,
    purpose           text          not null,
    revocation        text          not null,
    expires_on        date,
    expiry_event      varchar(300),
    signature_kind    varchar(10)   not null,
    signature_name    varchar(200),
    signature_drawing text,
    signed_on         date          not null,
    recorded_by       uuid          not null references staff_member (id),
    recorded_at       timestamptz   not null,
    superseded_at     timestamptz,
    revoked_at        timestamptz,
    revoked_by        uuid          references staff_member (id),
    revoked_how       varchar(500),
    unique (series_id, version),
    check (expires_on is not null or expiry_event is not null)
);
create index consent_of_person on consent (participant_id, recorded_at desc);

do $$
begin
    if current_user <> '${app_role}' then
        execute 'revoke delete, truncate on consent from ${app_role}';
    end if;
end $$;
