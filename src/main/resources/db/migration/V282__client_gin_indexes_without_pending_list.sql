-- The client's GIN indexes (duplicate-check match keys, name sound codes, name trigrams) are updated in place at
-- each registration instead of through a pending list. With the pending list (fastupdate, PostgreSQL's default),
-- every search scans the whole list of recent registrations linearly until a registration that happens to overflow
-- it pays for merging it (gin_pending_list_limit, 4 MB): the duplicate check's p95 then tracked the list's length,
-- not the index (issue 15). Without it an insert costs a little more, always the same.
alter index client_match_keys_idx set (fastupdate = off);
alter index client_name_codes_idx set (fastupdate = off);
alter index client_search_name_trgm_idx set (fastupdate = off);
-- what is already pending moves into the indexes now rather than at the next vacuum
select gin_clean_pending_list('client_match_keys_idx'::regclass);
select gin_clean_pending_list('client_name_codes_idx'::regclass);
select gin_clean_pending_list('client_search_name_trgm_idx'::regclass);
