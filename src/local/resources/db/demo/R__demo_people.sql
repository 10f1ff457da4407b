-- The demo personas of domain.md section 7, for deploy/run (local profile only). Their records belong to the demo
-- centre BTG, so `deploy/token caseworker BTG` finds them (GET /clients?name=Irina).
insert into client (id, office_id, reference, given_name, family_name, sex, birth_date, birth_year, nationalities,
                    country_of_birth, preferred_languages, current_country, current_locality, education_level,
                    employment_status, social_protection, remittances_sent, migration_debt, administrative_status,
                    roles, created_at, updated_at)
values ('0190f000-0000-7000-8000-0000000000d1', '0190f000-0000-7000-8000-000000000001', 'BTG-DEMO-000001',
        'Azfar', 'Rahman', 'MALE', null, extract(year from now())::int - 45, array['IN'], 'IN', array['en', 'hi'],
        'PH', 'Batangas City', 'MASTER', 'SELF_EMPLOYED', 'COVERED', null, false, 'UNDISCLOSED',
        array['RESOURCE_PERSON', 'RETURNEE'], now(), now()),
       ('0190f000-0000-7000-8000-0000000000d2', '0190f000-0000-7000-8000-000000000001', 'BTG-DEMO-000002',
        'Irina', 'Kovalenko', 'FEMALE', null, extract(year from now())::int - 38, array['UA'], 'UA', array['uk'],
        'PH', 'Batangas City', 'UPPER_SECONDARY', 'INFORMAL', 'NOT_COVERED', null, false, 'UNDISCLOSED',
        array['RETURNEE'], now(), now()),
       ('0190f000-0000-7000-8000-0000000000d3', '0190f000-0000-7000-8000-000000000001', 'BTG-DEMO-000003',
        'Pedro', 'Fernández', 'MALE', null, extract(year from now())::int - 39, array['UY'], 'UY', array['es'],
        'PH', 'Batangas City', 'UPPER_SECONDARY', 'INFORMAL', 'NOT_COVERED', 'FROM_300_TO_599', false,
        'UNDISCLOSED', array['EMIGRANT_DIASPORA'], now(), now()),
       ('0190f000-0000-7000-8000-0000000000d4', '0190f000-0000-7000-8000-000000000001', 'BTG-DEMO-000004',
        'Idriss', 'Okafor', 'MALE', null, extract(year from now())::int - 34, array['NG'], 'NG', array['en', 'ha'],
        'FR', 'Paris', 'LOWER_SECONDARY', 'INFORMAL', 'NOT_COVERED', 'FROM_100_TO_299', true, 'IRREGULAR',
        array['IMMIGRANT'], now(), now())
on conflict (id) do nothing;
