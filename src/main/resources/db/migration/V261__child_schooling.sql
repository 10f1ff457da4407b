-- School status of a child in a household with a migrant member (children left behind, issue 16): each row is the
-- status as of a date (enrolled, not enrolled, dropped out, completed), with the level and whether the child attends;
-- the latest row effective by a date is the status on that date. A minor's data: S2 wherever it appears, never in a
-- report cell below the suppression threshold. Rows are recorded, never edited; a wrong one is removed.
create table child_schooling (
    id          uuid primary key,
    client_id   uuid        not null references client (id),
    status      varchar(16) not null check (status in ('ENROLLED', 'NOT_ENROLLED', 'DROPPED_OUT', 'COMPLETED')),
    level       varchar(24) check (level in ('EARLY_CHILDHOOD', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY',
                                            'VOCATIONAL', 'TERTIARY')),
    attending   boolean,
    since       date        not null,
    recorded_by varchar(200) not null,
    recorded_at timestamptz not null,
    constraint child_schooling_attending check (status = 'ENROLLED' or attending is null or not attending)
);

create index child_schooling_client_idx on child_schooling (client_id, since);
