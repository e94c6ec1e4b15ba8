-- Co-signing: a note of a worker who needs a co-sign waits (PENDING_COSIGN) until their supervisor
-- co-signs it (SIGNED, final) or returns it with a comment (RETURNED, the author corrects and signs again).
alter table contact_note alter column status type varchar(20);
alter table contact_note add column cosigned_by uuid references staff_member (id);
alter table contact_note add column cosigned_name varchar(200);
alter table contact_note add column cosigned_at timestamptz;
alter table contact_note add column returned_comment varchar(2000);
alter table contact_note add column returned_by uuid references staff_member (id);
alter table contact_note add column returned_at timestamptz;
create index contact_note_pending on contact_note (author_id) where status = 'PENDING_COSIGN';
