-- Directory imports run in the background; each one's progress and, at the end, its report are kept
-- here, so the page's progress bar and the API's progress resource read the same thing.
create table directory_import (
    id uuid primary key,
    actor_id uuid not null,
    file_name text not null,
    form text not null,
    stage text not null,
    done integer not null default 0,
    total integer not null default 0,
    report jsonb,
    started_at timestamptz not null,
    finished_at timestamptz
);
create index directory_import_started on directory_import (started_at desc);
