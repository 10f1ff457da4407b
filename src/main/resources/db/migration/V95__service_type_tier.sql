-- The tier of a service type: how sensitive the fact "this client was referred to, or received, a service of this
-- type" is. Records of a service type (referrals and their events, services delivered, group-session attendance,
-- timeline entries) are shown only to readers whose grant reaches the type's tier. Protection, legal, psychosocial
-- and health services say what an S2 field would say (trafficking, violence, status, health), so they are S2; every
-- other type is S1, like the rest of a client's case history. Admins change a type's tier through the catalogue API.
alter table service_type
    add column tier varchar(2) not null default 'S1' check (tier in ('S0', 'S1', 'S2'));

update service_type set tier = 'S2' where category in ('PROTECTION', 'LEGAL', 'PSYCHOSOCIAL', 'HEALTH');

create index service_type_tier_idx on service_type (tier) where tier <> 'S1';
