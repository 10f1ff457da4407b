-- Services actually delivered to a client: what (a catalogue service type), when, by whom (an office or a partner
-- organisation, exactly one), how much, and the referral it fulfils if any. referral_id has no foreign key yet: the
-- referral table lands separately and the constraint follows it.
create table service_delivery (
    id                uuid primary key,
    client_id         uuid         not null references client (id),
    service_type_id   uuid         not null references service_type (id),
    service_type_code varchar(64)  not null,
    delivered_on      date         not null,
    office_id         uuid references office (id),
    partner_id        uuid references partner_organisation (id),
    referral_id       uuid,
    duration_minutes  integer check (duration_minutes >= 0),
    units             integer check (units >= 0),
    note              varchar(2000),
    recorded_by       varchar(255) not null,
    recorded_at       timestamptz  not null,
    version           bigint       not null default 0,
    constraint service_delivery_one_provider check (num_nonnulls(office_id, partner_id) = 1)
);

create index service_delivery_client_idx on service_delivery (client_id, delivered_on desc, id desc);
create index service_delivery_type_date_idx on service_delivery (service_type_id, delivered_on);
create index service_delivery_referral_idx on service_delivery (referral_id) where referral_id is not null;
