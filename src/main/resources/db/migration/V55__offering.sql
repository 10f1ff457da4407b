-- Offerings (HSDS service_at_location): a service type offered by exactly one provider, either a partner at one
-- of its locations or an office of the centre (in-house). The service type code is copied because codes never
-- change; country and locality are copied from the location or office so searches need no join.
create table offering (
    id                 uuid primary key,
    service_type_id    uuid          not null references service_type (id),
    service_type_code  varchar(64)   not null,
    partner_id         uuid          references partner_organisation (id),
    location_id        uuid          references partner_location (id),
    provider_office_id uuid          references office (id),
    country            varchar(2)    not null check (country ~ '^[A-Z]{2}$'),
    locality           varchar(200),
    description        varchar(2000),
    languages          text[]        not null default '{}',
    eligibility        varchar(2000),
    min_age            integer       check (min_age between 0 and 120),
    max_age            integer       check (max_age between 0 and 120),
    fees               varchar(500),
    capacity_note      varchar(500),
    status             varchar(32)   not null check (status in ('ACTIVE', 'INACTIVE', 'TEMPORARILY_CLOSED')),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint offering_one_provider check (num_nonnulls(partner_id, provider_office_id) = 1),
    constraint offering_partner_at_location check ((partner_id is null) = (location_id is null)),
    constraint offering_age_range check (min_age is null or max_age is null or min_age <= max_age)
);

create index offering_service_type_idx on offering (service_type_code, id);
create index offering_partner_idx on offering (partner_id, id) where partner_id is not null;
create index offering_office_idx on offering (provider_office_id, id) where provider_office_id is not null;
create index offering_location_idx on offering (location_id) where location_id is not null;
create index offering_languages_idx on offering using gin (languages);
create index offering_locality_idx on offering (lower(locality));
