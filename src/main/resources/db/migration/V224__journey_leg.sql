-- The legs of a journey: one episode may span several countries (years of work in one, then a move to another).
-- Each leg is a country (and optionally a locality), its dates and what the person did there; optionally the
-- residence or work permit held there (S2) and the social-security contributions paid there (S1, for pension
-- portability). The leg in force on a date is the last one started on or before it (a leg without from_date
-- started with the journey); phase changes and reports use its country.
create table journey_leg (
    id                    uuid primary key,
    episode_id            uuid         not null references migration_episode (id),
    seq                   integer      not null check (seq > 0),
    country               varchar(2)   not null,
    locality              varchar(200),
    from_date             date,
    to_date               date,
    activity              varchar(16)  check (activity in ('WORK', 'STUDY', 'TRANSIT', 'FAMILY', 'OTHER')),
    permit_type           varchar(32)  check (permit_type in ('RESIDENCE', 'WORK', 'RESIDENCE_AND_WORK', 'STUDY',
        'FAMILY_REUNIFICATION', 'SEASONAL_WORK', 'PERMANENT_RESIDENCE', 'HUMANITARIAN', 'OTHER', 'NONE', 'UNDISCLOSED')),
    permit_valid_from     date,
    permit_valid_until    date,
    contribution_country  varchar(2),
    contribution_years    numeric(4, 1) check (contribution_years between 0 and 80),
    contribution_scheme   varchar(200),
    -- legs are replaced as a set: the rows of the new set may reuse the numbers of the old one in one flush
    constraint journey_leg_seq_unique unique (episode_id, seq) deferrable initially deferred,
    constraint journey_leg_to_after_from check (from_date is null or to_date is null or to_date >= from_date),
    constraint journey_leg_only_first_open_start check (seq = 1 or from_date is not null),
    constraint journey_leg_permit_dates
        check (permit_valid_from is null or permit_valid_until is null or permit_valid_until >= permit_valid_from),
    constraint journey_leg_permit_needs_type
        check (permit_type is not null or (permit_valid_from is null and permit_valid_until is null)),
    constraint journey_leg_contribution_needs_country
        check (contribution_country is not null or (contribution_years is null and contribution_scheme is null))
);

create index journey_leg_episode_idx on journey_leg (episode_id, from_date);

-- Every existing episode with a destination becomes a journey of one leg, so nothing recorded is lost: the
-- destination, its locality, the actual departure and return dates, and the activity its type implies.
insert into journey_leg (id, episode_id, seq, country, locality, from_date, to_date, activity)
select gen_random_uuid(), e.id, 1, e.destination_country, e.destination_locality, e.departure_date,
       e.return_date,
       case e.type when 'LABOUR' then 'WORK' when 'SEASONAL' then 'WORK' when 'STUDY' then 'STUDY'
                   when 'FAMILY' then 'FAMILY' else 'OTHER' end
from migration_episode e
where e.destination_country is not null;
