-- Diplomas a client holds: what, at which level, in which field, issued where and when. Removing a client (erasure)
-- removes their diplomas.
create table client_diploma (
    id              uuid primary key,
    client_id       uuid         not null references client (id) on delete cascade,
    title           varchar(200) not null,
    level           varchar(32)  not null,
    field           varchar(200),
    issuing_country varchar(2)   not null,
    year            integer check (year between 1900 and 2100),
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);

create index client_diploma_client_idx on client_diploma (client_id, id);
