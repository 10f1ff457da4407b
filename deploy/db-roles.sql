-- Least-privilege database roles for production: the documented default deployment. Run once, as a superuser,
-- before the first start:
--
--   psql -v owner_password="'...'" -v app_password="'...'" -f deploy/db-roles.sql
--
-- then start the service with
--
--   MRC_DB_MIGRATION_USER=mrc_owner MRC_DB_MIGRATION_PASSWORD=...   (Flyway migrates as the schema owner)
--   MRC_DB_USER=mrc_app             MRC_DB_PASSWORD=...             (the service works as a role that owns nothing)
--
-- mrc_app can read and write case data but owns nothing, so it cannot drop or disable the triggers that keep the
-- audit trail, phase history, recognition history and consents append-only, nor replace their functions. On the
-- audit trail it may only append entries and read (migration V101 takes back the update, delete, truncate and
-- trigger privileges the default grants below would give it); the trail's hash chain is written by a trigger that
-- runs as mrc_owner. A production instance refuses to start when its role could do more (a superuser, a member of
-- mrc_owner, a role that may create roles or set session_replication_role, ...) unless
-- MRC_ALLOW_PRIVILEGED_DB_ROLE=true is set. Never grant mrc_owner to mrc_app.
create role mrc_owner login password :owner_password;
create role mrc_app login password :app_password nosuperuser nocreaterole nocreatedb noinherit;
create database mrc owner mrc_owner;
\connect mrc
-- the migrations create these extensions; creating them needs more than table ownership
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists fuzzystrmatch;
alter schema public owner to mrc_owner;
revoke create on schema public from public;
grant usage on schema public to mrc_app;
-- tables and sequences the owner creates from now on (every migration) are usable by the service; the audit
-- tables' extra privileges are revoked again by migration V101
alter default privileges for role mrc_owner in schema public
    grant select, insert, update, delete on tables to mrc_app;
alter default privileges for role mrc_owner in schema public
    grant usage, select on sequences to mrc_app;
