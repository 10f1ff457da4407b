-- Skills a client has, and how they were acquired (skills learned on the job or abroad count as much as diplomas).
create table client_skill (
    id          uuid primary key,
    client_id   uuid         not null references client (id) on delete cascade,
    name        varchar(200) not null,
    acquired    varchar(16)  not null check (acquired in ('FORMAL', 'ON_THE_JOB', 'ABROAD', 'INFORMAL')),
    certified   boolean      not null default false,
    country     varchar(2),
    created_at  timestamptz  not null
);

create index client_skill_client_idx on client_skill (client_id, id);
