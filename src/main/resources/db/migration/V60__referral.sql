-- Referrals of a client to a partner organisation's offering. The referral keeps its current status (HL7 FHIR Task
-- codes), its version (the ETag) and the moments of first response and completion; its history is referral_event.
-- change_seq orders every change for the partner feed: it is drawn from referral_change_seq under a transaction-level
-- advisory lock held to commit, so a higher value is never visible before a lower one (the feed never skips).
create sequence referral_change_seq;

create table referral (
    id                 uuid primary key,
    client_id          uuid          not null references client (id),
    office_id          uuid          not null references office (id),
    offering_id        uuid          not null references offering (id),
    partner_id         uuid          not null references partner_organisation (id),
    service_type_code  varchar(64)   not null,
    reason             varchar(2000) not null,
    priority           varchar(16)   not null check (priority in ('ROUTINE', 'URGENT', 'ASAP', 'STAT')),
    due_date           date          not null,
    note               varchar(2000),
    shared_categories  text[]        not null,
    status             varchar(32)   not null check (status in ('DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED',
        'REJECTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'CANCELLED', 'ENTERED_IN_ERROR')),
    client_ref         uuid          not null unique,
    requested_at       timestamptz,
    first_response_at  timestamptz,
    completed_at       timestamptz,
    close_reason       varchar(32),
    close_reason_text  varchar(1000),
    outcome            varchar(32)   check (outcome in ('DELIVERED', 'PARTLY_DELIVERED')),
    outcome_date       date,
    outcome_note       varchar(2000),
    change_seq         bigint        not null,
    created_by         varchar(255)  not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint referral_other_needs_text check (close_reason is distinct from 'OTHER' or close_reason_text is not null),
    constraint referral_completed_has_outcome check (
        status <> 'COMPLETED' or (outcome is not null and outcome_date is not null and completed_at is not null))
);

create unique index referral_change_seq_idx on referral (change_seq);
create index referral_client_idx on referral (client_id, id);
create index referral_partner_feed_idx on referral (partner_id, change_seq) where requested_at is not null;
create index referral_due_idx on referral (due_date) where status = 'REQUESTED';
