-- The transactional outbox: one row per event, written in the transaction of the change it announces (a rolled-back
-- change leaves no event). Thin: the type, the resource's kind and id, and the partner it concerns; never personal
-- data. Kept for replays ("everything since").
create table webhook_event (
    id             uuid primary key,
    type           varchar(64)  not null,
    partner_id     uuid,
    resource_type  varchar(32)  not null,
    resource_id    uuid         not null,
    occurred_at    timestamptz  not null
);

create index webhook_event_partner_time_idx on webhook_event (partner_id, occurred_at, id);
create index webhook_event_time_idx on webhook_event (occurred_at, id);
