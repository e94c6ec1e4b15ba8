-- A contact note made by signing a recovery-group session names the session it came from.
alter table contact_note add column group_session_id uuid;
create index contact_note_group_session on contact_note (group_session_id) where group_session_id is not null;
