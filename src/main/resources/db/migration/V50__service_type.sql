-- The service catalogue: a code list of service types. Codes are immutable and never deleted (no foreign key
-- from elsewhere may dangle); a code that is no longer offered is deactivated.
create table service_type (
    id          uuid primary key,
    code        varchar(64)   not null check (code ~ '^[A-Z][A-Z0-9_]{2,63}$'),
    name        varchar(200)  not null,
    description varchar(2000),
    category    varchar(32)   not null check (category in ('INFORMATION', 'TRAINING', 'LANGUAGE', 'EMPLOYMENT',
        'SKILLS_RECOGNITION', 'LEGAL', 'HEALTH', 'PSYCHOSOCIAL', 'FINANCIAL', 'BUSINESS', 'FAMILY_SUPPORT',
        'PROTECTION', 'HOUSING', 'CIVIC')),
    phases      text[]        not null,
    side        varchar(16)   not null check (side in ('ORIGIN', 'DESTINATION', 'BOTH')),
    active      boolean       not null default true,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint service_type_code_unique unique (code),
    constraint service_type_has_phases check (cardinality(phases) > 0),
    constraint service_type_known_phases
        check (phases <@ array['PRE_DECISION', 'PRE_DEPARTURE', 'TRANSIT', 'MIGRATION', 'RETURN']::text[])
);

create index service_type_phases_idx on service_type using gin (phases);
