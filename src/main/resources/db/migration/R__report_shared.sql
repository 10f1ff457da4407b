-- What every reporting rollup's refresh function uses. Repeatable: Flyway re-runs this file whenever it changes, so it
-- always holds the current definitions (create or replace; a changed signature or view column list drops the old one
-- first). The bodies in V80, V82 and V93 are history.

-- The reporting age bands (0-14, 15-24, 25-34, 35-49, 50-64, 65+) on a given date, from a birth date or, failing that,
-- a birth year (age = difference of years, as client.AgeBand computes it). UNKNOWN when neither is recorded. One
-- expression without FROM, so that PostgreSQL inlines it into the rollup queries (millions of rows).
create or replace function mrc_age_band(birth_date date, birth_year integer, on_date date) returns text
    language sql immutable parallel safe as
$$
select coalesce((array['0-14', '15-24', '25-34', '35-49', '50-64', '65+'])[
                    width_bucket(coalesce(extract(year from age(on_date, birth_date))::integer,
                                          extract(year from on_date)::integer - birth_year),
                                 array[0, 15, 25, 35, 50, 65])],
                'UNKNOWN')
$$;

-- The phase a client's episode was in, as dated intervals [since, until): a change lasts until the next change of
-- the episode (on the same date the later one wins) or until the episode closed.
create or replace view report_phase_interval as
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
create or replace function report_snapshot_months(since date, until date, first_month date, last_month date)
    returns table (month date, on_date date)
    language sql stable parallel safe as
$$
select g::date, least((g + interval '1 month' - interval '1 day')::date, current_date)
from generate_series(greatest(date_trunc('month', since::timestamp), first_month::timestamp),
                     least(date_trunc('month', until::timestamp), last_month::timestamp),
                     interval '1 month') g
$$;

-- Fresh planner statistics for the reporting tables right after each rebuild. ANALYZE needs the table's owner, and
-- the service's role owns nothing (deploy/db-roles.sql), so the owner lends it this one operation, on report tables
-- only.
create or replace function report_analyze(target text) returns void
    language plpgsql
    security definer
    set search_path = public, pg_temp as
$$
begin
    if target !~ '^report_[a-z_]+$' or to_regclass(target) is null then
        raise exception 'report_analyze: % is not a reporting table', target;
    end if;
    execute format('analyze %I', target);
end;
$$;

-- The phase intervals [since, until) of one client's episodes (as report_phase_interval), leaving out the episodes
-- closed before lowest (they count in no month from lowest on). One query per client, through the episode and
-- phase-change indexes, so that recomputing a few offices reads only their clients.
create or replace function report_client_phase_intervals(client uuid, lowest date)
    returns table (phase varchar, sub_stage varchar, since date, until date)
    language sql stable parallel safe as
$$
select pc.phase,
       pc.sub_stage,
       pc.effective_date,
       coalesce(lead(pc.effective_date) over (partition by pc.episode_id order by pc.effective_date, pc.seq),
                e.closed_on, 'infinity'::date)
from migration_episode e
join phase_change pc on pc.episode_id = e.id
where e.client_id = client and (e.closed_on is null or e.closed_on >= lowest)
$$;

-- The country of an episode's journey leg in force on a date (journey_leg, V224): the last leg started by then (a
-- leg without from_date started with the journey); null before the first leg. Movements and returns are reported by
-- it, falling back to the episode's destination.
create or replace function report_leg_country(episode uuid, on_date date) returns text
    language sql stable parallel safe as
$$
select l.country from journey_leg l
where l.episode_id = episode and (l.from_date is null or l.from_date <= on_date)
order by l.from_date desc nulls last, l.seq desc
limit 1
$$;
