-- The keyed audit trail. Each record carries the writer's proof (a random nonce and an HMAC of its
-- content under the audit key, which lives outside the database), and the sealer seals only records
-- whose proof holds. Seals are HMACs from now on; those made before the key existed stay plain
-- SHA-256 and are verified as such, as the chain's oldest part only.
alter table audit_event add column writer_proof bytea;
alter table audit_seal add column keyed boolean not null default false;
alter table audit_seal alter column keyed drop default;
