-- The duplicate check reads at most a fixed number of candidates behind each class of match keys (V200). Read from
-- an index of the keys alone, that cap was filled in table order by whoever shared a key, in any office and whether
-- merged, erased or anonymised, so that in a crowded key (a common family name with a year, several hundred people
-- at 1,000,000 clients) the caller's own possible duplicates could be left out. The keys are now indexed with the
-- office, for live records only: a probe intersects the caller's offices with its keys inside the index and reads
-- only rows it can list. btree_gin lets a GIN index hold the office id next to the key array (a trusted extension,
-- like pg_trgm; deploy/db-roles.sql and the cluster manifest create it too).
create extension if not exists btree_gin;

create index client_match_keys_office_idx on client using gin (office_id, match_keys) with (fastupdate = off)
    where merged_into is null and erased_at is null and anonymised_at is null;

drop index client_match_keys_idx;
