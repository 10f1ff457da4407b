-- A referral inside the network: to an in-house offering of another office. Such a referral names the providing
-- office instead of a partner; the receiving office's staff answer it (actor OFFICE in its history).
alter table referral alter column partner_id drop not null;
alter table referral add column provider_office_id uuid references office (id);
alter table referral add constraint referral_one_receiver check (num_nonnulls(partner_id, provider_office_id) = 1);

create index referral_provider_office_idx on referral (provider_office_id, id)
    where provider_office_id is not null and requested_at is not null;

alter table referral_event drop constraint referral_event_actor_check;
alter table referral_event add constraint referral_event_actor_check
    check (actor in ('REFERRER', 'PARTNER', 'OFFICE', 'SYSTEM'));

-- the reporting copies keep a referral to an office with no partner
alter table report_referral alter column partner_id drop not null;
alter table report_referral_time alter column partner_id drop not null;
alter table report_referral_partner alter column partner_id drop not null;
alter table report_referral_time_partner alter column partner_id drop not null;
