-- Diploma recognition rollup (report_recognition): on each snapshot date, every (diploma, country) with its latest
-- recognition status effective on or before that date; NOT_REQUESTED in country NONE until a first step takes effect.
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). The function recomputes the partitions listed in report_partition
-- (every office and month for a rebuild, those the marks of report_change name otherwise: R__report_changes.sql).
-- Tables and indexes stay in versioned migrations (V88, V91); the function bodies in those migrations and in V90 are
-- history.

create or replace function report_refresh_recognition(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_recognition r where r.month < first_month;
    delete from report_recognition r
    using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_recognition
    select m.month, c.office_id, i.status, d.level, i.country, c.sex,
           mrc_age_band(c.birth_date, c.birth_year, m.on_date), count(*)
    from report_partition p
    join client c on c.office_id = p.office_id and c.merged_into is null
    join client_diploma d on d.client_id = c.id
    cross join lateral (
        select r.country, r.status, r.effective_on as since,
               coalesce(lead(r.effective_on) over (partition by r.country order by r.effective_on, r.recorded_at, r.id),
                        'infinity'::date) as until
        from diploma_recognition r
        where r.diploma_id = d.id
        union all
        -- until its first recognition step takes effect, a diploma counts as NOT_REQUESTED (empty when the first
        -- step is effective before the diploma was recorded)
        select 'NONE', 'NOT_REQUESTED', (d.created_at at time zone 'UTC')::date,
               coalesce((select min(r.effective_on) from diploma_recognition r where r.diploma_id = d.id),
                        'infinity'::date)) i
    cross join lateral report_snapshot_months(i.since, i.until, greatest(first_month, p.from_month), last_month) m
    where i.until > greatest(first_month, p.from_month) and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
