-- Where partners deliver services (HSDS location). Coordinates are optional and come as a pair.
create table partner_location (
    id          uuid primary key,
    partner_id  uuid             not null references partner_organisation (id),
    name        varchar(200)     not null,
    address     varchar(500),
    locality    varchar(200)     not null,
    country     varchar(2)       not null check (country ~ '^[A-Z]{2}$'),
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    created_at  timestamptz      not null,
    updated_at  timestamptz      not null,
    version     bigint           not null default 0,
    constraint partner_location_coordinates_paired check ((latitude is null) = (longitude is null))
);

create index partner_location_partner_idx on partner_location (partner_id, id);
