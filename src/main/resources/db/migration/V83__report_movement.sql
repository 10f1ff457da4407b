-- Movements rollup: departures (entries into MIGRATION) and returns (entries into RETURN) per month of the change.
create table report_movement (
    month                 date   not null,
    office_id             uuid   not null,
    movement              text   not null,
    origin_locality       text   not null,
    destination_country   text   not null,
    sex                   text   not null,
    age_band              text   not null,
    administrative_status text   not null,
    movements             bigint not null
);

create index report_movement_month_office_idx on report_movement (month, office_id);

-- The same without origin locality (a long tail) and administrative status: what most breakdowns read.
create table report_movement_core (
    month               date   not null,
    office_id           uuid   not null,
    movement            text   not null,
    destination_country text   not null,
    sex                 text   not null,
    age_band            text   not null,
    movements           bigint not null
);

create index report_movement_core_month_office_idx on report_movement_core (month, office_id);

create function report_refresh_movement() returns bigint
    language plpgsql as
$$
declare
    written bigint;
    core    bigint;
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
    group by 1, 2, 3, 4, 5, 6, 7, 8;
    get diagnostics written = row_count;
    delete from report_movement_core;
    insert into report_movement_core
    select month, office_id, movement, destination_country, sex, age_band, sum(movements)
    from report_movement
    group by 1, 2, 3, 4, 5, 6;
    get diagnostics core = row_count;
    return written + core;
end;
$$;
