-- Every status change of a referral, append-only: who (actor kind, subject, organisation) moved it from what to
-- what, why, with what outcome, when. The database refuses updates and deletes.
create table referral_event (
    id              uuid primary key,
    referral_id     uuid          not null references referral (id),
    from_status     varchar(32),
    to_status       varchar(32)   not null,
    actor           varchar(16)   not null check (actor in ('REFERRER', 'PARTNER', 'SYSTEM')),
    actor_subject   varchar(255),
    organisation_id uuid,
    reason          varchar(32),
    reason_text     varchar(1000),
    outcome         varchar(32),
    outcome_date    date,
    outcome_note    varchar(2000),
    occurred_at     timestamptz   not null
);

create index referral_event_referral_idx on referral_event (referral_id, occurred_at, id);

create function referral_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'referral events are append-only'
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger referral_event_append_only
    before update or delete on referral_event
    for each row execute function referral_event_refuse_change();

create trigger referral_event_no_truncate
    before truncate on referral_event
    for each statement execute function referral_event_refuse_change();
