-- Consents: what a client agreed to share, with whom (a partner organisation or a partner type), for what purpose,
-- which data categories, how and when. A row is never changed except to record its withdrawal (see V32).
create table consent (
    id                     uuid primary key,
    client_id              uuid         not null references client (id),
    purpose                varchar(32)  not null
        check (purpose in ('SERVICE_DELIVERY', 'REFERRAL_SHARING', 'STATISTICS', 'FOLLOW_UP_CONTACT')),
    recipient_partner_id   uuid,
    recipient_partner_type varchar(32),
    data_categories        text[]       not null,
    given_how              varchar(16)  not null check (given_how in ('VERBAL', 'WRITTEN', 'DIGITAL')),
    given_at               timestamptz  not null,
    expires_at             timestamptz,
    withdrawn_at           timestamptz,
    withdrawal_note        varchar(1000),
    withdrawal_recorded_by varchar(255),
    withdrawal_recorded_at timestamptz,
    recorded_by            varchar(255) not null,
    recorded_at            timestamptz  not null,
    version                bigint       not null default 0,
    constraint consent_has_categories check (cardinality(data_categories) > 0),
    constraint consent_expires_after_given check (expires_at is null or expires_at > given_at),
    -- sharing names exactly one recipient; the centre's own purposes name none; follow-up contact at most one
    constraint consent_recipient_fits_purpose check (
        case purpose
            when 'REFERRAL_SHARING' then num_nonnulls(recipient_partner_id, recipient_partner_type) = 1
            when 'FOLLOW_UP_CONTACT' then num_nonnulls(recipient_partner_id, recipient_partner_type) <= 1
            else num_nonnulls(recipient_partner_id, recipient_partner_type) = 0
        end),
    constraint consent_withdrawal_complete check (
        (withdrawn_at is null) = (withdrawal_recorded_at is null)
        and (withdrawn_at is null) = (withdrawal_recorded_by is null))
);

create index consent_client_idx on consent (client_id, id);
create index consent_recipient_partner_idx on consent (recipient_partner_id) where recipient_partner_id is not null;
