-- Append-only histories may lose their free text to an erasure or an anonymisation, and nothing else: an update
-- that only sets free-text columns to null (every other column unchanged) is allowed; any other change is still
-- refused as before.

create or replace function phase_change_refuse_update() returns trigger
    language plpgsql as
$$
begin
    if new.note is null
        and (to_jsonb(new) - 'note') = (to_jsonb(old) - 'note') then
        return new;
    end if;
    raise exception 'phase_change is append-only: UPDATE is not allowed'
        using errcode = 'insufficient_privilege';
end;
$$;

create or replace function referral_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
        and new.reason_text is null and new.outcome_note is null
        and (to_jsonb(new) - 'reason_text' - 'outcome_note') = (to_jsonb(old) - 'reason_text' - 'outcome_note') then
        return new;
    end if;
    raise exception 'referral events are append-only'
        using errcode = 'integrity_constraint_violation';
end;
$$;

create or replace function consent_refuse_change() returns trigger
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
        and row (new.withdrawn_at, new.withdrawal_recorded_by, new.withdrawal_recorded_at)
            is distinct from
            row (old.withdrawn_at, old.withdrawal_recorded_by, old.withdrawal_recorded_at) then
        raise exception 'consent % is already withdrawn', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    if old.withdrawn_at is not null
        and new.withdrawal_note is distinct from old.withdrawal_note and new.withdrawal_note is not null then
        raise exception 'consent % is already withdrawn', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;
