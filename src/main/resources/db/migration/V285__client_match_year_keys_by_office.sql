-- The duplicate check's year keys (V200) name the client's office and tell records known by a birth date from
-- records known only by a year, and a registration probes its keys in three classes, each for its own capped number
-- of rows (issue 15). At 1,000,000 generated clients a common word with a year matched up to several hundred people
-- known only by a year, across every office: one probe of at most 200 rows (in table order) was filled by them, and
-- the registered person behind a narrower key was left out (recall 94.2 % on planted near-duplicates). The duplicate
-- check only ever answers with clients of the caller's offices, so a year key now holds the office and the probe
-- reads only the caller's offices; a day key (a word's sound with a birth date) stays network-wide: few people share
-- one (at most 15 behind any probe of a 300-client sample of that province).
--
--   <code>:D:<yyyy-mm-dd>                  for each word, when the birth date is known (unchanged)
--   <code>:Y:<yyyy>@<office>               for each word, when only the birth year is known
--   <code>+<code>:Y:<yyyy>@<office>        for each pair of words (codes in order), when only the year is known
--   <code>+<code>:B:<yyyy>@<office>        for each pair of words, when the birth date is known (its year)
--
-- The classes a registration probes, from the narrowest:
--   day   (with a birth date)  its words with that date and the same day a year earlier and later, network-wide
--   pair  (always)             its pairs with its year and the years either side: records known only by a year and,
--                              when it holds only a year itself, records known by a date too
--   word  (always)             its words with those years: records known only by a year (a typo in another word)
--
-- <office> is the first 8 hex digits of the md5 of the office id: short whatever the ids look like; two offices
-- sharing it (one chance in four billion per pair) would only make a probe read a few more rows, which the service
-- filters by office anyway.
create function client_match_office(office uuid) returns text
    language sql immutable parallel safe strict as
$$
select left(md5(office::text), 8)
$$;

create function client_match_keys(codes text[], born date, year integer, office uuid) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(key), '{}')
from (select c || ':D:' || to_char(born, 'YYYY-MM-DD') as key
      from unnest(codes) c
      where born is not null
      union all
      select c || ':Y:' || year || '@' || client_match_office(office)
      from unnest(codes) c
      where born is null and year is not null and office is not null
      union all
      select a || '+' || b || case when born is null then ':Y:' else ':B:' end
             || coalesce(extract(year from born)::int, year) || '@' || client_match_office(office)
      from unnest(codes) a, unnest(codes) b
      where a < b and coalesce(extract(year from born)::int, year) is not null and office is not null) keys
$$;

create function client_match_day_probe(codes text[], born date) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct c || ':D:' || to_char(d, 'YYYY-MM-DD')), '{}')
from unnest(codes) c,
     unnest(array[born - interval '1 year', born, born + interval '1 year']::date[]) d
where born is not null
$$;

create function client_match_pair_probe(codes text[], born date, year integer, offices uuid[]) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct a || '+' || b || kind || y || '@' || client_match_office(o)), '{}')
from unnest(codes) a,
     unnest(codes) b,
     generate_series(coalesce(extract(year from born)::int, year) - 1,
                     coalesce(extract(year from born)::int, year) + 1) y,
     unnest(offices) o,
     unnest(case when born is null then array[':Y:', ':B:'] else array[':Y:'] end) kind
where a < b
$$;

create function client_match_word_probe(codes text[], born date, year integer, offices uuid[]) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct c || ':Y:' || y || '@' || client_match_office(o)), '{}')
from unnest(codes) c,
     generate_series(coalesce(extract(year from born)::int, year) - 1,
                     coalesce(extract(year from born)::int, year) + 1) y,
     unnest(offices) o
$$;

create or replace function client_set_match_keys() returns trigger
    language plpgsql as
$$
begin
    new.match_keys := client_match_keys(new.name_codes, new.birth_date, new.birth_year, new.office_id);
    return new;
end;
$$;

drop function client_match_probe(text[], date, integer);
drop function client_match_keys(text[], date, integer);

-- Every client's keys again, the index rebuilt once rather than maintained row by row. Only match_keys changes (the
-- report triggers compare the reported columns and mark nothing; versions and timestamps stay as they are).
drop index client_match_keys_idx;
update client set match_keys = client_match_keys(name_codes, birth_date, birth_year, office_id);
create index client_match_keys_idx on client using gin (match_keys) with (fastupdate = off);
