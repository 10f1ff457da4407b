-- The free-text justifications of out-of-scope reads (V182) are erasable by design: the hash-chained audit_entry keeps
-- their digest, so a changed or removed text is detectable and an erasure may delete it. They are therefore not part
-- of the append-only trail the start-up guard protects (every audit_* table: DatabasePrivileges), and the service role
-- needs DELETE on them. The name says so.
alter table audit_justification rename to access_justification;
