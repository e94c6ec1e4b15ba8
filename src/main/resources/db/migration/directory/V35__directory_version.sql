-- A number that grows whenever the directory's index changes (an import, a resource saved or
-- retired), so counts of matches can be kept until the next change, on every node alike.
create table directory_version (
    only_row boolean primary key default true check (only_row),
    version bigint not null
);
insert into directory_version (version) values (0);
