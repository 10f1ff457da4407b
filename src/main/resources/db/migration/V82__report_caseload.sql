-- Caseload rollup: clients with an open episode on each snapshot date (the last day of a month, or today for the
-- current month), by the phase they were in on that date and the attributes reports break down by. Multi-valued
-- attributes stay arrays (a report that breaks down by one unnests it; one that does not counts each client once).
create table report_caseload (
    month                 date   not null,
    office_id             uuid   not null,
    phase                 text   not null,
    sub_stage             text   not null,
    roles                 text[] not null,
    sex                   text   not null,
    age_band              text   not null,
    nationalities         text[] not null,
    administrative_status text   not null,
    vulnerabilities       text[] not null,
    clients               bigint not null
);

create index report_caseload_month_office_idx on report_caseload (month, office_id);

-- The same without the sensitive columns (administrative status, vulnerabilities): what most breakdowns read.
create table report_caseload_core (
    month         date   not null,
    office_id     uuid   not null,
    phase         text   not null,
    sub_stage     text   not null,
    roles         text[] not null,
    sex           text   not null,
    age_band      text   not null,
    nationalities text[] not null,
    clients       bigint not null
);

create index report_caseload_core_month_office_idx on report_caseload_core (month, office_id);

-- The phase a client's episode was in, as dated intervals [since, until): a change lasts until the next change of
-- the episode (on the same date the later one wins) or until the episode closed.
create view report_phase_interval as
select e.id as episode_id,
       e.client_id,
       pc.phase,
       pc.sub_stage,
       pc.effective_date as since,
       coalesce(lead(pc.effective_date) over (partition by pc.episode_id order by pc.effective_date, pc.seq),
                e.closed_on, 'infinity'::date) as until
from phase_change pc
join migration_episode e on e.id = pc.episode_id;

-- The snapshot months an interval [since, until) may cover within [first_month, last_month], with their snapshot
-- date (last day of the month, today for the current month). Callers keep the months where since <= on_date < until.
create function report_snapshot_months(since date, until date, first_month date, last_month date)
    returns table (month date, on_date date)
    language sql stable parallel safe as
$$
select g::date, least((g + interval '1 month' - interval '1 day')::date, current_date)
from generate_series(greatest(date_trunc('month', since::timestamp), first_month::timestamp),
                     least(date_trunc('month', until::timestamp), last_month::timestamp),
                     interval '1 month') g
$$;

create function report_refresh_caseload(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
    core    bigint;
begin
    delete from report_caseload;
    insert into report_caseload
    select m.month,
           c.office_id,
           i.phase,
           coalesce(i.sub_stage, 'NONE'),
           case when cardinality(c.roles) = 0 then '{NONE}' else c.roles end,
           c.sex,
           mrc_age_band(c.birth_date, c.birth_year, m.on_date),
           case when cardinality(c.nationalities) = 0 then '{UNKNOWN}' else c.nationalities end,
           c.administrative_status,
           case when cardinality(c.vulnerabilities) = 0 then '{NONE}' else c.vulnerabilities end,
           count(*)
    from report_phase_interval i
    cross join lateral report_snapshot_months(i.since, i.until, first_month, last_month) m
    join client c on c.id = i.client_id and c.merged_into is null
    where i.until > first_month and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
    get diagnostics written = row_count;
    delete from report_caseload_core;
    insert into report_caseload_core
    select month, office_id, phase, sub_stage, roles, sex, age_band, nationalities, sum(clients)
    from report_caseload
    group by 1, 2, 3, 4, 5, 6, 7, 8;
    get diagnostics core = row_count;
    return written + core;
end;
$$;
