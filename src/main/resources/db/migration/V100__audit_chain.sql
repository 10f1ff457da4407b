-- Tamper evidence for the audit trail: every entry is linked, in commit order, into one hash chain.
--
--   link n:  hash(n) = sha256(hash(n - 1) || canonical(entry))      hash(0) = 32 zero bytes
--
-- canonical(entry) is the entry's row as JSON without its null members, rendered in UTC: a column added later as
-- nullable leaves the canonical form (and so the hashes) of older entries unchanged.
--
-- A deleted entry leaves its link pointing at nothing, an altered entry no longer matches its link's hash, and a
-- deleted link leaves a gap in chain_seq and a successor whose prev_hash matches nothing: GET /audit/verification
-- finds the first of these. Links are made by a deferred trigger at commit, under one transaction-scoped advisory
-- lock, so the lock is held only while a transaction commits (not while it works) and the chain follows commit
-- order. The trigger function runs as the schema owner: the service's role may read the chain but not write it.
create table audit_chain (
    chain_seq bigint primary key,
    entry_id  uuid  not null unique,
    prev_hash bytea not null check (octet_length(prev_hash) = 32),
    hash      bytea not null check (octet_length(hash) = 32)
);

comment on table audit_chain is 'Hash chain over audit_entry in commit order; see V100__audit_chain.sql';

create function audit_entry_canonical(entry audit_entry) returns bytea
    language sql stable
    set timezone to 'UTC'
as
$$
select convert_to(jsonb_strip_nulls(to_jsonb(entry))::text, 'UTF8')
$$;

create function audit_chain_genesis() returns bytea
    language sql immutable
as
$$
select decode(repeat('00', 32), 'hex')
$$;

create function audit_chain_link() returns trigger
    language plpgsql
    security definer
    set search_path from current
as
$$
declare
    head_seq  bigint;
    head_hash bytea;
begin
    -- 0x6d72632d61756474 = 'mrc-audt': the one lock that orders the chain
    perform pg_advisory_xact_lock(7886474944038921332);
    select chain_seq, hash into head_seq, head_hash from audit_chain order by chain_seq desc limit 1;
    head_hash := coalesce(head_hash, audit_chain_genesis());
    insert into audit_chain (chain_seq, entry_id, prev_hash, hash)
    values (coalesce(head_seq, 0) + 1, new.id, head_hash, sha256(head_hash || audit_entry_canonical(new)));
    return null;
end;
$$;

revoke all on function audit_chain_link() from public;

-- the links are append-only like the entries
create function audit_chain_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_chain is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_chain_no_update_or_delete
    before update or delete on audit_chain
    for each row execute function audit_chain_refuse_change();

create trigger audit_chain_no_truncate
    before truncate on audit_chain
    for each statement execute function audit_chain_refuse_change();

-- entries written before this migration are chained now, in the order they were written; nothing may be appended
-- meanwhile (an older instance still running would otherwise slip an entry in between)
lock table audit_entry in share row exclusive mode;

do
$$
    declare
        entry audit_entry;
        n     bigint := 0;
        prev  bytea  := audit_chain_genesis();
        next  bytea;
    begin
        for entry in select * from audit_entry order by seq
            loop
                n := n + 1;
                next := sha256(prev || audit_entry_canonical(entry));
                insert into audit_chain (chain_seq, entry_id, prev_hash, hash) values (n, entry.id, prev, next);
                prev := next;
            end loop;
    end;
$$;

create constraint trigger audit_entry_chain
    after insert on audit_entry
    deferrable initially deferred
    for each row execute function audit_chain_link();
