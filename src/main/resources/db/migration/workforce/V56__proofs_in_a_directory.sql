-- A proof is kept in the database, or, where a directory is configured, as a file there named by
-- its id; the row keeps its SHA-256 either way, and a file's content is checked against it when served.
alter table workforce_file
    alter column content drop not null,
    add column sha256 bytea,
    add constraint workforce_file_content_somewhere check (content is not null or sha256 is not null);
update workforce_file set sha256 = sha256(content) where sha256 is null;
alter table workforce_file alter column sha256 set not null;
