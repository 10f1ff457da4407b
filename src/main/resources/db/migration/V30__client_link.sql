-- Household links between clients: stored once, from the side they were recorded on (type and residence describe
-- the related client as seen from client_id); the other side reads the inverse. Ended links stay as history.
create table client_link (
    id                uuid primary key,
    client_id         uuid        not null references client (id),
    related_client_id uuid        not null references client (id),
    type              varchar(32) not null
        check (type in ('SPOUSE', 'PARTNER', 'PARENT_OF', 'CHILD_OF', 'SIBLING', 'CARER_OF', 'CARED_FOR_BY', 'OTHER')),
    residence         varchar(32) not null check (residence in ('LIVES_WITH', 'ORIGIN_HOUSEHOLD', 'ELSEWHERE')),
    since             date,
    until             date,
    created_at        timestamptz not null,
    version           bigint      not null default 0,
    constraint client_link_not_self check (client_id <> related_client_id),
    constraint client_link_dates check (until is null or since is null or until >= since)
);

-- At most one active link between two clients, whichever side recorded it.
create unique index client_link_active_pair
    on client_link (least(client_id, related_client_id), greatest(client_id, related_client_id))
    where until is null;

create index client_link_client_idx on client_link (client_id);
create index client_link_related_idx on client_link (related_client_id);
