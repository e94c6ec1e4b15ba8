-- The application connects as its own role (${app_role}), without superuser, DDL or trigger rights;
-- migrations run as the owner. It may read and write the ordinary tables, but only INSERT and
-- SELECT on the audit trail (and take work off the sealer's queue). Tables created by later
-- migrations get the same rights by default; audit tables must revoke what they must not allow.
do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant usage on schema ' || current_schema() || ' to ${app_role}';
        execute 'grant select, insert, update, delete on all tables in schema ' || current_schema() || ' to ${app_role}';
        execute 'grant usage, select on all sequences in schema ' || current_schema() || ' to ${app_role}';
        execute 'revoke update, delete, truncate, references, trigger on audit_event, audit_seal from ${app_role}';
        execute 'revoke update, truncate, references, trigger on audit_unsealed from ${app_role}';
        execute 'revoke all on ' || quote_ident('${flyway:table}') || ' from ${app_role}';
        execute 'alter default privileges in schema ' || current_schema() || ' grant select, insert, update, delete on tables to ${app_role}';
        execute 'alter default privileges in schema ' || current_schema() || ' grant usage, select on sequences to ${app_role}';
    end if;
end $$;
