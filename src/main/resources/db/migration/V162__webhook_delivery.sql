-- One delivery of an event to a subscription, fanned out in the event's transaction (and again for a replay).
-- The dispatcher claims the oldest pending delivery of each subscription (seq order) with a lease; an instance that
-- dies mid-dispatch leaves the lease to expire, and another claims the delivery again. attempts counts claims.
create table webhook_delivery (
    seq               bigint generated always as identity primary key,
    id                uuid         not null unique,
    subscription_id   uuid         not null references webhook_subscription (id) on delete cascade,
    event_id          uuid         not null references webhook_event (id),
    state             varchar(16)  not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    replay            boolean      not null default false,
    attempts          integer      not null default 0,
    next_attempt_at   timestamptz  not null,
    first_attempt_at  timestamptz,
    lease_until       timestamptz,
    last_status       integer,
    last_error        varchar(64),
    delivered_at      timestamptz,
    created_at        timestamptz  not null
);

create index webhook_delivery_pending_idx on webhook_delivery (subscription_id, seq) where state = 'PENDING';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, seq desc);
