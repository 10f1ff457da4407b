-- Least-privilege database roles for production (run once, as a superuser, before the first start):
--
--   psql -v owner_password="'...'" -v app_password="'...'" -f deploy/db-roles.sql
--
-- mrc_owner owns the schema and runs the Flyway migrations (MRC_DB_MIGRATION_USER / MRC_DB_MIGRATION_PASSWORD);
-- mrc_app is what the service connects as (MRC_DB_USER / MRC_DB_PASSWORD). mrc_app can read and write case data
-- but owns nothing, so it cannot drop the triggers that keep the audit trail, phase history, recognition history and
-- consents append-only, and it has no UPDATE, DELETE or TRUNCATE on the audit trail at all.
create role mrc_owner login password :owner_password;
create role mrc_app login password :app_password;
create database mrc owner mrc_owner;
\connect mrc
-- the migrations create these extensions; creating them needs more than table ownership
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists fuzzystrmatch;
alter schema public owner to mrc_owner;
grant usage on schema public to mrc_app;
-- tables and sequences the owner creates from now on (every migration) are usable by the service ...
alter default privileges for role mrc_owner in schema public
    grant select, insert, update, delete on tables to mrc_app;
alter default privileges for role mrc_owner in schema public
    grant usage, select on sequences to mrc_app;
-- ... except the audit trail, which the service may only append to and read. Run this line again after the first
-- migration has created the table (or start the service once as mrc_owner, then run it):
--   revoke update, delete, truncate on audit_entry from mrc_app;
