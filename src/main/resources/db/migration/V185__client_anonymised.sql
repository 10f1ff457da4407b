-- An anonymised client (retention, issue 13) keeps what the reports count and nothing that identifies the person.
alter table client add column anonymised_at timestamptz;

create index client_retention_idx on client (office_id, id) where merged_into is null and erased_at is null
    and anonymised_at is null;

-- An anonymised record has no name left, like an erased one.
alter table client drop constraint client_named;
alter table client
    add constraint client_named check (erased_at is not null or anonymised_at is not null
                                       or coalesce(given_name, family_name, pseudonym) is not null);
