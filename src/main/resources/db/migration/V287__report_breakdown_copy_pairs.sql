-- The breakdown copies (report_<rollup>_single, V91) now also hold the figures by each pair of dimensions besides sex
-- and office (the row's dimension names both, 'phase+ageBand'), and by the sensitive dimensions, alone and in pairs:
-- a question of at most two dimensions besides sex and office reads them instead of a full rollup
-- (BreakdownCopy). The sensitive columns they need are added here. The pairs are written by the next rebuild: until
-- it has run, no rollup counts as computed (reports answer 503 report-not-ready, never figures without the pairs).

alter table report_caseload_single add column administrative_status text, add column vulnerabilities text[];
alter table report_movement_single add column administrative_status text;

delete from report_refresh;
