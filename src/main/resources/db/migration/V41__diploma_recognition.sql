-- The recognition history of a diploma, per country: append-only. The current status in a country is the entry with
-- the latest effective date (ties: the one recorded last). A correction is a new entry, never an edit; entries go
-- only together with their diploma (when it was entered by mistake or the client is erased).
create table diploma_recognition (
    id           uuid primary key,
    diploma_id   uuid         not null references client_diploma (id) on delete cascade,
    country      varchar(2)   not null,
    status       varchar(16)  not null
        check (status in ('NOT_REQUESTED', 'PENDING', 'RECOGNISED', 'PARTIAL', 'REFUSED', 'LAPSED')),
    effective_on date         not null,
    note         varchar(500),
    recorded_by  varchar(255) not null,
    recorded_at  timestamptz  not null
);

create index diploma_recognition_diploma_idx on diploma_recognition (diploma_id, country, effective_on, recorded_at);

create function diploma_recognition_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        if not exists (select 1 from client_diploma d where d.id = old.diploma_id) then
            -- the diploma itself is being deleted (cascade): its history goes with it
            return old;
        end if;
    end if;
    raise exception 'diploma_recognition is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger diploma_recognition_append_only
    before update or delete on diploma_recognition
    for each row execute function diploma_recognition_refuse_change();

create trigger diploma_recognition_no_truncate
    before truncate on diploma_recognition
    for each statement execute function diploma_recognition_refuse_change();
