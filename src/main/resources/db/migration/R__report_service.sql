-- Services-delivered rollup (report_service), by month: individual deliveries (office = the delivering office, or the
-- client's office when a partner delivered), registered attendees of group sessions and anonymous headcounts.
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). The function recomputes the partitions listed in report_partition
-- (every office and month for a rebuild, those the marks of report_change name otherwise: R__report_changes.sql).
-- Tables and indexes stay in versioned migrations (V87, V91); the function bodies in those migrations and in V90 are
-- history.

create or replace function report_refresh_service() returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_service r using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_service
    select x.month, x.office_id, x.service_type_code, st.category, x.provider, x.mode, x.sex, x.age_band,
           sum(x.people)
    from (-- delivered by an office: counted for that office
          select date_trunc('month', d.delivered_on::timestamp)::date as month,
                 d.office_id,
                 d.service_type_id,
                 d.service_type_code,
                 'O:' || d.office_id as provider,
                 'INDIVIDUAL' as mode,
                 c.sex,
                 mrc_age_band(c.birth_date, c.birth_year, d.delivered_on) as age_band,
                 1 as people
          from report_partition p
          join service_delivery d on d.office_id = p.office_id and d.delivered_on >= p.from_month
          join client c on c.id = d.client_id and c.merged_into is null
          union all
          -- delivered by a partner: counted for the client's office
          select date_trunc('month', d.delivered_on::timestamp)::date, c.office_id, d.service_type_id,
                 d.service_type_code, 'P:' || d.partner_id, 'INDIVIDUAL', c.sex,
                 mrc_age_band(c.birth_date, c.birth_year, d.delivered_on), 1
          from report_partition p
          join client c on c.office_id = p.office_id and c.merged_into is null
          join service_delivery d on d.client_id = c.id and d.office_id is null and d.delivered_on >= p.from_month
          union all
          select date_trunc('month', s.held_on::timestamp)::date, s.office_id, s.service_type_id,
                 s.service_type_code, 'O:' || s.office_id, 'GROUP', c.sex,
                 mrc_age_band(c.birth_date, c.birth_year, s.held_on), 1
          from report_partition p
          join group_session s on s.office_id = p.office_id and s.held_on >= p.from_month
          join group_session_attendee a on a.session_id = s.id
          join client c on c.id = a.client_id and c.merged_into is null
          union all
          select date_trunc('month', s.held_on::timestamp)::date, s.office_id, s.service_type_id,
                 s.service_type_code, 'O:' || s.office_id, 'ANONYMOUS', h.sex, h.age_band, h.people
          from report_partition p
          join group_session s on s.office_id = p.office_id and s.held_on >= p.from_month
          join group_session_headcount h on h.session_id = s.id
          where h.people > 0) x
    join service_type st on st.id = x.service_type_id
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
