package org.mrc.casework.generator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Diplomas with their recognition history per destination country (statuses evolving over time: requested, then
 * recognised, partly recognised or refused, sometimes lapsing later) and occupations before, during and after
 * migration with their ISCO major group, so that deskilling shows: part of the tertiary-educated, more often women,
 * work in elementary occupations (group 9) abroad.
 *
 * <p>Works from the loaded client rows (education level, roles, sex), so it agrees with what the registry says.
 */
final class HumanCapitalLoad {

    private final LoadSession session;

    HumanCapitalLoad(LoadSession session) {
        this.session = session;
    }

    void load() throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("clients", session.scale.clients());
        values.put("diplomas", session.scale.diplomas());
        values.put(
                "destination",
                Weighted.texts(
                                "SA", 15, "AE", 12, "JP", 10, "US", 12, "CA", 10, "IT", 8, "GB", 8, "DE", 6, "HK", 7,
                                "SG", 7, "AU", 5)
                        .sql("u_country"));
        values.put(
                "recognition_path",
                Weighted.numbers(1, 25, 2, 12, 3, 10, 4, 15, 5, 12, 6, 6, 7, 10, 8, 10)
                        .sql("u_path"));
        session.execute("drop table if exists gen_recognition_path");
        session.execute("""
                create temp table gen_recognition_path as
                select * from (values
                    (1, 1, 'PENDING'), (1, 2, 'RECOGNISED'),
                    (2, 1, 'PENDING'), (2, 2, 'PARTIAL'),
                    (3, 1, 'PENDING'), (3, 2, 'REFUSED'),
                    (4, 1, 'NOT_REQUESTED'),
                    (5, 1, 'PENDING'),
                    (6, 1, 'PENDING'), (6, 2, 'RECOGNISED'), (6, 3, 'LAPSED'),
                    (7, 1, 'NOT_REQUESTED'), (7, 2, 'PENDING'), (7, 3, 'RECOGNISED'),
                    (8, 1, 'RECOGNISED')) v(path, step, status)
                """);
        session.execute("drop table if exists gen_educated");
        session.execute(session.fill("""
                create temp table gen_educated as
                select row_number() over (order by c.id)::int as rank, c.id, c.education_level, c.birth_year,
                    (c.created_at at time zone 'Asia/Manila')::date - date '2019-01-01' as created_day
                from client c
                where c.id between pg_temp.gid(${CLIENT}, 1) and pg_temp.gid(${CLIENT}, ${clients})
                    and c.merged_into is null
                    and c.education_level in ('POST_SECONDARY_VOCATIONAL', 'SHORT_CYCLE_TERTIARY', 'BACHELOR', 'MASTER',
                                              'DOCTORATE')
                """, values));
        session.execute("alter table gen_educated add primary key (rank)");
        session.execute("analyze gen_educated");
        values.put("educated", Math.max(1, session.queryLong("select count(*) from gen_educated")));
        session.execute("drop table if exists gen_diploma");
        session.execute(session.fill(DIPLOMA_PLAN, values));
        session.table("client_diploma", () -> session.execute(session.fill(DIPLOMAS, values)));
        session.table("diploma_recognition", () -> session.execute(session.fill(RECOGNITIONS, values)));
        employment(values);
    }

    private void employment(Map<String, Object> values) throws SQLException {
        session.execute("drop table if exists gen_worker");
        session.execute(session.fill("""
                create temp table gen_worker as
                select row_number() over (order by c.id)::int as rank, c.id, c.sex, c.education_level, c.roles,
                    (c.created_at at time zone 'Asia/Manila')::date - date '2019-01-01' as created_day,
                    c.education_level in ('SHORT_CYCLE_TERTIARY', 'BACHELOR', 'MASTER', 'DOCTORATE') as tertiary,
                    c.roles && array['RETURNEE', 'RESOURCE_PERSON'] as returned
                from client c
                where c.id between pg_temp.gid(${CLIENT}, 1) and pg_temp.gid(${CLIENT}, ${clients})
                    and c.merged_into is null
                    and c.roles && array['RETURNEE', 'EMIGRANT_DIASPORA', 'IMMIGRANT', 'RESOURCE_PERSON']
                    and (c.birth_year is null or c.birth_year <= 2004)
                """, values));
        double returnedShare = session.queryDouble("select coalesce(avg(returned::int), 0) from gen_worker");
        double perWorker = 0.8 + 0.95 + 0.75 * returnedShare;
        values.put("workers", Math.round(session.scale.employments() / perWorker));
        values.put(
                "before_tertiary",
                Weighted.numbers(2, 50, 3, 25, 4, 12, 1, 5, 5, 8).sql("u_isco"));
        values.put(
                "before_other",
                Weighted.numbers(5, 20, 6, 15, 7, 20, 8, 15, 9, 25, 4, 5).sql("u_isco"));
        values.put(
                "during_tertiary_women",
                Weighted.numbers(9, 35, 5, 20, 2, 28, 3, 12, 4, 5).sql("u_isco"));
        values.put(
                "during_tertiary_men",
                Weighted.numbers(9, 20, 7, 15, 8, 12, 2, 35, 3, 18).sql("u_isco"));
        values.put(
                "during_other",
                Weighted.numbers(9, 40, 5, 20, 7, 15, 8, 15, 6, 10).sql("u_isco"));
        values.put(
                "after_tertiary",
                Weighted.numbers(2, 35, 3, 15, 1, 12, 5, 10, 9, 15, 4, 13).sql("u_isco"));
        values.put(
                "after_other",
                Weighted.numbers(5, 25, 7, 20, 9, 30, 6, 15, 8, 10).sql("u_isco"));
        values.put(
                "status_home",
                Weighted.texts("FORMAL", 45, "INFORMAL", 30, "SELF_EMPLOYED", 20, "UNEMPLOYED", 5)
                        .sql("u_status"));
        values.put("status_abroad", Weighted.texts("FORMAL", 70, "INFORMAL", 30).sql("u_status"));
        values.put(
                "destination",
                Weighted.texts(
                                "SA", 20, "AE", 15, "HK", 9, "SG", 7, "KW", 6, "QA", 6, "JP", 6, "US", 7, "CA", 5, "IT",
                                4, "TW", 5, "KR", 3)
                        .sql("u_country"));
        session.table("client_employment", () -> session.execute(session.fill(EMPLOYMENT, values)));
    }

    private static final String DIPLOMA_PLAN = """
            create temp table gen_diploma as
            select d, e.id as client_id, e.education_level as level, e.birth_year, e.created_day,
                case when e.education_level = 'POST_SECONDARY_VOCATIONAL'
                     then (array['Caregiving', 'Welding', 'Electrical Installation', 'Cookery', 'Housekeeping',
                                 'Automotive Servicing'])[1 + floor(u_field * 6)::int]
                     else (array['Nursing', 'Education', 'Civil Engineering', 'Accountancy', 'Information Technology',
                                 'Business Administration', 'Hotel and Restaurant Management',
                                 'Marine Transportation', 'Midwifery', 'Agriculture'])[1 + floor(u_field * 10)::int]
                end as field,
                case when u_issuer < 0.92 then 'PH' else ${destination} end as issuing_country,
                u_recognised < 0.85 as recognised, ${destination} as country, ${recognition_path} as path,
                e.created_day + floor(u_start * (${days} - e.created_day) * 0.7)::int as start_day,
                60 + 300 * u_gap as gap
            from (
                select d, pg_temp.u(d, 191) as u_pick, pg_temp.u(d, 192) as u_field, pg_temp.u(d, 193) as u_issuer,
                    pg_temp.u(d, 194) as u_recognised, pg_temp.u(d, 195) as u_country, pg_temp.u(d, 196) as u_path,
                    pg_temp.u(d, 197) as u_start, pg_temp.u(d, 198) as u_gap
                from generate_series(1, ${diplomas}) d
            ) r
            join gen_educated e on e.rank = 1 + floor(r.u_pick * ${educated})::int
            """;

    private static final String DIPLOMAS = """
            insert into client_diploma (id, client_id, title, level, field, issuing_country, year, created_at, version)
            select pg_temp.gid(${DIPLOMA}, d), client_id,
                case level when 'POST_SECONDARY_VOCATIONAL' then 'National Certificate II in '
                           when 'SHORT_CYCLE_TERTIARY' then 'Associate in '
                           when 'BACHELOR' then 'Bachelor of Science in '
                           when 'MASTER' then 'Master in '
                           else 'Doctor of Philosophy in ' end || field,
                level, field, issuing_country,
                least(2024, birth_year + 20 + (d % 8)),
                (pg_temp.day(created_day) + time '11:00') at time zone 'Asia/Manila', 0
            from gen_diploma
            """;

    private static final String RECOGNITIONS = """
            insert into diploma_recognition (id, diploma_id, country, status, effective_on, note, recorded_by, recorded_at)
            select pg_temp.gid(${RECOGNITION}, g.d * 4 + p.step), pg_temp.gid(${DIPLOMA}, g.d), g.country, p.status,
                pg_temp.day(g.start_day + floor((p.step - 1) * g.gap)::int), null, 'gen:caseworker',
                (pg_temp.day(g.start_day + floor((p.step - 1) * g.gap)::int) + time '14:00') at time zone 'Asia/Manila'
            from gen_diploma g join gen_recognition_path p on p.path = g.path
            where g.recognised and g.start_day + floor((p.step - 1) * g.gap)::int <= ${days}
            """;

    /**
     * BEFORE (at home, years before registering), DURING (abroad; current for those still abroad) and AFTER (back home,
     * current for most returnees). Dates never run backwards and none lies after the client's registration day.
     */
    private static final String EMPLOYMENT = """
            insert into client_employment (id, client_id, period, occupation_title, isco_major_group, country,
                employment_status, from_date, to_date, is_current, created_at, updated_at, version)
            select pg_temp.gid(${EMPLOYMENT}, w.rank * 4 + w.i), w.id, w.period,
                case when w.isco is null then null else (array['Armed forces', 'Manager', 'Professional', 'Technician',
                    'Clerical support worker', 'Service or sales worker', 'Farmer or fisher', 'Craft worker',
                    'Machine operator', 'Domestic or elementary worker'])[1 + w.isco] end,
                w.isco, case w.period when 'DURING' then w.abroad_country else 'PH' end,
                case w.period when 'DURING' then ${status_abroad} else ${status_home} end,
                pg_temp.day(case w.period when 'BEFORE' then w.created_day - 2500 + floor(w.u_shift * 700)::int
                                          when 'DURING' then w.created_day - 1400 + floor(w.u_shift * 700)::int
                                          else w.created_day end),
                case w.period
                    when 'BEFORE' then pg_temp.day(w.created_day - 1460 + floor(w.u_shift * 700)::int)
                    when 'DURING' then case when w.returned then pg_temp.day(w.created_day - 30) end
                    else case when not w.after_current then pg_temp.day(least(w.created_day + 10, ${days})) end
                end,
                case w.period when 'BEFORE' then false when 'DURING' then not w.returned else w.after_current end,
                (pg_temp.day(w.created_day) + time '13:00') at time zone 'Asia/Manila',
                (pg_temp.day(w.created_day) + time '13:00') at time zone 'Asia/Manila', 0
            from (
                select x.*, ${destination} as abroad_country,
                    case when x.u_missing < 0.05 then null
                         when x.period = 'BEFORE' and x.tertiary then ${before_tertiary}
                         when x.period = 'BEFORE' then ${before_other}
                         when x.period = 'DURING' and x.tertiary and x.sex = 'FEMALE' then ${during_tertiary_women}
                         when x.period = 'DURING' and x.tertiary then ${during_tertiary_men}
                         when x.period = 'DURING' then ${during_other}
                         when x.tertiary then ${after_tertiary}
                         else ${after_other} end as isco
                from (
                    select gw.*, pr.i, pr.period, pg_temp.u(gw.rank * 4 + pr.i, 201) as u_isco,
                        pg_temp.u(gw.rank * 4 + pr.i, 202) as u_status, pg_temp.u(gw.rank, 203) as u_shift,
                        pg_temp.u(gw.rank, 204) as u_country, pg_temp.u(gw.rank, 205) < 0.7 as after_current,
                        pg_temp.u(gw.rank * 4 + pr.i, 206) as u_keep, pg_temp.u(gw.rank * 4 + pr.i, 209) as u_missing
                    from gen_worker gw
                    cross join (values (1, 'BEFORE'), (2, 'DURING'), (3, 'AFTER')) pr(i, period)
                    where gw.rank <= ${workers}
                ) x
                where (x.period = 'BEFORE' and x.u_keep < 0.8) or (x.period = 'DURING' and x.u_keep < 0.95)
                    or (x.period = 'AFTER' and x.returned and x.u_keep < 0.75)
            ) w
            """;
}
