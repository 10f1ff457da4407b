-- The caseload by origin locality (issue 16, for the local migration profile): the client's origin locality on the
-- rollup and on its single-breakdown copy. Rows written before carry UNKNOWN: every caseload partition is marked for
-- recomputation (report_change, office null: every office).
alter table report_caseload add column origin_locality text not null default 'UNKNOWN';
alter table report_caseload_single add column origin_locality text;
insert into report_change (rollup, office_id, from_month) values ('caseload', null, '-infinity');
