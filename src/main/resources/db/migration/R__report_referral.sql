-- Referral rollups (report_referral, report_referral_time), by month of creation and the referring office (referrals
-- entered in error are left out): counts with how many were ever accepted, rejected, completed, and the distribution
-- of hours from request to first response and to completion in buckets (bounds in mrc_hours_bucket).
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current body (create or replace;
-- a changed signature drops the old one first). The function recomputes the partitions listed in report_partition
-- (every office and month for a rebuild, those the marks of report_change name otherwise: R__report_changes.sql).
-- Tables and indexes stay in versioned migrations (V86, V91, V92); the function bodies in those migrations and in
-- V90 are history.

-- Bucket 0..16 of a duration in hours: bucket 0 holds durations under 1 hour, bucket i those from the i-th to under the
-- (i+1)-th bound of (1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440, 2160), bucket 16 2160 hours and
-- more. ResponseTimes reads the same bounds. One expression, so that PostgreSQL inlines it.
create or replace function mrc_hours_bucket(hours double precision) returns smallint
    language sql immutable parallel safe as
$$
select width_bucket(hours, array[1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440,
                                 2160]::double precision[])::smallint
$$;

create or replace function report_refresh_referral() returns bigint
    language plpgsql as
$$
declare
    written bigint;
    timed   bigint;
begin
    delete from report_referral r using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_referral
    select date_trunc('month', r.created_at at time zone 'UTC')::date,
           r.office_id,
           r.service_type_code,
           coalesce(st.category, 'UNKNOWN'),
           r.partner_id,
           lower(replace(r.status, '_', '-')),
           coalesce(r.outcome, 'NONE'),
           coalesce(r.close_reason, 'NONE'),
           c.sex,
           count(*),
           -- accepted at some point: every status after acceptance, or a cancellation after an acceptance
           count(*) filter (where r.status in ('ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED')
               or (r.status = 'CANCELLED' and exists (select 1 from referral_event ev
                                                      where ev.referral_id = r.id and ev.to_status = 'ACCEPTED'))),
           count(*) filter (where r.status = 'REJECTED'),
           count(*) filter (where r.status = 'COMPLETED')
    from report_partition p
    join referral r on r.office_id = p.office_id and r.created_at >= p.from_month::timestamp at time zone 'UTC'
    join client c on c.id = r.client_id and c.merged_into is null
    left join service_type st on st.code = r.service_type_code
    where r.status <> 'ENTERED_IN_ERROR'
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    order by 1, 2;
    get diagnostics written = row_count;

    delete from report_referral_time r
    using report_partition p where r.office_id = p.office_id and r.month >= p.from_month;
    insert into report_referral_time
    select t.month, t.office_id, t.service_type_code, t.category, t.partner_id, t.sex, t.kind,
           mrc_hours_bucket(t.hours), count(*)
    from (select date_trunc('month', r.created_at at time zone 'UTC')::date as month,
                 r.office_id, r.service_type_code, coalesce(st.category, 'UNKNOWN') as category, r.partner_id,
                 c.sex, d.kind, d.hours
          from report_partition p
          join referral r on r.office_id = p.office_id and r.created_at >= p.from_month::timestamp at time zone 'UTC'
          join client c on c.id = r.client_id and c.merged_into is null
          left join service_type st on st.code = r.service_type_code
          cross join lateral (
              values ('FIRST_RESPONSE', extract(epoch from r.first_response_at - r.requested_at) / 3600.0),
                     ('COMPLETION', extract(epoch from r.completed_at - r.requested_at) / 3600.0)) d(kind, hours)
          where r.requested_at is not null and r.status <> 'ENTERED_IN_ERROR' and d.hours is not null) t
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2;
    get diagnostics timed = row_count;
    return written + timed;
end;
$$;
