-- A service delivery may name the referral it fulfils; now that referrals exist, that reference must be real.
alter table service_delivery
    add constraint service_delivery_referral_fk foreign key (referral_id) references referral (id);
