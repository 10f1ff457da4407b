-- One row per scheduled job and period that an instance claimed and ran (shared/scheduling/ClusterJobs): the primary
-- key lets one instance only run a job in a given period, however many instances fire its schedule.
create table job_run (
    job          varchar(64)  not null,
    period_start timestamptz  not null,
    instance     varchar(200) not null,
    started_at   timestamptz  not null,
    primary key (job, period_start)
);
