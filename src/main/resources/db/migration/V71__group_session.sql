-- Group sessions and outreach events of an office: what (a catalogue service type), when, where, who facilitated
-- (free text), the registered clients who attended, and anonymous headcounts of everyone else.
create table group_session (
    id                uuid primary key,
    office_id         uuid         not null references office (id),
    kind              varchar(16)  not null check (kind in ('SESSION', 'OUTREACH_EVENT')),
    service_type_id   uuid         not null references service_type (id),
    service_type_code varchar(64)  not null,
    held_on           date         not null,
    place             varchar(200) not null,
    locality          varchar(200),
    facilitator       varchar(200),
    recorded_by       varchar(255) not null,
    recorded_at       timestamptz  not null,
    version           bigint       not null default 0
);

create index group_session_office_date_idx on group_session (office_id, held_on desc, id desc);
create index group_session_type_date_idx on group_session (service_type_id, held_on);
