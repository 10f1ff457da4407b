-- A consent may name one of the network's own offices as recipient: CASE_HANDOVER (the client agrees that their case
-- moves to that office) always names one; REFERRAL_SHARING may name an office instead of a partner (a referral to an
-- in-house offering of another office). The immutability trigger covers the new column too.
alter table consent add column recipient_office_id uuid references office (id);

alter table consent drop constraint consent_purpose_check;
alter table consent add constraint consent_purpose_check
    check (purpose in ('SERVICE_DELIVERY', 'REFERRAL_SHARING', 'STATISTICS', 'FOLLOW_UP_CONTACT', 'CASE_HANDOVER'));

alter table consent drop constraint consent_recipient_fits_purpose;
alter table consent add constraint consent_recipient_fits_purpose check (
    case purpose
        when 'REFERRAL_SHARING' then num_nonnulls(recipient_partner_id, recipient_partner_type, recipient_office_id) = 1
        when 'CASE_HANDOVER' then recipient_office_id is not null
            and num_nonnulls(recipient_partner_id, recipient_partner_type) = 0
        when 'FOLLOW_UP_CONTACT' then num_nonnulls(recipient_partner_id, recipient_partner_type) <= 1
            and recipient_office_id is null
        else num_nonnulls(recipient_partner_id, recipient_partner_type, recipient_office_id) = 0
    end);

create index consent_recipient_office_idx on consent (recipient_office_id) where recipient_office_id is not null;

create or replace function consent_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if row (new.id, new.client_id, new.purpose, new.recipient_partner_id, new.recipient_partner_type,
            new.recipient_office_id, new.data_categories, new.given_how, new.given_at, new.expires_at,
            new.recorded_by, new.recorded_at)
        is distinct from
       row (old.id, old.client_id, old.purpose, old.recipient_partner_id, old.recipient_partner_type,
            old.recipient_office_id, old.data_categories, old.given_how, old.given_at, old.expires_at,
            old.recorded_by, old.recorded_at) then
        raise exception 'consent % is immutable; only a withdrawal may be recorded', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    if old.withdrawn_at is not null
        and row (new.withdrawn_at, new.withdrawal_note, new.withdrawal_recorded_by, new.withdrawal_recorded_at)
            is distinct from
            row (old.withdrawn_at, old.withdrawal_note, old.withdrawal_recorded_by, old.withdrawal_recorded_at) then
        raise exception 'consent % is already withdrawn', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;
