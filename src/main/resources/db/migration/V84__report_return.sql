-- Returnee rollup: entries into RETURN per month, by circumstance and cycle completeness, with for each
-- preparedness factor how many returns recorded it and how many answered yes (shares are taken among those).
create table report_return (
    month                 date   not null,
    office_id             uuid   not null,
    circumstance          text   not null,
    completeness          text   not null,
    sex                   text   not null,
    age_band              text   not null,
    destination_country   text   not null,
    returns               bigint not null,
    time_recorded         bigint not null,
    time_yes              bigint not null,
    assistance_recorded   bigint not null,
    assistance_yes        bigint not null,
    capital_recorded      bigint not null,
    capital_yes           bigint not null,
    protection_recorded   bigint not null,
    protection_yes        bigint not null,
    intention_recorded    bigint not null,
    intention_stay        bigint not null,
    intention_remigrate   bigint not null,
    intention_undecided   bigint not null
);

create index report_return_month_office_idx on report_return (month, office_id);

-- The same without destination country and age band: what breakdowns by circumstance, completeness and sex read.
create table report_return_core (
    month               date   not null,
    office_id           uuid   not null,
    circumstance        text   not null,
    completeness        text   not null,
    sex                 text   not null,
    returns             bigint not null,
    time_recorded       bigint not null,
    time_yes            bigint not null,
    assistance_recorded bigint not null,
    assistance_yes      bigint not null,
    capital_recorded    bigint not null,
    capital_yes         bigint not null,
    protection_recorded bigint not null,
    protection_yes      bigint not null,
    intention_recorded  bigint not null,
    intention_stay      bigint not null,
    intention_remigrate bigint not null,
    intention_undecided bigint not null
);

create index report_return_core_month_office_idx on report_return_core (month, office_id);

create function report_refresh_return() returns bigint
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
    group by 1, 2, 3, 4, 5, 6, 7;
    get diagnostics written = row_count;
    delete from report_return_core;
    insert into report_return_core
    select month, office_id, circumstance, completeness, sex,
           sum(returns),
           sum(time_recorded),
           sum(time_yes),
           sum(assistance_recorded),
           sum(assistance_yes),
           sum(capital_recorded),
           sum(capital_yes),
           sum(protection_recorded),
           sum(protection_yes),
           sum(intention_recorded),
           sum(intention_stay),
           sum(intention_remigrate),
           sum(intention_undecided)
    from report_return
    group by 1, 2, 3, 4, 5;
    return written;
end;
$$;
