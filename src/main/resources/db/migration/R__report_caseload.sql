-- Caseload rollup (report_caseload): clients with an open episode on each snapshot date (the last day of a month, or
-- today for the current month), by the phase they were in on that date and the attributes reports break down by.
-- The office is the one that owned the case on that date (case_office_at) for cases that were handed over.
-- Multi-valued attributes stay arrays. Narrower copies are filled by the service (RollupCopy, SingleBreakdownRollup).
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). Tables and indexes stay in versioned migrations (V82, V91, V92); the
-- function bodies in those migrations and in V90 are history.

create or replace function report_refresh_caseload(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_caseload;
    insert into report_caseload
    select m.month,
           case when moved.client_id is null then c.office_id else case_office_at(c.id, m.on_date::timestamptz) end,
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
    left join case_handed_over moved on moved.client_id = c.id
    where i.until > first_month and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
