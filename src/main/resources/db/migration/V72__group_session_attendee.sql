-- The registered clients who attended a group session (a client attends a session once).
create table group_session_attendee (
    session_id uuid        not null references group_session (id),
    client_id  uuid        not null references client (id),
    added_by   varchar(255) not null,
    added_at   timestamptz not null,
    primary key (session_id, client_id)
);

create index group_session_attendee_client_idx on group_session_attendee (client_id);
