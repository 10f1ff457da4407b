-- The centre / municipal desk hierarchy.
create table office (
    id          uuid primary key,
    code        varchar(16)  not null,
    name        varchar(200) not null,
    kind        varchar(32)  not null check (kind in ('RESOURCE_CENTRE', 'MIGRATION_DESK', 'OUTREACH_POINT')),
    parent_id   uuid references office (id),
    country     varchar(2)   not null check (country ~ '^[A-Z]{2}$'),
    locality    varchar(200),
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint office_code_unique unique (code),
    constraint office_not_own_parent check (parent_id is null or parent_id <> id)
);

create index office_parent_idx on office (parent_id);
