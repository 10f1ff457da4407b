-- Migration episodes: one journey of a client (origin, destination, dates, type) and where it stands in the
-- migration cycle. Episodes of a client follow one another (previous_episode_id); at most one is open.
create table migration_episode (
    id                     uuid primary key,
    client_id              uuid         not null references client (id),
    previous_episode_id    uuid references migration_episode (id),
    type                   varchar(16)  not null
        check (type in ('LABOUR', 'STUDY', 'FAMILY', 'SEASONAL', 'FORCED', 'OTHER')),
    origin_country         varchar(2),
    origin_locality        varchar(200),
    destination_country    varchar(2),
    destination_locality   varchar(200),
    planned_departure_date date,
    departure_date         date,
    planned_return_date    date,
    return_date            date,
    current_phase          varchar(32)  not null
        check (current_phase in ('PRE_DECISION', 'NOT_MIGRATING', 'PRE_DEPARTURE', 'TRANSIT', 'MIGRATION', 'RETURN')),
    current_sub_stage      varchar(32),
    phase_since            date         not null,
    opened_on              date         not null,
    opened_by              varchar(255) not null,
    closed_on              date,
    closed_by              varchar(255),
    closed_at              timestamptz,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    -- an episode follows at most one other: the client's episodes form a chain
    constraint migration_episode_previous_unique unique (previous_episode_id),
    constraint migration_episode_not_its_own_previous check (previous_episode_id <> id),
    constraint migration_episode_phase_after_opening check (phase_since >= opened_on),
    constraint migration_episode_closed_consistently
        check ((closed_on is null) = (closed_at is null) and (closed_on is null) = (closed_by is null)),
    constraint migration_episode_closed_after_last_change check (closed_on is null or closed_on >= phase_since),
    constraint migration_episode_closed_from_end_phase
        check (closed_on is null or current_phase in ('RETURN', 'NOT_MIGRATING')),
    constraint migration_episode_return_after_departure
        check (departure_date is null or return_date is null or return_date >= departure_date),
    constraint migration_episode_planned_return_after_departure
        check (planned_departure_date is null or planned_return_date is null
               or planned_return_date >= planned_departure_date)
);

-- At most one open episode per client. The service checks first (409 episode-already-open); this is the guarantee.
create unique index migration_episode_one_open_per_client on migration_episode (client_id) where closed_on is null;

create index migration_episode_client_idx on migration_episode (client_id, id);
