package org.mrc.casework.bench;

import java.util.List;

/**
 * A report of the reporting spec as the benchmark asks it: its path, the natural sets of one and of three breakdown
 * dimensions it rotates among, and the plain SQL that answers a typical three-dimension question (the first set) for
 * the whole province over the twelve months 2025-12..2026-11 straight from the base tables, written from the spec's
 * definitions: the yardstick the rollups are measured against.
 */
record ReportCase(
        String name,
        String path,
        List<List<String>> oneDimension,
        List<List<String>> threeDimensions,
        String baselineSql) {

    /** Every breakdown dimension the report offers (as its definition in Report declares them, in that order). */
    List<String> allDimensions() {
        return switch (name) {
            case "caseload" ->
                List.of(
                        "phase",
                        "subStage",
                        "role",
                        "ageBand",
                        "sex",
                        "nationality",
                        "office",
                        "administrativeStatus",
                        "vulnerability");
            case "movements" ->
                List.of("originLocality", "destinationCountry", "sex", "ageBand", "office", "administrativeStatus");
            case "returnees" ->
                List.of("circumstance", "completeness", "sex", "ageBand", "destinationCountry", "office");
            case "families-left-behind" -> List.of("relation", "migrantPhase", "sex", "ageBand", "office");
            case "referrals" ->
                List.of("serviceType", "category", "partner", "status", "outcome", "reason", "sex", "office");
            case "services-delivered" ->
                List.of("serviceType", "category", "provider", "mode", "sex", "ageBand", "office");
            case "skills/recognition" -> List.of("recognitionStatus", "level", "country", "sex", "ageBand", "office");
            case "skills/deskilling" -> List.of("sex", "ageBand", "office");
            default -> throw new IllegalStateException("unknown report " + name);
        };
    }

    /** Every set of up to {@code max} of the report's dimensions, the empty one first. */
    List<List<String>> dimensionSets(int max) {
        List<List<String>> sets = new java.util.ArrayList<>();
        List<String> all = allDimensions();
        sets.add(List.of());
        for (int i = 0; i < all.size(); i++) {
            sets.add(List.of(all.get(i)));
            for (int j = i + 1; j < all.size() && max >= 2; j++) {
                sets.add(List.of(all.get(i), all.get(j)));
                for (int k = j + 1; k < all.size() && max >= 3; k++) {
                    sets.add(List.of(all.get(i), all.get(j), all.get(k)));
                }
            }
        }
        return sets;
    }

    private static final String FIRST_DAY = "date '2025-12-01'";
    private static final String LAST_DAY = "date '2026-11-30'";

    /** Age band at a date, from birth_date, else birth_year (year difference); UNKNOWN without either. */
    static String ageBand(String client, String at) {
        String age = ("(case when %1$s.birth_date is not null then extract(year from age(%2$s, %1$s.birth_date))::int"
                        + " when %1$s.birth_year is not null then extract(year from %2$s)::int - %1$s.birth_year end)")
                .formatted(client, at);
        return ("(case when %1$s is null then 'UNKNOWN' when %1$s < 15 then '0-14' when %1$s < 25 then '15-24'"
                        + " when %1$s < 35 then '25-34' when %1$s < 50 then '35-49' when %1$s < 65 then '50-64'"
                        + " else '65+' end)")
                .formatted(age);
    }

    /** The phase an open episode was in at the end of the period (its last change on or before that day). */
    private static final String OPEN_AT_END = """
            select e.id, e.client_id, pc.phase, pc.sub_stage
            from migration_episode e
            join lateral (select p.phase, p.sub_stage from phase_change p
                          where p.episode_id = e.id and p.effective_date <= %1$s
                          order by p.seq desc limit 1) pc on true
            where e.opened_on <= %1$s and (e.closed_on is null or e.closed_on > %1$s)
            """.formatted(LAST_DAY);

    static final List<ReportCase> ALL = List.of(
            new ReportCase(
                    "caseload",
                    "/reports/caseload",
                    List.of(List.of("sex"), List.of("phase"), List.of("office")),
                    List.of(
                            List.of("phase", "sex", "ageBand"),
                            List.of("role", "sex", "ageBand"),
                            List.of("phase", "subStage", "sex")),
                    """
                    select o.phase, c.sex, %s as age_band, count(*)
                    from (%s) o join client c on c.id = o.client_id and c.merged_into is null
                    group by 1, 2, 3
                    """.formatted(ageBand("c", LAST_DAY), OPEN_AT_END)),
            new ReportCase(
                    "movements",
                    "/reports/movements",
                    List.of(List.of("destinationCountry"), List.of("sex"), List.of("originLocality")),
                    List.of(
                            List.of("destinationCountry", "sex", "ageBand"),
                            List.of("originLocality", "sex", "ageBand"),
                            List.of("office", "destinationCountry", "sex")),
                    """
                    select case pc.phase when 'MIGRATION' then 'DEPARTURE' else 'RETURN' end as movement,
                        e.destination_country, c.sex, %s as age_band, count(*)
                    from phase_change pc
                    join migration_episode e on e.id = pc.episode_id
                    join client c on c.id = e.client_id and c.merged_into is null
                    where pc.effective_date between %s and %s and pc.phase in ('MIGRATION', 'RETURN')
                        and pc.from_phase is not null and pc.from_phase <> pc.phase
                    group by 1, 2, 3, 4
                    """.formatted(ageBand("c", "pc.effective_date"), FIRST_DAY, LAST_DAY)),
            new ReportCase(
                    "returnees",
                    "/reports/returnees",
                    List.of(List.of("circumstance"), List.of("completeness"), List.of("sex")),
                    List.of(
                            List.of("circumstance", "completeness", "sex"),
                            List.of("circumstance", "sex", "ageBand"),
                            List.of("destinationCountry", "completeness", "sex")),
                    """
                    select pc.return_circumstance, pc.return_completeness, c.sex, count(*),
                        avg(pc.return_had_time_to_prepare::int), avg(pc.return_institutional_assistance::int),
                        avg(pc.return_capital_accumulated::int), avg(pc.return_social_protection_kept::int),
                        avg((pc.return_intention = 'STAY')::int)
                    from phase_change pc
                    join migration_episode e on e.id = pc.episode_id
                    join client c on c.id = e.client_id and c.merged_into is null
                    where pc.return_circumstance is not null and pc.effective_date between %s and %s
                    group by 1, 2, 3
                    """.formatted(FIRST_DAY, LAST_DAY)),
            new ReportCase(
                    "families-left-behind",
                    "/reports/families-left-behind",
                    List.of(List.of("relation"), List.of("sex"), List.of("migrantPhase")),
                    List.of(
                            List.of("relation", "sex", "ageBand"),
                            List.of("relation", "migrantPhase", "sex"),
                            List.of("office", "relation", "sex")),
                    """
                    with active as (
                        select l.client_id as family_id, l.related_client_id as migrant_id, l.type as relation
                        from client_link l
                        where (l.since is null or l.since <= %1$s) and (l.until is null or l.until > %1$s)
                        union all
                        select l.related_client_id, l.client_id,
                            case l.type when 'PARENT_OF' then 'CHILD_OF' when 'CHILD_OF' then 'PARENT_OF'
                                when 'CARER_OF' then 'CARED_FOR_BY' when 'CARED_FOR_BY' then 'CARER_OF'
                                else l.type end
                        from client_link l
                        where (l.since is null or l.since <= %1$s) and (l.until is null or l.until > %1$s)
                    ), abroad as (
                        select o.client_id from (%2$s) o where o.phase in ('TRANSIT', 'MIGRATION')
                    )
                    select a.relation, f.sex, %3$s as age_band, count(distinct f.id)
                    from active a
                    join client f on f.id = a.family_id and f.merged_into is null
                        and 'FAMILY_LEFT_BEHIND' = any (f.roles)
                    join abroad m on m.client_id = a.migrant_id
                    group by 1, 2, 3
                    """.formatted(LAST_DAY, OPEN_AT_END, ageBand("f", LAST_DAY))),
            new ReportCase(
                    "referrals",
                    "/reports/referrals",
                    List.of(List.of("category"), List.of("status"), List.of("partner")),
                    List.of(
                            List.of("category", "status", "sex"),
                            List.of("serviceType", "outcome", "sex"),
                            List.of("partner", "status", "reason")),
                    """
                    select st.category, r.status, c.sex, count(*),
                        count(*) filter (where r.status in ('ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED'))
                            as accepted,
                        count(*) filter (where r.status = 'REJECTED') as rejected,
                        count(*) filter (where r.status = 'COMPLETED') as completed,
                        percentile_cont(0.5) within group (
                            order by extract(epoch from r.first_response_at - r.requested_at) / 3600),
                        percentile_cont(0.9) within group (
                            order by extract(epoch from r.first_response_at - r.requested_at) / 3600),
                        percentile_cont(0.5) within group (
                            order by extract(epoch from r.completed_at - r.requested_at) / 3600),
                        percentile_cont(0.9) within group (
                            order by extract(epoch from r.completed_at - r.requested_at) / 3600)
                    from referral r
                    join service_type st on st.code = r.service_type_code
                    join client c on c.id = r.client_id and c.merged_into is null
                    where r.created_at >= %s and r.created_at < %s + 1
                    group by 1, 2, 3
                    """.formatted(FIRST_DAY, LAST_DAY)),
            new ReportCase(
                    "services-delivered",
                    "/reports/services-delivered",
                    List.of(List.of("category"), List.of("mode"), List.of("sex")),
                    List.of(
                            List.of("category", "mode", "sex"),
                            List.of("serviceType", "sex", "ageBand"),
                            List.of("provider", "mode", "sex")),
                    """
                    select category, mode, sex, sum(people) from (
                        select st.category, 'INDIVIDUAL' as mode, c.sex, count(distinct sd.client_id) as people
                        from service_delivery sd
                        join service_type st on st.id = sd.service_type_id
                        join client c on c.id = sd.client_id and c.merged_into is null
                        where sd.delivered_on between %1$s and %2$s
                        group by 1, 2, 3
                        union all
                        select st.category, 'GROUP', c.sex, count(distinct a.client_id)
                        from group_session gs
                        join group_session_attendee a on a.session_id = gs.id
                        join service_type st on st.id = gs.service_type_id
                        join client c on c.id = a.client_id and c.merged_into is null
                        where gs.held_on between %1$s and %2$s
                        group by 1, 2, 3
                        union all
                        select st.category, 'ANONYMOUS', h.sex, sum(h.people)
                        from group_session gs
                        join group_session_headcount h on h.session_id = gs.id
                        join service_type st on st.id = gs.service_type_id
                        where gs.held_on between %1$s and %2$s
                        group by 1, 2, 3
                    ) x
                    group by 1, 2, 3
                    """.formatted(FIRST_DAY, LAST_DAY)),
            new ReportCase(
                    "skills/recognition",
                    "/reports/skills/recognition",
                    List.of(List.of("recognitionStatus"), List.of("country"), List.of("level")),
                    List.of(
                            List.of("recognitionStatus", "level", "sex"),
                            List.of("recognitionStatus", "country", "sex"),
                            List.of("level", "sex", "ageBand")),
                    """
                    select r.status, d.level, c.sex, count(*)
                    from (
                        select distinct on (diploma_id, country) diploma_id, country, status
                        from diploma_recognition
                        where effective_on <= %s
                        order by diploma_id, country, effective_on desc, recorded_at desc
                    ) r
                    join client_diploma d on d.id = r.diploma_id
                    join client c on c.id = d.client_id and c.merged_into is null
                    group by 1, 2, 3
                    """.formatted(LAST_DAY)),
            new ReportCase(
                    "skills/deskilling",
                    "/reports/skills/deskilling",
                    List.of(List.of("sex"), List.of("ageBand"), List.of("office")),
                    List.of(List.of("sex", "ageBand", "office")),
                    """
                    select case when j.isco_major_group = 9 then 'DESKILLED' else 'NOT_DESKILLED' end as indicator,
                        c.sex, %s as age_band, o.code, count(*)
                    from client c
                    join office o on o.id = c.office_id
                    join lateral (
                        select e.isco_major_group from client_employment e
                        where e.client_id = c.id and e.isco_major_group is not null
                        order by e.is_current desc, coalesce(e.to_date, e.from_date) desc nulls last,
                            case e.period when 'AFTER' then 3 when 'DURING' then 2 else 1 end desc
                        limit 1) j on true
                    where c.education_level in ('SHORT_CYCLE_TERTIARY', 'BACHELOR', 'MASTER', 'DOCTORATE')
                        and c.merged_into is null
                    group by 1, 2, 3, 4
                    """.formatted(ageBand("c", LAST_DAY))));
}
