-- The refresh functions write each rollup in (month, office) order, so that a report reading a few months touches
-- only the pages holding them (a range of months was spread over nearly every page of a rollup). The narrower
-- copies (report_*_core, report_referral_partner, ...) are no longer filled here but by the service, from their
-- definitions, in the same transaction (RollupCopy). Each function is otherwise the one its rollup's migration
-- created.

-- from V82__report_caseload.sql
create or replace function report_refresh_caseload(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_caseload;
    insert into report_caseload
    select m.month,
           c.office_id,
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
    where i.until > first_month and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;

-- from V83__report_movement.sql
create or replace function report_refresh_movement() returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_movement;
    insert into report_movement
    select date_trunc('month', pc.effective_date::timestamp)::date,
           c.office_id,
           case when pc.phase = 'MIGRATION' then 'DEPARTURE' else 'RETURN' end,
           coalesce(nullif(btrim(coalesce(e.origin_locality, c.origin_locality)), ''), 'UNKNOWN'),
           coalesce(e.destination_country, 'UNKNOWN'),
           c.sex,
           mrc_age_band(c.birth_date, c.birth_year, pc.effective_date),
           c.administrative_status,
           count(*)
    from phase_change pc
    join migration_episode e on e.id = pc.episode_id
    join client c on c.id = e.client_id and c.merged_into is null
    where pc.phase in ('MIGRATION', 'RETURN') and pc.from_phase is distinct from pc.phase
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;

-- from V84__report_return.sql
create or replace function report_refresh_return() returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_return;
    insert into report_return
    select date_trunc('month', pc.effective_date::timestamp)::date,
           c.office_id,
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
    where pc.return_circumstance is not null
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;

-- from V85__report_family.sql
create or replace function report_refresh_family(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_family;
    insert into report_family
    with link as (
        -- a link of A to B with type T reads "B is T of A"; seen from B, A is the inverse of T
        select l.client_id as member_id, l.related_client_id as migrant_id, l.type, l.since, l.until
        from client_link l
        union all
        select l.related_client_id, l.client_id,
               case l.type
                   when 'PARENT_OF' then 'CHILD_OF'
                   when 'CHILD_OF' then 'PARENT_OF'
                   when 'CARER_OF' then 'CARED_FOR_BY'
                   when 'CARED_FOR_BY' then 'CARER_OF'
                   else l.type
               end,
               l.since, l.until
        from client_link l)
    select m.month,
           f.office_id,
           regexp_replace(k.type, '_(OF|BY)$', ''),
           i.phase,
           f.sex,
           mrc_age_band(f.birth_date, f.birth_year, m.on_date),
           count(*)
    from report_phase_interval i
    join link k on k.migrant_id = i.client_id
    join client f on f.id = k.member_id and f.merged_into is null and 'FAMILY_LEFT_BEHIND' = any (f.roles)
    cross join lateral report_snapshot_months(i.since, i.until, first_month, last_month) m
    where i.phase in ('TRANSIT', 'MIGRATION')
      and i.until > first_month and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
      and (k.since is null or k.since <= m.on_date)
      and (k.until is null or k.until > m.on_date)
    group by 1, 2, 3, 4, 5, 6
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;

-- from V86__report_referral.sql
create or replace function report_refresh_referral() returns bigint
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
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    order by 1, 2;
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
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2;
    get diagnostics timed = row_count;
    return written + timed;
end;
$$;

-- from V87__report_service.sql
create or replace function report_refresh_service() returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_service;
    insert into report_service
    select x.month, x.office_id, x.service_type_code, st.category, x.provider, x.mode, x.sex, x.age_band,
           sum(x.people)
    from (select date_trunc('month', d.delivered_on::timestamp)::date as month,
                 coalesce(d.office_id, c.office_id) as office_id,
                 d.service_type_id,
                 d.service_type_code,
                 case when d.office_id is not null then 'O:' || d.office_id else 'P:' || d.partner_id end as provider,
                 'INDIVIDUAL' as mode,
                 c.sex,
                 mrc_age_band(c.birth_date, c.birth_year, d.delivered_on) as age_band,
                 1 as people
          from service_delivery d
          join client c on c.id = d.client_id and c.merged_into is null
          union all
          select date_trunc('month', s.held_on::timestamp)::date, s.office_id, s.service_type_id,
                 s.service_type_code, 'O:' || s.office_id, 'GROUP', c.sex,
                 mrc_age_band(c.birth_date, c.birth_year, s.held_on), 1
          from group_session s
          join group_session_attendee a on a.session_id = s.id
          join client c on c.id = a.client_id and c.merged_into is null
          union all
          select date_trunc('month', s.held_on::timestamp)::date, s.office_id, s.service_type_id,
                 s.service_type_code, 'O:' || s.office_id, 'ANONYMOUS', h.sex, h.age_band, h.people
          from group_session s
          join group_session_headcount h on h.session_id = s.id
          where h.people > 0) x
    join service_type st on st.id = x.service_type_id
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;

-- from V88__report_recognition.sql
create or replace function report_refresh_recognition(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_recognition;
    insert into report_recognition
    select m.month, c.office_id, i.status, d.level, i.country, c.sex,
           mrc_age_band(c.birth_date, c.birth_year, m.on_date), count(*)
    from (select r.diploma_id, r.country, r.status, r.effective_on as since,
                 coalesce(lead(r.effective_on) over (partition by r.diploma_id, r.country
                                                     order by r.effective_on, r.recorded_at, r.id),
                          'infinity'::date) as until
          from diploma_recognition r
          union all
          -- until its first recognition step takes effect, a diploma counts as NOT_REQUESTED (empty when the first
          -- step is effective before the diploma was recorded)
          select d.id, 'NONE', 'NOT_REQUESTED', (d.created_at at time zone 'UTC')::date,
                 coalesce((select min(r.effective_on) from diploma_recognition r where r.diploma_id = d.id),
                          'infinity'::date)
          from client_diploma d) i
    join client_diploma d on d.id = i.diploma_id
    join client c on c.id = d.client_id and c.merged_into is null
    cross join lateral report_snapshot_months(i.since, i.until, first_month, last_month) m
    where i.until > first_month and i.since <= last_month + 31
      and i.since <= m.on_date and i.until > m.on_date
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;

-- from V89__report_deskilling.sql
create or replace function report_refresh_deskilling(first_month date, last_month date) returns bigint
    language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_deskilling;
    insert into report_deskilling
    select m.month, c.office_id,
           case when j.isco_major_group = 9 then 'DESKILLED' else 'NOT_DESKILLED' end,
           c.sex, mrc_age_band(c.birth_date, c.birth_year, m.on_date), count(*)
    from client c
    join (select distinct on (e.client_id) e.client_id, e.isco_major_group
          from client_employment e
          where e.isco_major_group is not null
          order by e.client_id, e.is_current desc, e.to_date desc nulls first, e.from_date desc nulls last,
                   e.created_at desc) j on j.client_id = c.id
    cross join lateral report_snapshot_months((c.created_at at time zone 'UTC')::date, 'infinity'::date,
                                              first_month, last_month) m
    where c.merged_into is null
      and c.education_level in ('SHORT_CYCLE_TERTIARY', 'BACHELOR', 'MASTER', 'DOCTORATE')
      and (c.created_at at time zone 'UTC')::date <= m.on_date
    group by 1, 2, 3, 4, 5
    order by 1, 2;
    get diagnostics written = row_count;
    return written;
end;
$$;
