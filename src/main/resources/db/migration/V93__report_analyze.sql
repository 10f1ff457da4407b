-- Fresh planner statistics for the reporting tables right after each rebuild. ANALYZE needs the table's owner, and
-- the service's role owns nothing (deploy/db-roles.sql), so the owner lends it this one operation, on report tables
-- only.
create function report_analyze(target text) returns void
    language plpgsql
    security definer
    set search_path = public, pg_temp as
$$
begin
    if target !~ '^report_[a-z_]+$' or to_regclass(target) is null then
        raise exception 'report_analyze: % is not a reporting table', target;
    end if;
    execute format('analyze %I', target);
end;
$$;
