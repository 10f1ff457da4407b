-- Append-only records may lose their free text to an erasure or an anonymisation (issue 13), and nothing else.
-- Repeatable, so that it is applied after every versioned migration: V220 redefined the consent trigger without the
-- allowance of V181 for the withdrawal note; this restores it on top of V220's columns. A diploma's recognition steps
-- may likewise lose their note (an update that only sets it to null). A later versioned migration that redefines one
-- of these functions must keep the allowance (ErasureScanTest and AnonymisationFiguresTest fail otherwise).

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
        and (row (new.withdrawn_at, new.withdrawal_recorded_by, new.withdrawal_recorded_at)
                is distinct from row (old.withdrawn_at, old.withdrawal_recorded_by, old.withdrawal_recorded_at)
             or (new.withdrawal_note is distinct from old.withdrawal_note and new.withdrawal_note is not null)) then
        raise exception 'consent % is already withdrawn', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create or replace function diploma_recognition_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        if not exists (select 1 from client_diploma d where d.id = old.diploma_id) then
            -- the diploma itself is being deleted (cascade): its history goes with it
            return old;
        end if;
    end if;
    if tg_op = 'UPDATE' and new.note is null and (to_jsonb(new) - 'note') = (to_jsonb(old) - 'note') then
        return new;
    end if;
    raise exception 'diploma_recognition is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
