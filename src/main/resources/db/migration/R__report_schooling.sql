-- Children-left-behind schooling rollup (report_schooling, V262): on each snapshot date, children (under 18 that day)
-- whose latest school status effective by then is recorded (child_schooling, V261), once per child, linked (link
-- active that day) to at least one parent whose episode was in TRANSIT or MIGRATION that day. parent_migrated: MOTHER,
-- FATHER, BOTH, or PARENT_SEX_NOT_RECORDED (no migrated parent recorded as female or male). zone: the child's current
-- locality, else origin locality. Child-level data never leave: only these counts, through the suppression of every
-- report. Repeatable (see R__report_family.sql); recomputes the partitions listed in report_partition, keyed by the
-- child's office.

create or replace function report_refresh_schooling(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
    lowest  date := greatest(first_month, (select min(from_month) from report_partition));
begin
    delete from report_schooling r where r.month < first_month;
    delete from report_schooling r using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_schooling
    select x.month, x.office_id, x.parent_migrated, s.status,
           case when s.attending is null then 'NOT_RECORDED' when s.attending then 'YES' else 'NO' end,
           coalesce(s.level, 'NOT_RECORDED'), x.zone, x.sex, x.age_band, count(*)
    from (select m.month, m.on_date, ch.id as child_id, ch.office_id,
                 coalesce(ch.current_locality, ch.origin_locality, 'NOT_RECORDED') as zone,
                 ch.sex,
                 mrc_age_band(ch.birth_date, ch.birth_year, m.on_date) as age_band,
                 case
                     when bool_or(par.sex = 'FEMALE') and bool_or(par.sex = 'MALE') then 'BOTH'
                     when bool_or(par.sex = 'FEMALE') then 'MOTHER'
                     when bool_or(par.sex = 'MALE') then 'FATHER'
                     else 'PARENT_SEX_NOT_RECORDED'
                 end as parent_migrated
          from report_partition p
          join client ch on ch.office_id = p.office_id and ch.merged_into is null
                        and (ch.birth_date is not null or ch.birth_year is not null)
                        and exists (select 1 from child_schooling cs where cs.client_id = ch.id)
          -- a link of A to B with type T reads "B is T of A": the child's parents are B of the child's PARENT_OF
          -- links and A of the CHILD_OF links naming the child
          cross join lateral (
              select l.related_client_id as parent_id, l.since, l.until
              from client_link l where l.client_id = ch.id and l.type = 'PARENT_OF'
              union all
              select l.client_id, l.since, l.until
              from client_link l where l.related_client_id = ch.id and l.type = 'CHILD_OF') k
          join client par on par.id = k.parent_id
          cross join lateral report_client_phase_intervals(k.parent_id, lowest) i
          cross join lateral report_snapshot_months(i.since, i.until, greatest(first_month, p.from_month), last_month) m
          where i.phase in ('TRANSIT', 'MIGRATION')
            and i.until > greatest(first_month, p.from_month) and i.since <= last_month + 31
            and i.since <= m.on_date and i.until > m.on_date
            and (k.since is null or k.since <= m.on_date)
            and (k.until is null or k.until > m.on_date)
            and coalesce(extract(year from age(m.on_date, ch.birth_date))::integer,
                         extract(year from m.on_date)::integer - ch.birth_year) < 18
          group by m.month, m.on_date, ch.id, ch.office_id, ch.current_locality, ch.origin_locality, ch.sex,
                   ch.birth_date, ch.birth_year) x
    cross join lateral (select cs.status, cs.level, cs.attending
                        from child_schooling cs
                        where cs.client_id = x.child_id and cs.since <= x.on_date
                        order by cs.since desc, cs.recorded_at desc, cs.id desc
                        limit 1) s
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
