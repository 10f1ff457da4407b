-- Merges of duplicate client records: which record survived, which was merged into it, and exactly which rows
-- moved, so that a merge can be undone without losing anything.
create table client_merge (
    id           uuid primary key,
    survivor_id  uuid         not null references client (id),
    merged_id    uuid         not null references client (id),
    moved        jsonb        not null,
    merged_by    varchar(255) not null,
    merged_at    timestamptz  not null,
    undone_by    varchar(255),
    undone_at    timestamptz,
    version      bigint       not null default 0,
    constraint client_merge_distinct check (survivor_id <> merged_id)
);

create index client_merge_survivor_idx on client_merge (survivor_id);
create index client_merge_merged_idx on client_merge (merged_id);
-- a record can be merged away only once at a time
create unique index client_merge_one_active_per_merged on client_merge (merged_id) where undone_at is null;
