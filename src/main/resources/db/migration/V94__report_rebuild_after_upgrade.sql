-- V90-V92 changed how the rollups are written and added tables that start empty: no rollup counts as computed until
-- the service has rebuilt it with its copies (reports answer 503 report-not-ready meanwhile, never empty figures).
delete from report_refresh;
