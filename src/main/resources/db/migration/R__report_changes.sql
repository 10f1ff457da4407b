-- The marks of report_change (V140): which (rollup, office, first month) partitions a change may alter. Statement
-- triggers (one insert of marks per statement, so that a bulk load of millions of rows adds a handful) on every table
-- a rollup reads; a mark may cover more than the change alters, never less. Each rollup's partition is keyed by the
-- office its refresh function groups by: the client's office (caseload, movement, return, recognition, deskilling),
-- the family member's (family), the child's (schooling), the referring office (referral), the delivering office or
-- the session's (service).
-- Repeatable: Flyway re-runs this file whenever it changes, so it always holds the current definitions.

-- Every office that owned a client's case at some time through an accepted handover (case_handover, V221): the
-- client-keyed rollups attribute each event to the office that owned the case then (case_office_at), so a change to
-- a handed-over client may alter the partitions of its former offices too.
create or replace view case_owner_office as
select distinct x.client_id, x.office_id
from case_handover h
cross join lateral (select unnest(array [h.client_id] || h.member_ids) as client_id) m
cross join lateral (values (m.client_id, h.from_office_id), (m.client_id, h.to_office_id)) x(client_id, office_id)
where h.status = 'ACCEPTED';

-- Marks the client-keyed rollups of these clients in their current office and every office that owned their case
-- before, each from the month of its date.
create or replace function report_mark_clients(rollups text[], ids uuid[], froms date[]) returns void
    language sql as
$$
insert into report_change (rollup, office_id, from_month)
select r.rollup, o.office_id, min(date_trunc('month', t.from_date)::date)
from unnest(ids, froms) t(id, from_date)
cross join lateral (select c.office_id from client c where c.id = t.id
                    union
                    select h.office_id from case_owner_office h where h.client_id = t.id) o
cross join unnest(rollups) r(rollup)
where t.from_date < 'infinity'
group by r.rollup, o.office_id
$$;

-- Marks the families-left-behind and schooling rollups in the offices of everyone linked to these clients (a
-- migrant's phase, sex or merge counts for the family members, children among them, linked to them).
create or replace function report_mark_families(ids uuid[], froms date[]) returns void
    language sql as
$$
insert into report_change (rollup, office_id, from_month)
select r.rollup, f.office_id, min(date_trunc('month', t.from_date)::date)
from unnest(ids, froms) t(id, from_date)
cross join lateral (select l.related_client_id as other from client_link l where l.client_id = t.id
                    union all
                    select l.client_id from client_link l where l.related_client_id = t.id) k
join client f on f.id = k.other
cross join unnest(array['family', 'schooling']) r(rollup)
where t.from_date < 'infinity'
group by r.rollup, f.office_id
$$;

-- Everything a client's reported attributes (sex, birth, roles, nationalities, statuses, office, merge, origin,
-- education) feed: every rollup in the client's office, and the referrals, services and group sessions of the client
-- where they are counted.
create or replace function report_mark_client_attributes(ids uuid[]) returns void
    language plpgsql as
$$
begin
    perform report_mark_clients(
            array['caseload', 'movement', 'return', 'family', 'service', 'recognition', 'deskilling', 'schooling'],
            ids, array_fill('-infinity'::date, array[cardinality(ids)]));
    -- a parent's sex decides which parent migrated in the schooling rollup of the children linked to them
    perform report_mark_families(ids, array_fill('-infinity'::date, array[cardinality(ids)]));
    insert into report_change (rollup, office_id, from_month)
    select 'referral', r.office_id, min(date_trunc('month', r.created_at at time zone 'UTC')::date)
    from referral r where r.client_id = any (ids)
    group by r.office_id;
    insert into report_change (rollup, office_id, from_month)
    select 'service', x.office_id, min(x.month)
    from (select d.office_id, date_trunc('month', d.delivered_on::timestamp)::date as month
          from service_delivery d where d.client_id = any (ids) and d.office_id is not null
          union all
          select s.office_id, date_trunc('month', s.held_on::timestamp)::date
          from group_session_attendee a join group_session s on s.id = a.session_id
          where a.client_id = any (ids)) x
    group by x.office_id;
end;
$$;

create or replace function report_changes_client() returns trigger
    language plpgsql as
$$
declare
    changed uuid[];
begin
    -- a new client has no episode, diploma or occupation yet: nothing to mark until those are recorded
    select array_agg(n.id) into changed
    from new_rows n join old_rows o on o.id = n.id
    where (o.office_id, o.sex, o.birth_date, o.birth_year, o.roles, o.nationalities, o.administrative_status,
           o.vulnerabilities, o.merged_into, o.origin_locality, o.current_locality, o.education_level, o.created_at)
          is distinct from
          (n.office_id, n.sex, n.birth_date, n.birth_year, n.roles, n.nationalities, n.administrative_status,
           n.vulnerabilities, n.merged_into, n.origin_locality, n.current_locality, n.education_level, n.created_at);
    if changed is not null then
        perform report_mark_client_attributes(changed);
        -- and the office the client left, for every rollup keyed by the client's office
        insert into report_change (rollup, office_id, from_month)
        select r.rollup, o.office_id, '-infinity'::date
        from (select distinct o.office_id from old_rows o join new_rows n on n.id = o.id
              where o.office_id <> n.office_id) o
        cross join unnest(array['caseload', 'movement', 'return', 'family', 'service', 'recognition',
                                'deskilling', 'schooling']) r(rollup);
    end if;
    return null;
end;
$$;

-- The rows of a changed table as (client, date from which the change counts), old and new rows alike.
create or replace function report_changes_by_client() returns trigger
    language plpgsql as
$$
declare
    ids   uuid[];
    froms date[];
    -- tg_argv[0]: a query over the transition table named by %1$s giving (client_id, from_date); tg_argv[1..]: the
    -- rollups keyed by the client's office; 'family' among them also marks the linked family members' offices
    query text := 'select array_agg(client_id), array_agg(from_date) from (select client_id, min(from_date) as from_date'
                  || ' from (' || tg_argv[0] || ') x group by client_id) y';
    rollups text[] := tg_argv[1:];
begin
    if tg_op <> 'DELETE' then
        execute format(query, 'new_rows') into ids, froms;
        perform report_mark_clients(rollups, ids, froms);
        if 'family' = any (rollups) then
            perform report_mark_families(ids, froms);
        end if;
    end if;
    if tg_op <> 'INSERT' then
        execute format(query, 'old_rows') into ids, froms;
        perform report_mark_clients(rollups, ids, froms);
        if 'family' = any (rollups) then
            perform report_mark_families(ids, froms);
        end if;
    end if;
    return null;
end;
$$;

-- The rows of a changed table as (office, month) marks of one rollup, old and new rows alike.
create or replace function report_changes_by_office() returns trigger
    language plpgsql as
$$
declare
    -- tg_argv[0]: the rollup; tg_argv[1]: a query over the transition table named by %1$s giving (office_id, month)
    query text := 'insert into report_change (rollup, office_id, from_month) select $1, office_id, min(month) from ('
                  || tg_argv[1] || ') x group by office_id';
begin
    if tg_op <> 'DELETE' then
        execute format(query, 'new_rows') using tg_argv[0];
    end if;
    if tg_op <> 'INSERT' then
        execute format(query, 'old_rows') using tg_argv[0];
    end if;
    return null;
end;
$$;

-- An episode counts through its phase changes (whose own triggers mark a new episode's months): a change of client,
-- origin or destination moves every month of it, a changed closing date the months from the earlier of the two dates.
create or replace function report_changes_episode() returns trigger
    language plpgsql as
$$
declare
    ids   uuid[];
    froms date[];
begin
    if tg_op = 'DELETE' then
        select array_agg(client_id), array_agg('-infinity'::date) into ids, froms from old_rows;
    else
        select array_agg(x.client_id), array_agg(x.from_date) into ids, froms
        from (select o.client_id, '-infinity'::date as from_date, n.client_id as new_client_id
              from old_rows o join new_rows n on n.id = o.id
              where (o.client_id, o.origin_locality, o.destination_country)
                    is distinct from (n.client_id, n.origin_locality, n.destination_country)
              union all
              select o.client_id, least(coalesce(o.closed_on, 'infinity'), coalesce(n.closed_on, 'infinity')),
                     n.client_id
              from old_rows o join new_rows n on n.id = o.id
              where o.closed_on is distinct from n.closed_on) changed
        cross join lateral (values (changed.client_id, changed.from_date),
                                   (changed.new_client_id, changed.from_date)) x(client_id, from_date);
    end if;
    perform report_mark_clients(array['caseload', 'movement', 'return', 'family'], ids, froms);
    perform report_mark_families(ids, froms);
    return null;
end;
$$;

-- A changed category moves every referral and service of its type: every office, every month.
create or replace function report_changes_service_type() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from old_rows o join new_rows n on n.id = o.id
               where (o.code, o.category) is distinct from (n.code, n.category)) then
        insert into report_change (rollup, office_id, from_month)
        values ('referral', null, '-infinity'), ('service', null, '-infinity');
    end if;
    return null;
end;
$$;

-- The triggers: one per table and event (a statement trigger with transition tables fires on one event), all
-- dropped and created again so that one this file no longer lists goes.
do
$$
declare
    t record;
    event text;
begin
    for t in select tgname, tgrelid::regclass::text as tbl from pg_trigger
             where strpos(tgname, '_report_changes_') > 0 and not tgisinternal loop
        execute format('drop trigger %I on %s', t.tgname, t.tbl);
    end loop;
    for t in
        select * from (values
            ('client', 'report_changes_client', null::text[], array['update']),
            ('phase_change', 'report_changes_by_client', array[
                'select e.client_id, c.effective_date as from_date from %1$s c'
                    || ' join migration_episode e on e.id = c.episode_id',
                'caseload', 'movement', 'return', 'family'], array['insert', 'update', 'delete']),
            ('migration_episode', 'report_changes_episode', null::text[], array['update', 'delete']),
            ('journey_leg', 'report_changes_by_client', array[
                'select e.client_id, coalesce(l.from_date, ''-infinity'') as from_date from %1$s l'
                    || ' join migration_episode e on e.id = l.episode_id',
                'movement', 'return'], array['insert', 'update', 'delete']),
            ('client_link', 'report_changes_by_client', array[
                'select client_id, coalesce(since, ''-infinity'') as from_date from %1$s'
                    || ' union all select related_client_id, coalesce(since, ''-infinity'') from %1$s',
                'family', 'schooling'], array['insert', 'update', 'delete']),
            ('child_schooling', 'report_changes_by_client', array[
                'select client_id, since as from_date from %1$s', 'schooling'],
                array['insert', 'update', 'delete']),
            ('client_diploma', 'report_changes_by_client', array[
                'select client_id, ''-infinity''::date as from_date from %1$s', 'recognition'],
                array['insert', 'update', 'delete']),
            ('diploma_recognition', 'report_changes_by_client', array[
                'select d.client_id, r.effective_on as from_date from %1$s r'
                    || ' join client_diploma d on d.id = r.diploma_id', 'recognition'],
                array['insert', 'update', 'delete']),
            ('client_employment', 'report_changes_by_client', array[
                'select client_id, ''-infinity''::date as from_date from %1$s', 'deskilling'],
                array['insert', 'update', 'delete']),
            ('referral', 'report_changes_by_office', array['referral',
                'select office_id, date_trunc(''month'', created_at at time zone ''UTC'')::date as month from %1$s'],
                array['insert', 'update', 'delete']),
            ('referral_event', 'report_changes_by_office', array['referral',
                'select r.office_id, date_trunc(''month'', r.created_at at time zone ''UTC'')::date as month'
                    || ' from %1$s ev join referral r on r.id = ev.referral_id'],
                array['insert', 'update', 'delete']),
            ('service_delivery', 'report_changes_by_office', array['service',
                'select coalesce(d.office_id, c.office_id) as office_id,'
                    || ' date_trunc(''month'', d.delivered_on::timestamp)::date as month'
                    || ' from %1$s d join client c on c.id = d.client_id'],
                array['insert', 'update', 'delete']),
            ('group_session', 'report_changes_by_office', array['service',
                'select office_id, date_trunc(''month'', held_on::timestamp)::date as month from %1$s'],
                array['insert', 'update', 'delete']),
            ('group_session_attendee', 'report_changes_by_office', array['service',
                'select s.office_id, date_trunc(''month'', s.held_on::timestamp)::date as month'
                    || ' from %1$s a join group_session s on s.id = a.session_id'],
                array['insert', 'update', 'delete']),
            ('group_session_headcount', 'report_changes_by_office', array['service',
                'select s.office_id, date_trunc(''month'', s.held_on::timestamp)::date as month'
                    || ' from %1$s h join group_session s on s.id = h.session_id'],
                array['insert', 'update', 'delete']),
            ('service_type', 'report_changes_service_type', null::text[], array['update'])
        ) v(tbl, fn, args, events)
    loop
        foreach event in array t.events loop
            execute format(
                    'create trigger %I after %s on %I referencing %s for each statement execute function %I(%s)',
                    t.tbl || '_report_changes_' || event, event, t.tbl,
                    case event
                        when 'insert' then 'new table as new_rows'
                        when 'delete' then 'old table as old_rows'
                        else 'old table as old_rows new table as new_rows'
                    end,
                    t.fn,
                    coalesce((select string_agg(quote_literal(a), ', ') from unnest(t.args) a), ''));
        end loop;
    end loop;
end;
$$;
