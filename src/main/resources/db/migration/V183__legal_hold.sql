-- A legal hold keeps a client and everything linked to them from erasure and from the retention job until it is
-- released or its end date passes. The reason is coded (free text here could itself name people).
create table legal_hold (
    id          uuid primary key,
    client_id   uuid         not null references client (id),
    reason      varchar(32)  not null
        check (reason in ('LITIGATION', 'AUTHORITY_REQUEST', 'SAFEGUARDING_INVESTIGATION', 'AUDIT', 'COMPLAINT')),
    ends_on     date         not null,
    placed_by   varchar(255) not null,
    placed_at   timestamptz  not null,
    released_by varchar(255),
    released_at timestamptz,
    version     bigint       not null default 0,
    constraint legal_hold_release_complete check ((released_at is null) = (released_by is null))
);

create index legal_hold_client_idx on legal_hold (client_id) where released_at is null;
