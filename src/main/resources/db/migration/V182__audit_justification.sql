-- The justification staff type for an access outside their scope is free text and may name people, so it cannot
-- live in the append-only, hash-chained audit_entry, from which nothing can ever be erased. From this version on the
-- entry's reason column holds only a digest of the text (sha256 over the entry id and the text, hex, prefixed
-- 'sha256:'), which the chain covers; the text itself lives here, where an erasure can delete it. A text still
-- here can be checked against its entry's digest.
create table audit_justification (
    entry_id      uuid primary key,
    justification varchar(500) not null
);
