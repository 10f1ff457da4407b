-- Diploma recognition rollup (report_recognition): on each snapshot date, every (diploma, country) with its latest
-- recognition status effective on or before that date; NOT_REQUESTED in country NONE until a first step takes effect.
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). Tables and indexes stay in versioned migrations (V88, V91); the
-- function bodies in those migrations and in V90 are history.

create or replace function report_refresh_recognition(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_recognition;
    insert into report_recognition
    select m.month, c.office_id, i.status, d.level, i.country, c.sex,
           mrc_age_band(c.birth_date, c.birth_year, m.on_date), count(*)
    from (select r.diploma_id, r.country, r.status, r.effective_on as since,
                 coalesce(lead(r.effective_on) over (partition by r.diploma_id, r.country
                                                     order by r.effective_on, r.recorded_at, r.id),
                          'infinity'::date) as until
          from diploma_recognition r
          union all
          -- until its first recognition step takes effect, a diploma counts as NOT_REQUESTED (empty when the first
          -- step is effective before the diploma was recorded)
          select d.id, 'NONE', 'NOT_REQUESTED', (d.created_at at time zone 'UTC')::date,
                 coalesce((select min(r.effective_on) from diploma_recognition r where r.diploma_id = d.id),
                          'infinity'::date)
          from client_diploma d) i
    join client_diploma d on d.id = i.diploma_id
    join client c on c.id = d.client_id and c.merged_into is null
    cross join lateral report_snapshot_months(i.since, i.until, first_month, last_month) m
    where i.until > first_month and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
