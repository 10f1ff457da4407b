-- Deskilling rollup (report_deskilling): on each snapshot date, clients recorded by then with tertiary education and
-- a known current or last occupation, DESKILLED when that occupation is in ISCO-08 major group 9.
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). The function recomputes the partitions listed in report_partition
-- (every office and month for a rebuild, those the marks of report_change name otherwise: R__report_changes.sql).
-- Tables and indexes stay in versioned migrations (V89, V91); the function bodies in those migrations and in V90 are
-- history.

create or replace function report_refresh_deskilling(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_deskilling r where r.month < first_month;
    delete from report_deskilling r
    using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_deskilling
    select m.month, c.office_id,
           case when j.isco_major_group = 9 then 'DESKILLED' else 'NOT_DESKILLED' end,
           c.sex, mrc_age_band(c.birth_date, c.birth_year, m.on_date), count(*)
    from report_partition p
    join client c on c.office_id = p.office_id
    cross join lateral (select e.isco_major_group
                        from client_employment e
                        where e.client_id = c.id and e.isco_major_group is not null
                        order by e.is_current desc, e.to_date desc nulls first, e.from_date desc nulls last,
                                 e.created_at desc, e.id
                        limit 1) j
    cross join lateral report_snapshot_months((c.created_at at time zone 'UTC')::date, 'infinity'::date,
                                              greatest(first_month, p.from_month), last_month) m
    where c.merged_into is null
      and c.education_level in ('SHORT_CYCLE_TERTIARY', 'BACHELOR', 'MASTER', 'DOCTORATE')
      and (c.created_at at time zone 'UTC')::date <= m.on_date
    group by 1, 2, 3, 4, 5
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
