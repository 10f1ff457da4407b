-- The reporting age bands (0-14, 15-24, 25-34, 35-49, 50-64, 65+) on a given date, from a birth date or, failing that,
-- a birth year (age = difference of years, as client.AgeBand computes it). UNKNOWN when neither is recorded.
create function mrc_age_band(birth_date date, birth_year integer, on_date date) returns text
    language sql immutable parallel safe as
$$
select case
           when a.age is null or a.age < 0 then 'UNKNOWN'
           when a.age < 15 then '0-14'
           when a.age < 25 then '15-24'
           when a.age < 35 then '25-34'
           when a.age < 50 then '35-49'
           when a.age < 65 then '50-64'
           else '65+'
       end
from (select case
                 when birth_date is not null then extract(year from age(on_date, birth_date))::integer
                 when birth_year is not null then extract(year from on_date)::integer - birth_year
             end as age) a
$$;
