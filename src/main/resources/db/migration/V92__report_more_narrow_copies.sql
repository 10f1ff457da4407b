-- More narrower copies of the rollups, for breakdowns the existing ones did not cover and that otherwise read the
-- full rollup. Filled by the service from the full rollup in the transaction that rebuilds it (RollupCopy).

-- caseload without the multi-valued roles and nationalities
create table report_caseload_brief (
    month     date   not null,
    office_id uuid   not null,
    phase     text   not null,
    sub_stage text   not null,
    sex       text   not null,
    age_band  text   not null,
    clients   bigint not null
);

create index report_caseload_brief_month_office_idx on report_caseload_brief (month, office_id);

-- movements by origin locality, without destination and administrative status
create table report_movement_origin (
    month           date   not null,
    office_id       uuid   not null,
    movement        text   not null,
    origin_locality text   not null,
    sex             text   not null,
    age_band        text   not null,
    movements       bigint not null
);

create index report_movement_origin_month_office_idx on report_movement_origin (month, office_id);

-- returns with age band, without destination
create table report_return_age (
    month               date   not null,
    office_id           uuid   not null,
    circumstance        text   not null,
    completeness        text   not null,
    sex                 text   not null,
    age_band            text   not null,
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

create index report_return_age_month_office_idx on report_return_age (month, office_id);

-- referrals by service type, without partner and reason, and their response times
create table report_referral_service (
    month             date   not null,
    office_id         uuid   not null,
    service_type_code text   not null,
    category          text   not null,
    status            text   not null,
    outcome           text   not null,
    sex               text   not null,
    referrals         bigint not null,
    accepted          bigint not null,
    rejected          bigint not null,
    completed         bigint not null
);

create index report_referral_service_month_office_idx on report_referral_service (month, office_id);

create table report_referral_time_service (
    month             date     not null,
    office_id         uuid     not null,
    service_type_code text     not null,
    category          text     not null,
    sex               text     not null,
    kind              text     not null,
    bucket            smallint not null,
    referrals         bigint   not null
);

create index report_referral_time_service_month_office_idx on report_referral_time_service (month, office_id);
