-- Which side of the migration journey an office serves (ORIGIN, DESTINATION or BOTH), set by an admin. Reports break
-- their figures down by it (dimension territorySide); offices opened before this change have none recorded until an
-- admin sets it (shown as NOT_RECORDED), since the side cannot be inferred from the office's country alone.
alter table office
    add column territory_side varchar(16) check (territory_side in ('ORIGIN', 'DESTINATION', 'BOTH'));
