-- Responses of creates sent with an Idempotency-Key, kept for the configured retention (at least 24 h).
create table idempotency_record (
    caller         varchar(255) not null,
    idem_key       varchar(200) not null,
    operation      varchar(200) not null,
    request_hash   varchar(64)     not null,
    resource_id    uuid,
    response_body  jsonb,
    created_at     timestamptz  not null,
    primary key (caller, idem_key)
);

create index idempotency_record_created_idx on idempotency_record (created_at);
