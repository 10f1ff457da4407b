-- The phase history of an episode: append-only, dated entries. The entry that enters RETURN carries the return
-- details (circumstance, cycle completeness, preparedness), so returns per period and the returnee profile are
-- read from one row.
create table phase_change (
    id                              uuid primary key,
    episode_id                      uuid         not null references migration_episode (id),
    seq                             integer      not null check (seq > 0),
    from_phase                      varchar(32),
    phase                           varchar(32)  not null,
    sub_stage                       varchar(32),
    effective_date                  date         not null,
    note                            varchar(2000),
    note_confidential               boolean      not null default false,
    return_circumstance             varchar(40),
    return_completeness             varchar(16),
    return_had_time_to_prepare      boolean,
    return_institutional_assistance boolean,
    return_capital_accumulated      boolean,
    return_social_protection_kept   boolean,
    return_intention                varchar(16),
    recorded_by                     varchar(255) not null,
    recorded_at                     timestamptz  not null,
    constraint phase_change_seq_unique unique (episode_id, seq),
    constraint phase_change_first_has_no_origin check ((seq = 1) = (from_phase is null)),
    -- return details exactly on the change that enters RETURN
    constraint phase_change_return_details_when_entering_return
        check ((phase = 'RETURN' and from_phase is distinct from 'RETURN') = (return_circumstance is not null)),
    constraint phase_change_return_details_complete
        check ((return_circumstance is null) = (return_completeness is null)),
    constraint phase_change_preparedness_only_with_return check (
        return_circumstance is not null
        or (return_had_time_to_prepare is null and return_institutional_assistance is null
            and return_capital_accumulated is null and return_social_protection_kept is null
            and return_intention is null))
);

create index phase_change_returns_idx on phase_change (effective_date) where return_circumstance is not null;

-- History is not rewritten: an entry, once written, cannot be changed (a correction is a new entry).
create function phase_change_refuse_update() returns trigger
    language plpgsql as
$$
begin
    raise exception 'phase_change is append-only: UPDATE is not allowed'
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger phase_change_no_update
    before update on phase_change
    for each row execute function phase_change_refuse_update();
