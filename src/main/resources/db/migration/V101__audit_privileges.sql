-- Only the schema owner writes the audit trail's chain, and no role but the owner may update, delete or truncate
-- audit rows or create triggers on them (a trigger could silently drop new entries). deploy/db-roles.sql grants the
-- service's role select/insert/update/delete on every table by default; this takes back what the audit tables must
-- not give, from every role that holds it. It runs here and again after every migrate (afterMigrate.sql), because a
-- restore (pg_restore) recreates the tables under the default grants and would otherwise give them back.
create function audit_revoke_privileges() returns void
    language plpgsql as
$$
    declare
        grant_row record;
    begin
        for grant_row in
            select g.grantee, g.table_name, g.privilege_type
            from information_schema.role_table_grants g
                     join pg_class c on c.relname = g.table_name and c.relnamespace = to_regnamespace(g.table_schema)
            where g.table_schema = current_schema()
              and g.table_name in ('audit_entry', 'audit_chain')
              and g.grantee <> pg_get_userbyid(c.relowner)
              and (g.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
                or (g.table_name = 'audit_chain' and g.privilege_type = 'INSERT'))
            loop
                execute format('revoke %s on table %I from %s', grant_row.privilege_type, grant_row.table_name,
                               case when grant_row.grantee = 'PUBLIC' then 'public'
                                    else quote_ident(grant_row.grantee) end);
            end loop;
    end;
$$;

select audit_revoke_privileges();
