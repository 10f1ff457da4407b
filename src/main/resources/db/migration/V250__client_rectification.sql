-- Corrections of a client record (PATCH /clients/{id}): which fields changed, when, by whom, and what they held
-- before. The old values are the person's data: they live here, linked to the client by a foreign key so that an
-- erasure of the person finds and removes them, and never in the audit trail, whose client.update entry names the
-- record only. Read back by the subject-access report.
create table client_rectification (
    id             uuid primary key,
    client_id      uuid         not null references client (id),
    rectified_at   timestamptz  not null,
    fields         text[]       not null check (cardinality(fields) > 0),
    old_values     jsonb        not null,
    actor_subject  varchar(255) not null,
    actor_roles    varchar(255) not null,
    actor_office   varchar(64)
);

create index client_rectification_client_idx on client_rectification (client_id, rectified_at);
