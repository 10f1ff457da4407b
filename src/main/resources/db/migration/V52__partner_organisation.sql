-- Partner organisations of the directory (HSDS organization). The id is what a partner token's organisation
-- claim carries. Organisations are deactivated, never deleted: referrals and consents keep naming them.
create table partner_organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    types       text[]       not null,
    country     varchar(2)   not null check (country ~ '^[A-Z]{2}$'),
    locality    varchar(200),
    website     varchar(500),
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint partner_has_types check (cardinality(types) > 0),
    constraint partner_known_types check (types <@ array['NGO', 'MIGRANT_DIASPORA_ASSOCIATION', 'COOPERATIVE',
        'FINANCIAL_INSTITUTION', 'EMPLOYER', 'PRIVATE_EMPLOYMENT_AGENCY', 'TRADE_UNION', 'TRAINING_PROVIDER',
        'HEALTH_PROVIDER', 'SCHOOL', 'NATIONAL_AGENCY', 'MUNICIPAL_OFFICE', 'INTERNATIONAL_ORGANISATION',
        'OTHER_RESOURCE_CENTRE']::text[])
);

create index partner_organisation_types_idx on partner_organisation using gin (types);
