-- Referral rollups, by month of creation and the referring office (referrals entered in error are left out).
-- report_referral counts referrals with how many were ever accepted, rejected, completed; report_referral_time holds
-- the distribution of hours from request to first response and to completion in buckets (bounds in
-- mrc_hours_bucket), so medians and 90th percentiles can be read from any sum of rows.
create table report_referral (
    month             date   not null,
    office_id         uuid   not null,
    service_type_code text   not null,
    category          text   not null,
    partner_id        uuid   not null,
    status            text   not null,
    outcome           text   not null,
    reason            text   not null,
    sex               text   not null,
    referrals         bigint not null,
    accepted          bigint not null,
    rejected          bigint not null,
    completed         bigint not null
);

create index report_referral_month_office_idx on report_referral (month, office_id);

create table report_referral_time (
    month             date     not null,
    office_id         uuid     not null,
    service_type_code text     not null,
    category          text     not null,
    partner_id        uuid     not null,
    sex               text     not null,
    kind              text     not null check (kind in ('FIRST_RESPONSE', 'COMPLETION')),
    bucket            smallint not null,
    referrals         bigint   not null
);

create index report_referral_time_month_office_idx on report_referral_time (month, office_id);

-- The same two without service type and partner: what breakdowns by category, status, outcome, reason and sex read.
create table report_referral_core (
    month     date   not null,
    office_id uuid   not null,
    category  text   not null,
    status    text   not null,
    outcome   text   not null,
    reason    text   not null,
    sex       text   not null,
    referrals bigint not null,
    accepted  bigint not null,
    rejected  bigint not null,
    completed bigint not null
);

create index report_referral_core_month_office_idx on report_referral_core (month, office_id);

create table report_referral_time_core (
    month     date     not null,
    office_id uuid     not null,
    category  text     not null,
    sex       text     not null,
    kind      text     not null,
    bucket    smallint not null,
    referrals bigint   not null
);

create index report_referral_time_core_month_office_idx on report_referral_time_core (month, office_id);

-- And without service type only: what breakdowns by partner read.
create table report_referral_partner (
    month      date   not null,
    office_id  uuid   not null,
    category   text   not null,
    partner_id uuid   not null,
    status     text   not null,
    outcome    text   not null,
    reason     text   not null,
    sex        text   not null,
    referrals  bigint not null,
    accepted   bigint not null,
    rejected   bigint not null,
    completed  bigint not null
);

create index report_referral_partner_month_office_idx on report_referral_partner (month, office_id);

create table report_referral_time_partner (
    month      date     not null,
    office_id  uuid     not null,
    category   text     not null,
    partner_id uuid     not null,
    sex        text     not null,
    kind       text     not null,
    bucket     smallint not null,
    referrals  bigint   not null
);

create index report_referral_time_partner_month_office_idx on report_referral_time_partner (month, office_id);

-- Bucket 0..16 of a duration in hours: bucket 0 holds durations under 1 hour, bucket i those from the i-th to under the
-- (i+1)-th bound of (1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440, 2160), bucket 16 2160 hours and
-- more. ResponseTimes reads the same bounds. One expression, so that PostgreSQL inlines it.
create function mrc_hours_bucket(hours double precision) returns smallint
    language sql immutable parallel safe as
$$
select width_bucket(hours, array[1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440,
                                 2160]::double precision[])::smallint
$$;

create function report_refresh_referral() returns bigint
    language plpgsql as
$$
declare
    written bigint;
    timed   bigint;
begin
    delete from report_referral;
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
    from referral r
    join client c on c.id = r.client_id and c.merged_into is null
    left join service_type st on st.code = r.service_type_code
    where r.status <> 'ENTERED_IN_ERROR'
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
    get diagnostics written = row_count;

    delete from report_referral_time;
    insert into report_referral_time
    select t.month, t.office_id, t.service_type_code, t.category, t.partner_id, t.sex, t.kind,
           mrc_hours_bucket(t.hours), count(*)
    from (select date_trunc('month', r.created_at at time zone 'UTC')::date as month,
                 r.office_id, r.service_type_code, coalesce(st.category, 'UNKNOWN') as category, r.partner_id,
                 c.sex, d.kind, d.hours
          from referral r
          join client c on c.id = r.client_id and c.merged_into is null
          left join service_type st on st.code = r.service_type_code
          cross join lateral (
              values ('FIRST_RESPONSE', extract(epoch from r.first_response_at - r.requested_at) / 3600.0),
                     ('COMPLETION', extract(epoch from r.completed_at - r.requested_at) / 3600.0)) d(kind, hours)
          where r.requested_at is not null and r.status <> 'ENTERED_IN_ERROR' and d.hours is not null) t
    group by 1, 2, 3, 4, 5, 6, 7, 8;
    get diagnostics timed = row_count;

    delete from report_referral_core;
    insert into report_referral_core
    select month, office_id, category, status, outcome, reason, sex, sum(referrals), sum(accepted), sum(rejected),
           sum(completed)
    from report_referral
    group by 1, 2, 3, 4, 5, 6, 7;
    delete from report_referral_time_core;
    insert into report_referral_time_core
    select month, office_id, category, sex, kind, bucket, sum(referrals)
    from report_referral_time
    group by 1, 2, 3, 4, 5, 6;
    delete from report_referral_partner;
    insert into report_referral_partner
    select month, office_id, category, partner_id, status, outcome, reason, sex, sum(referrals), sum(accepted),
           sum(rejected), sum(completed)
    from report_referral
    group by 1, 2, 3, 4, 5, 6, 7, 8;
    delete from report_referral_time_partner;
    insert into report_referral_time_partner
    select month, office_id, category, partner_id, sex, kind, bucket, sum(referrals)
    from report_referral_time
    group by 1, 2, 3, 4, 5, 6, 7;
    return written + timed;
end;
$$;
