-- Languages a client speaks: one entry per language, with the CEFR level where known and whether it is certified.
create table client_language (
    id               uuid primary key,
    client_id        uuid         not null references client (id) on delete cascade,
    language         varchar(3)   not null,
    level            varchar(8)   not null
        check (level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE', 'UNKNOWN')),
    certified        boolean      not null default false,
    certificate_name varchar(200),
    created_at       timestamptz  not null,
    constraint client_language_once unique (client_id, language),
    constraint client_language_certificate check (certified or certificate_name is null)
);
