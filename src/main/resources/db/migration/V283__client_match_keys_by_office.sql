-- The duplicate check reads at most a fixed number of candidates behind each class of match keys (V200), through the
-- keys' own index, across every office. Where a class is crowded (a common family name with a year: several hundred
-- people at 1,000,000 clients), that cap is filled in table order by whoever shares a key, in any office and whether
-- merged, erased or anonymised, and the caller's own possible duplicates could be left out. Such a class is then read
-- again within the caller's offices, through this index of the keys with the office, for live records only: a probe
-- intersects one office with the keys inside the index and reads only rows it can list. btree_gin lets a GIN index
-- hold the office id next to the key array (a trusted extension, like pg_trgm; deploy/db-roles.sql and the cluster
-- manifest create it too). The keys' own index (client_match_keys_idx) stays for the first read: with only this one,
-- PostgreSQL 17 planned that read at 1,000,000 clients as a table scan (2.8 s per registration).
create extension if not exists btree_gin;

create index client_match_keys_office_idx on client using gin (office_id, match_keys) with (fastupdate = off)
    where merged_into is null and erased_at is null and anonymised_at is null;
