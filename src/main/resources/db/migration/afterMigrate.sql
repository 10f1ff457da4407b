-- Flyway runs this after every migrate, as the schema owner: the audit tables' extra privileges are taken back
-- again, so that a database restored from a dump (whose tables were recreated under the default grants of
-- deploy/db-roles.sql) is as safe as a migrated one before the service's start-up guard checks it.
select audit_revoke_privileges();
