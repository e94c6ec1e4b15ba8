-- API tokens expire (90 days by default, configurable). Tokens issued before this had no expiry:
-- they now expire 90 days after they were created, and not sooner than a week from now.
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = greatest(created_at + interval '90 days', now() + interval '7 days')
where revoked_at is null;
