-- Append-only audit trail: who did what to which record, when, and how it ended.
create table audit_entry (
    id             uuid primary key,
    seq            bigint generated always as identity unique,
    occurred_at    timestamptz  not null,
    actor_subject  varchar(255) not null,
    actor_roles    varchar(255) not null,
    actor_office   varchar(64),
    actor_partner  varchar(64),
    action         varchar(64)  not null,
    resource_type  varchar(64)  not null,
    resource_id    uuid,
    request_id     varchar(64),
    outcome        varchar(16)  not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
    reason         varchar(500)
);

create index audit_entry_actor_idx on audit_entry (actor_subject, seq);
create index audit_entry_resource_idx on audit_entry (resource_type, resource_id, seq);
create index audit_entry_time_idx on audit_entry (occurred_at);

-- The trail cannot be rewritten: updates, deletes and truncation are refused for every role, including the
-- table owner. Only a deliberate, visible schema change (dropping the triggers) could lift this.
create function audit_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
