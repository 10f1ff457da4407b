-- Movements rollup (report_movement): departures (entries into MIGRATION) and returns (entries into RETURN) per
-- month of the change.
-- The destination is the country of the journey leg in force on the date of the change (report_leg_country), else
-- the episode's destination.
-- The office is the one that owned the case on the date of the change (case_office_at) for cases handed over.
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). The function recomputes the partitions listed in report_partition
-- (every office and month for a rebuild, those the marks of report_change name otherwise: R__report_changes.sql).
-- Tables and indexes stay in versioned migrations (V83, V91, V92); the function bodies in those migrations and in
-- V90 are history.

create or replace function report_refresh_movement() returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_movement r using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_movement
    select date_trunc('month', pc.effective_date::timestamp)::date,
           case when moved.client_id is null then c.office_id
                else case_office_at(c.id, pc.effective_date::timestamptz) end,
           case when pc.phase = 'MIGRATION' then 'DEPARTURE' else 'RETURN' end,
           coalesce(nullif(btrim(coalesce(e.origin_locality, c.origin_locality)), ''), 'UNKNOWN'),
           coalesce(report_leg_country(e.id, pc.effective_date), e.destination_country, 'UNKNOWN'),
           c.sex,
           mrc_age_band(c.birth_date, c.birth_year, pc.effective_date),
           c.administrative_status,
           count(*)
    from report_partition p
    cross join lateral (select o.id from client o where o.office_id = p.office_id
                        union
                        select h.client_id from case_owner_office h where h.office_id = p.office_id) k
    join client c on c.id = k.id and c.merged_into is null
    join migration_episode e on e.client_id = c.id
    join phase_change pc on pc.episode_id = e.id and pc.effective_date >= p.from_month
    left join case_handed_over moved on moved.client_id = c.id
    where pc.phase in ('MIGRATION', 'RETURN') and pc.from_phase is distinct from pc.phase
      and (case when moved.client_id is null then c.office_id else case_office_at(c.id, pc.effective_date::timestamptz) end) = p.office_id
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
