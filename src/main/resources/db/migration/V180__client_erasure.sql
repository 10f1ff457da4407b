-- Erasure on request (issue 13). An erasure request is recorded with who asked, on what ground and when, and the
-- decision: executed, or refused with a coded reason. An executed erasure leaves the client row as a tombstone:
-- every personal value gone, the erasure instant and the request id kept, so that the records that must stay (the
-- audit trail, consents as proof of lawful processing, counts) still point at a row.
create table erasure_request (
    id             uuid primary key,
    client_id      uuid         not null references client (id),
    office_id      uuid         not null references office (id),
    requested_by   varchar(32)  not null
        check (requested_by in ('DATA_SUBJECT', 'LEGAL_REPRESENTATIVE', 'PARENT_OR_GUARDIAN', 'SUPERVISORY_AUTHORITY')),
    ground         varchar(32)  not null
        check (ground in ('NO_LONGER_NECESSARY', 'CONSENT_WITHDRAWN', 'OBJECTION', 'UNLAWFUL_PROCESSING',
                          'LEGAL_OBLIGATION', 'CHILD_DATA')),
    received_on    date         not null,
    recorded_by    varchar(255) not null,
    recorded_at    timestamptz  not null,
    status         varchar(16)  not null check (status in ('EXECUTED', 'REFUSED')),
    refusal_reason varchar(32)
        check (refusal_reason is null or refusal_reason in ('LEGAL_HOLD', 'OPEN_SAFEGUARDING_CASE')),
    decided_at     timestamptz  not null,
    constraint erasure_request_refusal_reason check ((status = 'REFUSED') = (refusal_reason is not null))
);

create index erasure_request_client_idx on erasure_request (client_id);
create index erasure_request_office_idx on erasure_request (office_id, id);

alter table client
    add column erased_at          timestamptz,
    add column erasure_request_id uuid references erasure_request (id);

alter table client drop constraint client_named;
alter table client
    add constraint client_named check (erased_at is not null or coalesce(given_name, family_name, pseudonym) is not null);

alter table referral add column erased_at timestamptz;
