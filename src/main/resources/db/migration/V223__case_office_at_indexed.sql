-- case_office_at in a form the indexes serve (a bitmap of the client index and the members' GIN index), and the
-- set of clients whose case ever moved, which the report refreshes join to call it only for those.
create index case_handover_accepted_client_idx on case_handover (client_id, decided_at) where status = 'ACCEPTED';

create or replace function case_office_at(client uuid, at timestamptz) returns uuid
    language sql stable parallel safe as
$$
select coalesce(
    (select h.to_office_id from case_handover h
     where h.status = 'ACCEPTED' and (h.client_id = client or h.member_ids @> array [client]) and h.decided_at <= at
     order by h.decided_at desc limit 1),
    (select h.from_office_id from case_handover h
     where h.status = 'ACCEPTED' and (h.client_id = client or h.member_ids @> array [client]) and h.decided_at > at
     order by h.decided_at limit 1),
    (select c.office_id from client c where c.id = client))
$$;

create view case_handed_over as
select distinct unnest(array [h.client_id] || h.member_ids) as client_id
from case_handover h
where h.status = 'ACCEPTED';
