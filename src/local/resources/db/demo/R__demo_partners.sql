-- Demo partner directory for deploy/run (local profile only): three partners with a location and offerings each.
-- Partner tokens: deploy/token partner 0190f000-0000-7000-8000-0000000000a1 (and ...a2, ...a3).
insert into partner_organisation (id, name, types, country, locality, website, active, created_at, updated_at)
values ('0190f000-0000-7000-8000-0000000000a1', 'Batangas Returnees Skills Cooperative',
        array['COOPERATIVE', 'TRAINING_PROVIDER'], 'PH', 'Batangas City', null, true, now(), now()),
       ('0190f000-0000-7000-8000-0000000000a2', 'Migrant Legal Aid Network',
        array['NGO'], 'PH', 'Lipa City', null, true, now(), now()),
       ('0190f000-0000-7000-8000-0000000000a3', 'Rural Microfinance Bank of Batangas',
        array['FINANCIAL_INSTITUTION'], 'PH', 'Tanauan', null, true, now(), now())
on conflict (id) do nothing;

insert into partner_location (id, partner_id, name, address, locality, country, created_at, updated_at)
values ('0190f000-0000-7000-8000-0000000000b1', '0190f000-0000-7000-8000-0000000000a1', 'Training hall',
        'P. Burgos St.', 'Batangas City', 'PH', now(), now()),
       ('0190f000-0000-7000-8000-0000000000b2', '0190f000-0000-7000-8000-0000000000a2', 'Legal clinic',
        'Rizal Ave.', 'Lipa City', 'PH', now(), now()),
       ('0190f000-0000-7000-8000-0000000000b3', '0190f000-0000-7000-8000-0000000000a3', 'Main branch',
        'J.P. Laurel Highway', 'Tanauan', 'PH', now(), now())
on conflict (id) do nothing;

insert into offering (id, service_type_id, service_type_code, partner_id, location_id, country, locality,
                      description, languages, eligibility, min_age, max_age, fees, capacity_note, status,
                      created_at, updated_at)
select o.id::uuid, st.id, st.code, o.partner::uuid, o.location::uuid, 'PH', o.locality, o.description,
       array['tl', 'en'], o.eligibility, 18, null, o.fees, null, 'ACTIVE', now(), now()
from (values
        ('0190f000-0000-7000-8000-0000000000c1', 'SKILLS_CERTIFICATION_RETURNEE', '0190f000-0000-7000-8000-0000000000a1',
         '0190f000-0000-7000-8000-0000000000b1', 'Batangas City', 'Assessment and certification of skills learned abroad',
         'Returnees and their families', 'Free'),
        ('0190f000-0000-7000-8000-0000000000c2', 'RETURNEE_ENTREPRENEURSHIP', '0190f000-0000-7000-8000-0000000000a1',
         '0190f000-0000-7000-8000-0000000000b1', 'Batangas City', 'Business start-up coaching for returnees',
         'Returnees', 'Free'),
        ('0190f000-0000-7000-8000-0000000000c3', 'LEGAL_AID', '0190f000-0000-7000-8000-0000000000a2',
         '0190f000-0000-7000-8000-0000000000b2', 'Lipa City', 'Legal counselling on contracts, recruitment and status',
         'Anyone, whatever their status', 'Free'),
        ('0190f000-0000-7000-8000-0000000000c4', 'ACCESS_TO_CREDIT', '0190f000-0000-7000-8000-0000000000a3',
         '0190f000-0000-7000-8000-0000000000b3', 'Tanauan', 'Small loans for returnee businesses',
         'Returnees with a business plan', 'Interest at cooperative rates')
     ) as o(id, code, partner, location, locality, description, eligibility, fees)
join service_type st on st.code = o.code
on conflict (id) do nothing;
