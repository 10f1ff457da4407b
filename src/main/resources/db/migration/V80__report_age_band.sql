-- The reporting age bands (0-14, 15-24, 25-34, 35-49, 50-64, 65+) on a given date, from a birth date or, failing that,
-- a birth year (age = difference of years, as client.AgeBand computes it). UNKNOWN when neither is recorded. One
-- expression without FROM, so that PostgreSQL inlines it into the rollup queries (millions of rows).
create function mrc_age_band(birth_date date, birth_year integer, on_date date) returns text
    language sql immutable parallel safe as
$$
select coalesce((array['0-14', '15-24', '25-34', '35-49', '50-64', '65+'])[
                    width_bucket(coalesce(extract(year from age(on_date, birth_date))::integer,
                                          extract(year from on_date)::integer - birth_year),
                                 array[0, 15, 25, 35, 50, 65])],
                'UNKNOWN')
$$;
