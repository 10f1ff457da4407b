-- The coded purpose of an out-of-scope access (X-Access-Reason: <PURPOSE>; <text>), kept apart from the free text
-- so that the trail can be reviewed by purpose. Null for accesses within the caller's scope and for older entries.
alter table audit_entry add column reason_code varchar(32)
    check (reason_code is null or reason_code ~ '^[A-Z][A-Z_]*$');

create index audit_entry_reason_code_idx on audit_entry (reason_code, seq) where reason_code is not null;
