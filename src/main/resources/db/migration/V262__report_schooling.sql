-- Children-left-behind schooling rollup (the function is in R__report_schooling.sql): on each snapshot date,
-- children (under 18 that day) with a school status recorded by then, linked (link active that day) to a parent whose
-- episode was in TRANSIT or MIGRATION that day; parent_migrated says which parent(s): MOTHER, FATHER, BOTH or
-- PARENT_SEX_NOT_RECORDED. zone is the child's current locality (else origin locality). With its single-breakdown copy.
create table report_schooling (
    month           date   not null,
    office_id       uuid   not null,
    parent_migrated text   not null,
    status          text   not null,
    attending       text   not null,
    level           text   not null,
    zone            text   not null,
    sex             text   not null,
    age_band        text   not null,
    children        bigint not null
);

create index report_schooling_month_office_idx on report_schooling (month, office_id);

create table report_schooling_single (
    month           date   not null,
    office_id       uuid   not null,
    dimension       text   not null,
    parent_migrated text,
    status          text,
    attending       text,
    level           text,
    zone            text,
    age_band        text,
    sex             text   not null,
    children        bigint not null
);

create index report_schooling_single_dimension_month_office_idx
    on report_schooling_single (dimension, month, office_id);
