-- Keys for the duplicate check at registration, so that it reads a bounded number of candidates through one index
-- whatever the registry's size and however its birth years are distributed (a crowded year, many people known only
-- by an estimated year). A key joins the sound code of one word of the name with a birth fact:
--
--   <code>:D:<yyyy-mm-dd>    for each word, when the birth date is known
--   <code>:Y:<yyyy>          for each word, when only the birth year is known
--   <code>+<code>:Y:<yyyy>   for each pair of words (codes in order), whenever the birth year is known
--
-- A registration probes the keys of its own name with its birth date and the same day a year earlier and later, and
-- with its birth year and the years next to it (client_match_probe). One word spelled alike is enough to become a
-- candidate (a typo in the other word, swapped given and family names and dropped accents keep it); the candidates
-- are then compared on the whole name and the birth facts by the service's query. A key names a word sound and a
-- day, or a pair of sounds and a year, so the rows behind a probe are few however large the registry grows.
alter table client add column match_keys text[] not null default '{}';

create function client_match_keys(codes text[], born date, year integer) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(key), '{}')
from (select c || ':D:' || to_char(born, 'YYYY-MM-DD') as key
      from unnest(codes) c
      where born is not null
      union all
      select c || ':Y:' || year
      from unnest(codes) c
      where born is null and year is not null
      union all
      select a || '+' || b || ':Y:' || coalesce(extract(year from born)::int, year)
      from unnest(codes) a, unnest(codes) b
      where a < b and coalesce(extract(year from born)::int, year) is not null) keys
$$;

-- The keys a registration looks up: its codes with its birth date and the same day one year either side (a year
-- typed wrong), and with its year and the years either side (for records that hold only a year, or when the new
-- record holds only one).
create function client_match_probe(codes text[], born date, year integer) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct key), '{}')
from (select c || ':D:' || to_char(d, 'YYYY-MM-DD') as key
      from unnest(codes) c,
           unnest(array[born - interval '1 year', born, born + interval '1 year']::date[]) d
      where born is not null
      union all
      select c || ':Y:' || y
      from unnest(codes) c,
           generate_series(coalesce(extract(year from born)::int, year) - 1,
                           coalesce(extract(year from born)::int, year) + 1) y
      where coalesce(extract(year from born)::int, year) is not null
      union all
      select a || '+' || b || ':Y:' || y
      from unnest(codes) a,
           unnest(codes) b,
           generate_series(coalesce(extract(year from born)::int, year) - 1,
                           coalesce(extract(year from born)::int, year) + 1) y
      where born is null and a < b and year is not null) keys
$$;

-- Whether every word of a name being registered (folded, longer than one letter) matches a word of a registered
-- name: spelled at most one edit away, or the same letters with two of them swapped, or sounding alike (the same
-- sound code) where the code is distinctive (three or more sounds) or the spellings are at most two edits apart.
-- Short codes alone are not enough: many different short names share them. Registered names may hold more words
-- (a second family name, other names).
create function client_word_matches(registered text, entered text) returns boolean
    language sql immutable parallel safe strict as
$$
select levenshtein(registered, entered) <= 1
    or (length(registered) = length(entered)
        and levenshtein(registered, entered) = 2
        and array(select unnest(string_to_array(registered, null)) order by 1)
            = array(select unnest(string_to_array(entered, null)) order by 1))
    or (dmetaphone(registered) = dmetaphone(entered)
        and (length(dmetaphone(entered)) >= 3 or levenshtein(registered, entered) <= 2))
$$;

create function client_name_words_match(registered text, entered text) returns boolean
    language sql immutable parallel safe strict as
$$
select exists (select 1 from unnest(regexp_split_to_array(entered, '[^[:alnum:]]+')) q where length(q) > 1)
   and not exists (
       select 1
       from unnest(regexp_split_to_array(entered, '[^[:alnum:]]+')) q
       where length(q) > 1
         and not exists (
             select 1
             from unnest(regexp_split_to_array(registered, '[^[:alnum:]]+')) r
             where length(r) > 1 and client_word_matches(r, q)))
$$;

-- Runs after client_index_names (triggers of one timing fire in name order), which computes name_codes.
create function client_set_match_keys() returns trigger
    language plpgsql as
$$
begin
    new.match_keys := client_match_keys(new.name_codes, new.birth_date, new.birth_year);
    return new;
end;
$$;

create trigger client_match_keys
    before insert or update on client
    for each row execute function client_set_match_keys();

update client set match_keys = client_match_keys(name_codes, birth_date, birth_year);

create index client_match_keys_idx on client using gin (match_keys);
