-- Webhook subscriptions: a partner's own (partner_id set; it receives the events about its referrals and offerings)
-- or an internal system's, managed by admins (partner_id null). The signing secret is kept encrypted (AES-GCM under
-- mrc.webhooks.secret-key) because the service must sign with it; after a rotation the previous secret stays valid
-- until previous_secret_expires_at and every delivery is signed with both.
create table webhook_subscription (
    id                          uuid primary key,
    partner_id                  uuid          references partner_organisation (id),
    url                         varchar(2000) not null,
    description                 varchar(500),
    event_types                 varchar(1000) not null,
    active                      boolean       not null,
    secret                      varchar(200)  not null,
    previous_secret             varchar(200),
    previous_secret_expires_at  timestamptz,
    disabled_reason             varchar(300),
    disabled_at                 timestamptz,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    version                     bigint        not null default 0,
    constraint webhook_subscription_previous_secret_paired
        check ((previous_secret is null) = (previous_secret_expires_at is null))
);

create index webhook_subscription_partner_idx on webhook_subscription (partner_id, id);
