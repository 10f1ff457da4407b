-- Eligibility of an offering as data (issue 16): the migration phases, client roles and (for sex-specific services)
-- sexes it is for, the side of the journey it serves, the residence areas (localities) it covers, and whether it is a
-- mainstream public service opened to migrants (extended mainstream), and the languages a client must speak (one of
-- them): not the languages it is delivered in (the languages column), since a language course in Tagalog is for
-- people who do not speak it yet. The age range is the existing min_age and max_age. An empty list states no rule. Administrative status is deliberately not a
-- rule: no service may require one (domain section 4).
alter table offering
    add column eligible_phases     text[]      not null default '{}',
    add column eligible_roles      text[]      not null default '{}',
    add column eligible_sexes      text[]      not null default '{}',
    add column territory_side      varchar(16) check (territory_side in ('ORIGIN', 'DESTINATION', 'BOTH')),
    add column eligible_languages  text[]      not null default '{}',
    add column residence_areas     text[]      not null default '{}',
    add column extended_mainstream boolean     not null default false;
