-- Gender-based-violence survivor support was missing from the default catalogue; being referred to it reveals what a
-- GBV_SURVIVOR marker would, so it is S2 like every protection service.
insert into service_type (id, code, name, description, category, phases, side, active, created_at, updated_at, tier)
select gen_random_uuid(), 'GBV_SURVIVOR_SUPPORT', 'Support to survivors of gender-based violence',
       'Safe shelter, counselling, medical, legal and protection support to survivors of gender-based violence.',
       'PROTECTION', array['TRANSIT', 'MIGRATION', 'RETURN']::text[], 'BOTH', true, now(), now(), 'S2'
where not exists (select 1 from service_type where code = 'GBV_SURVIVOR_SUPPORT');
