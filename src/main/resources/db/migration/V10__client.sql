-- Clients: anyone the centre serves. Names are folded (lower case, accents removed) and coded phonetically by
-- trigger so that search tolerates accents and typos with index support.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists fuzzystrmatch;

create function mrc_fold(value text) returns text
    language sql immutable parallel safe strict as
$$
select lower(public.unaccent('public.unaccent'::regdictionary, value))
$$;

create table client (
    id                    uuid primary key,
    office_id             uuid         not null references office (id),
    reference             varchar(40)  not null,
    given_name            varchar(200),
    family_name           varchar(200),
    pseudonym             varchar(200),
    other_names           text[]       not null default '{}',
    sex                   varchar(16)  not null,
    gender_identity       varchar(200),
    birth_date            date,
    birth_year            integer check (birth_year between 1900 and 2100),
    birth_year_estimated  boolean      not null default false,
    nationalities         text[]       not null default '{}',
    country_of_birth      varchar(2),
    preferred_languages   text[]       not null default '{}',
    phone                 varchar(40),
    phone_digits          varchar(40),
    email                 varchar(254),
    address               varchar(500),
    origin_country        varchar(2),
    origin_locality       varchar(200),
    current_country       varchar(2),
    current_locality      varchar(200),
    education_level       varchar(32),
    employment_status     varchar(32),
    social_protection     varchar(32),
    remittances_sent      varchar(32),
    remittances_received  varchar(32),
    migration_debt        boolean,
    administrative_status varchar(32)  not null default 'UNDISCLOSED',
    vulnerabilities       text[]       not null default '{}',
    roles                 text[]       not null default '{}',
    current_phase         varchar(32),
    search_name           text         not null default '',
    name_codes            text[]       not null default '{}',
    merged_into           uuid references client (id),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint client_reference_unique unique (reference),
    constraint client_named check (coalesce(given_name, family_name, pseudonym) is not null)
);

create function client_index_names() returns trigger
    language plpgsql as
$$
begin
    new.search_name := mrc_fold(concat_ws(' ', new.given_name, new.family_name, new.pseudonym,
                                          array_to_string(new.other_names, ' ')));
    new.name_codes := coalesce((select array_agg(distinct dmetaphone(token))
                                from unnest(regexp_split_to_array(new.search_name, '[^[:alnum:]]+')) token
                                where length(token) > 1), '{}');
    new.phone_digits := nullif(regexp_replace(coalesce(new.phone, ''), '[^0-9]', '', 'g'), '');
    return new;
end;
$$;

create trigger client_index_names
    before insert or update on client
    for each row execute function client_index_names();

create index client_search_name_trgm_idx on client using gin (search_name gin_trgm_ops);
create index client_name_codes_idx on client using gin (name_codes);
create index client_office_idx on client (office_id, id);
create index client_phone_idx on client (phone_digits) where phone_digits is not null;
create index client_birth_date_idx on client (birth_date) where birth_date is not null;
create index client_birth_year_idx on client (birth_year) where birth_year is not null;

-- Human-readable references, numbered per office and year (BTG-2026-000123).
create table client_reference_counter (
    office_id  uuid    not null references office (id),
    year       integer not null,
    last_value integer not null,
    primary key (office_id, year)
);
