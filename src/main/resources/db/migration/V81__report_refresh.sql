-- When each reporting rollup table was last recomputed, how long it took and how many rows it holds: reports echo
-- refreshed_at as the time their figures are as of.
create table report_refresh (
    rollup       varchar(64) primary key,
    refreshed_at timestamptz not null,
    duration_ms  bigint      not null,
    row_count    bigint      not null
);
