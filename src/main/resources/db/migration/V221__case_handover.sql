-- A case handed from one office to another: proposed by the sending office with a summary and the client's
-- CASE_HANDOVER consent naming the receiving office, then accepted or declined by the receiving office (or withdrawn
-- by the sender). Accepted handovers are the history of a case's ownership: the client (and the household members
-- chosen to move with it) belonged to from_office_id before decided_at and to to_office_id from then on.
create table case_handover (
    id              uuid primary key,
    client_id       uuid          not null references client (id),
    from_office_id  uuid          not null references office (id),
    to_office_id    uuid          not null references office (id),
    consent_id      uuid          not null references consent (id),
    summary         varchar(4000) not null,
    member_ids      uuid[]        not null default '{}',
    status          varchar(16)   not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    proposed_by     varchar(255)  not null,
    proposed_at     timestamptz   not null,
    decided_by      varchar(255),
    decided_at      timestamptz,
    decision_note   varchar(1000),
    version         bigint        not null default 0,
    constraint case_handover_to_another_office check (from_office_id <> to_office_id),
    constraint case_handover_decided_consistently
        check ((status = 'PROPOSED') = (decided_at is null) and (decided_at is null) = (decided_by is null))
);

create unique index case_handover_one_open_per_client on case_handover (client_id) where status = 'PROPOSED';
create index case_handover_client_idx on case_handover (client_id, proposed_at);
create index case_handover_to_office_idx on case_handover (to_office_id, status);
create index case_handover_from_office_idx on case_handover (from_office_id, status);
create index case_handover_members_idx on case_handover using gin (member_ids) where status = 'ACCEPTED';

-- The office that owned a client's case at an instant: the receiving office of the last handover accepted by then,
-- else the sending office of the first one accepted after it, else the office that owns it now. Reports use it to
-- attribute an event to the office that owned the case when it happened.
create function case_office_at(client uuid, at timestamptz) returns uuid
    language sql stable parallel safe as
$$
select coalesce(
    (select h.to_office_id from case_handover h
     where h.status = 'ACCEPTED' and (h.client_id = client or client = any (h.member_ids)) and h.decided_at <= at
     order by h.decided_at desc limit 1),
    (select h.from_office_id from case_handover h
     where h.status = 'ACCEPTED' and (h.client_id = client or client = any (h.member_ids)) and h.decided_at > at
     order by h.decided_at limit 1),
    (select c.office_id from client c where c.id = client))
$$;
