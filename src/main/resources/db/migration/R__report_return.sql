-- Returnee rollup (report_return): entries into RETURN per month, by circumstance and cycle completeness, with for
-- each preparedness factor how many returns recorded it and how many answered yes.
-- The office is the one that owned the case on the date of the change (case_office_at) for cases handed over.
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). Tables and indexes stay in versioned migrations (V84, V91, V92); the
-- function bodies in those migrations and in V90 are history.

create or replace function report_refresh_return() returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_return;
    insert into report_return
    select date_trunc('month', pc.effective_date::timestamp)::date,
           case when moved.client_id is null then c.office_id
                else case_office_at(c.id, pc.effective_date::timestamptz) end,
           pc.return_circumstance,
           pc.return_completeness,
           c.sex,
           mrc_age_band(c.birth_date, c.birth_year, pc.effective_date),
           coalesce(e.destination_country, 'UNKNOWN'),
           count(*),
           count(pc.return_had_time_to_prepare),
           count(*) filter (where pc.return_had_time_to_prepare),
           count(pc.return_institutional_assistance),
           count(*) filter (where pc.return_institutional_assistance),
           count(pc.return_capital_accumulated),
           count(*) filter (where pc.return_capital_accumulated),
           count(pc.return_social_protection_kept),
           count(*) filter (where pc.return_social_protection_kept),
           count(pc.return_intention),
           count(*) filter (where pc.return_intention = 'STAY'),
           count(*) filter (where pc.return_intention = 'REMIGRATE'),
           count(*) filter (where pc.return_intention = 'UNDECIDED')
    from phase_change pc
    join migration_episode e on e.id = pc.episode_id
    join client c on c.id = e.client_id and c.merged_into is null
    left join case_handed_over moved on moved.client_id = c.id
    where pc.return_circumstance is not null
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
