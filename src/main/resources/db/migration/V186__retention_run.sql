-- Runs of the retention job (issue 13). A run walks the clients in id order, one batch per transaction; the batch's
-- changes, its counts and the cursor are committed together, so a run interrupted by a crash resumes after the last
-- committed batch. Counts are kept by rule and office: processed, skipped because of a legal hold, and left until
-- their household can go with them.
create table retention_run (
    id          uuid primary key,
    started_at  timestamptz not null,
    finished_at timestamptz,
    cursor_id   uuid,
    batches     integer     not null default 0
);

create unique index retention_run_one_open on retention_run ((true)) where finished_at is null;

create table retention_run_count (
    run_id    uuid        not null references retention_run (id) on delete cascade,
    rule_code varchar(64) not null references retention_rule (code),
    office_id uuid        not null references office (id),
    action    varchar(16) not null,
    processed integer     not null default 0,
    held      integer     not null default 0,
    waiting   integer     not null default 0,
    primary key (run_id, rule_code, office_id)
);
