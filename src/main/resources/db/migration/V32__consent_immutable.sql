-- A consent is immutable once recorded: the only change allowed is recording its withdrawal, once. Enforced here
-- too, so that no code path (or manual fix) can rewrite what a client agreed to.
create function consent_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if row (new.id, new.client_id, new.purpose, new.recipient_partner_id, new.recipient_partner_type,
            new.data_categories, new.given_how, new.given_at, new.expires_at, new.recorded_by, new.recorded_at)
        is distinct from
       row (old.id, old.client_id, old.purpose, old.recipient_partner_id, old.recipient_partner_type,
            old.data_categories, old.given_how, old.given_at, old.expires_at, old.recorded_by, old.recorded_at) then
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

create trigger consent_immutable
    before update on consent
    for each row execute function consent_refuse_change();
