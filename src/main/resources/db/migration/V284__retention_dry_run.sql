-- A dry run of the retention rules reads every client: about half an hour at 1,000,000 clients, longer than the HTTP
-- server's idle timeout (30 min) and any proxy's. It now runs in the background; the request that starts it answers
-- at once with where to read its report, which is kept here so that any instance can answer for it. The lines are
-- counts by rule and office (no personal data).
create table retention_dry_run (
    id          uuid        primary key,
    started_at  timestamptz not null,
    finished_at timestamptz,
    failed_at   timestamptz,
    lines       jsonb
);

create index retention_dry_run_started_idx on retention_dry_run (started_at desc);
