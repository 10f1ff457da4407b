-- Single-breakdown copies of the rollups: per month and office, the figures by sex and by one other dimension at a
-- time (the row's dimension names it; 'sex' rows carry sex alone; columns of the other dimensions are null; a
-- multi-valued dimension holds one value per row). A report broken down by at most one dimension besides sex and
-- office reads these instead of the rollup. Sensitive dimensions are not copied. Filled by the service from the
-- rollup in the transaction that rebuilds it (SingleBreakdownRollup); the referral copy carries the response-time
-- distribution as 34 slot columns (hours to first response by bucket 0-16, then to completion 17-33).

create table report_caseload_single (
    month               date   not null,
    office_id           uuid   not null,
    dimension           text   not null,
    phase               text,
    sub_stage           text,
    roles               text[],
    age_band            text,
    nationalities       text[],
    sex                 text   not null,
    clients             bigint not null
);

create index report_caseload_single_dimension_month_office_idx on report_caseload_single (dimension, month, office_id);

create table report_movement_single (
    month               date   not null,
    office_id           uuid   not null,
    dimension           text   not null,
    movement            text   not null,
    origin_locality     text,
    destination_country text,
    age_band            text,
    sex                 text   not null,
    movements           bigint not null
);

create index report_movement_single_dimension_month_office_idx on report_movement_single (dimension, month, office_id);

create table report_return_single (
    month               date   not null,
    office_id           uuid   not null,
    dimension           text   not null,
    circumstance        text,
    completeness        text,
    age_band            text,
    destination_country text,
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

create index report_return_single_dimension_month_office_idx on report_return_single (dimension, month, office_id);

create table report_family_single (
    month               date   not null,
    office_id           uuid   not null,
    dimension           text   not null,
    relation            text,
    migrant_phase       text,
    age_band            text,
    sex                 text   not null,
    members             bigint not null
);

create index report_family_single_dimension_month_office_idx on report_family_single (dimension, month, office_id);

create table report_referral_single (
    month               date   not null,
    office_id           uuid   not null,
    dimension           text   not null,
    service_type_code   text,
    category            text,
    partner_id          uuid,
    status              text,
    outcome             text,
    reason              text,
    sex                 text   not null,
    referrals           bigint not null,
    accepted            bigint not null,
    rejected            bigint not null,
    completed           bigint not null,
    slot_0               bigint not null,
    slot_1               bigint not null,
    slot_2               bigint not null,
    slot_3               bigint not null,
    slot_4               bigint not null,
    slot_5               bigint not null,
    slot_6               bigint not null,
    slot_7               bigint not null,
    slot_8               bigint not null,
    slot_9               bigint not null,
    slot_10              bigint not null,
    slot_11              bigint not null,
    slot_12              bigint not null,
    slot_13              bigint not null,
    slot_14              bigint not null,
    slot_15              bigint not null,
    slot_16              bigint not null,
    slot_17              bigint not null,
    slot_18              bigint not null,
    slot_19              bigint not null,
    slot_20              bigint not null,
    slot_21              bigint not null,
    slot_22              bigint not null,
    slot_23              bigint not null,
    slot_24              bigint not null,
    slot_25              bigint not null,
    slot_26              bigint not null,
    slot_27              bigint not null,
    slot_28              bigint not null,
    slot_29              bigint not null,
    slot_30              bigint not null,
    slot_31              bigint not null,
    slot_32              bigint not null,
    slot_33              bigint not null
);

create index report_referral_single_dimension_month_office_idx on report_referral_single (dimension, month, office_id);

create table report_service_single (
    month               date   not null,
    office_id           uuid   not null,
    dimension           text   not null,
    service_type_code   text,
    category            text,
    provider            text,
    mode                text,
    age_band            text,
    sex                 text   not null,
    people              bigint not null
);

create index report_service_single_dimension_month_office_idx on report_service_single (dimension, month, office_id);

create table report_recognition_single (
    month               date   not null,
    office_id           uuid   not null,
    dimension           text   not null,
    status              text,
    level               text,
    country             text,
    age_band            text,
    sex                 text   not null,
    diplomas            bigint not null
);

create index report_recognition_single_dimension_month_office_idx on report_recognition_single (dimension, month, office_id);

create table report_deskilling_single (
    month               date   not null,
    office_id           uuid   not null,
    dimension           text   not null,
    indicator           text   not null,
    age_band            text,
    sex                 text   not null,
    clients             bigint not null
);

create index report_deskilling_single_dimension_month_office_idx on report_deskilling_single (dimension, month, office_id);
