-- What changed since the rollups were last brought up to date, as (rollup, office, first month) marks: the rollup's
-- figures of that office from that month on ('-infinity': every month) may differ from a rebuild. Written by the
-- triggers of R__report_changes.sql in the transaction of the change, drained by the service (ReportChanges), which
-- recomputes exactly those partitions and deletes the marks it read. office_id null marks every office.
create table report_change (
    id         bigint generated always as identity primary key,
    rollup     varchar(64) not null,
    office_id  uuid,
    from_month date        not null
);

-- The (office, first month) partitions one rollup rebuild recomputes, written and deleted inside the rebuild's own
-- transaction (no other transaction ever sees its rows); the refresh functions and the copies read them.
create table report_partition (
    office_id  uuid not null,
    from_month date not null
);
