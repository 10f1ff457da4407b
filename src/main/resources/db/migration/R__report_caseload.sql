-- Caseload rollup (report_caseload): clients with an open episode on each snapshot date (the last day of a month, or
-- today for the current month), by the phase they were in on that date and the attributes reports break down by.
-- The office is the one that owned the case at the end of that date (case_office_at) for cases that were handed over.
-- Multi-valued attributes stay arrays. Narrower copies are filled by the service (RollupCopy, SingleBreakdownRollup).
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). The function recomputes the partitions listed in report_partition
-- (every office and month for a rebuild, those the marks of report_change name otherwise: R__report_changes.sql).
-- Tables and indexes stay in versioned migrations (V82, V91, V92); the function bodies in those migrations and in
-- V90 are history.

create or replace function report_refresh_caseload(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
    -- the earliest month recomputed: no episode closed before it counts
    lowest  date := greatest(first_month, (select min(from_month) from report_partition));
begin
    delete from report_caseload r where r.month < first_month;
    delete from report_caseload r using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_caseload
    select m.month,
           case when moved.client_id is null then c.office_id else case_office_at(c.id, (m.on_date + 1)::timestamptz) end,
           i.phase,
           coalesce(i.sub_stage, 'NONE'),
           case when cardinality(c.roles) = 0 then '{NONE}' else c.roles end,
           c.sex,
           mrc_age_band(c.birth_date, c.birth_year, m.on_date),
           case when cardinality(c.nationalities) = 0 then '{UNKNOWN}' else c.nationalities end,
           c.administrative_status,
           case when cardinality(c.vulnerabilities) = 0 then '{NONE}' else c.vulnerabilities end,
           count(*)
    from report_partition p
    cross join lateral (select o.id from client o where o.office_id = p.office_id
                        union
                        select h.client_id from case_owner_office h where h.office_id = p.office_id) k
    join client c on c.id = k.id and c.merged_into is null
    left join case_handed_over moved on moved.client_id = c.id
    cross join lateral report_client_phase_intervals(c.id, lowest) i
    cross join lateral report_snapshot_months(i.since, i.until, greatest(first_month, p.from_month), last_month) m
    where i.until > greatest(first_month, p.from_month) and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
      and (case when moved.client_id is null then c.office_id else case_office_at(c.id, (m.on_date + 1)::timestamptz) end) = p.office_id
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
