-- Families-left-behind rollup (report_family): on each snapshot date, clients with the role FAMILY_LEFT_BEHIND, once
-- per household member they are linked to (link active on that date) whose episode is in TRANSIT or MIGRATION on
-- that date. The relation is what the migrated member is to the family member (CHILD: their child migrated).
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). The function recomputes the partitions listed in report_partition
-- (every office and month for a rebuild, those the marks of report_change name otherwise: R__report_changes.sql).
-- Tables and indexes stay in versioned migrations (V85, V91); the function bodies in those migrations and in V90 are
-- history.

create or replace function report_refresh_family(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
    lowest  date := greatest(first_month, (select min(from_month) from report_partition));
begin
    delete from report_family r where r.month < first_month;
    delete from report_family r using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_family
    select m.month,
           f.office_id,
           regexp_replace(k.type, '_(OF|BY)$', ''),
           i.phase,
           f.sex,
           mrc_age_band(f.birth_date, f.birth_year, m.on_date),
           count(*)
    from report_partition p
    join client f on f.office_id = p.office_id and f.merged_into is null and 'FAMILY_LEFT_BEHIND' = any (f.roles)
    -- a link of A to B with type T reads "B is T of A"; seen from B, A is the inverse of T
    cross join lateral (
        select l.related_client_id as migrant_id, l.type, l.since, l.until
        from client_link l where l.client_id = f.id
        union all
        select l.client_id,
               case l.type
                   when 'PARENT_OF' then 'CHILD_OF'
                   when 'CHILD_OF' then 'PARENT_OF'
                   when 'CARER_OF' then 'CARED_FOR_BY'
                   when 'CARED_FOR_BY' then 'CARER_OF'
                   else l.type
               end,
               l.since, l.until
        from client_link l where l.related_client_id = f.id) k
    cross join lateral report_client_phase_intervals(k.migrant_id, lowest) i
    cross join lateral report_snapshot_months(i.since, i.until, greatest(first_month, p.from_month), last_month) m
    where i.phase in ('TRANSIT', 'MIGRATION')
      and i.until > greatest(first_month, p.from_month) and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
      and (k.since is null or k.since <= m.on_date)
      and (k.until is null or k.until > m.on_date)
    group by 1, 2, 3, 4, 5, 6
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
