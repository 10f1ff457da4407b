-- Occupations before, during and after migration. Comparing them (with the ISCO-08 major group, 9 = elementary
-- occupations) against education reveals deskilling.
create table client_employment (
    id                 uuid primary key,
    client_id          uuid         not null references client (id) on delete cascade,
    period             varchar(8)   not null check (period in ('BEFORE', 'DURING', 'AFTER')),
    occupation_title   varchar(200),
    isco_major_group   smallint check (isco_major_group between 0 and 9),
    country            varchar(2),
    employment_status  varchar(32)  not null,
    from_date          date,
    to_date            date,
    is_current         boolean      not null default false,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint client_employment_dates check (to_date is null or from_date is null or to_date >= from_date),
    constraint client_employment_current check (not is_current or to_date is null)
);

create index client_employment_client_idx on client_employment (client_id, id);
create index client_employment_isco_idx on client_employment (isco_major_group) where isco_major_group is not null;
