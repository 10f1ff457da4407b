-- The delivery log: every attempt with its HTTP status (null when no response came), a failure class and the latency.
-- No request or response bodies are kept.
create table webhook_attempt (
    delivery_id   uuid         not null references webhook_delivery (id) on delete cascade,
    attempt       integer      not null,
    attempted_at  timestamptz  not null,
    status        integer,
    error         varchar(64),
    latency_ms    integer      not null,
    primary key (delivery_id, attempt)
);
