-- A rollup recomputed for a few offices reads their referrals and services by office and date.
create index referral_office_created_idx on referral (office_id, created_at);
create index service_delivery_office_date_idx on service_delivery (office_id, delivered_on) where office_id is not null;
