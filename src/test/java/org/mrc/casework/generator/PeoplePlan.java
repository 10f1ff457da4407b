package org.mrc.casework.generator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The plan of the synthetic population, in temporary tables, before anything is written: {@code gen_client} (who each
 * client is: office, profile, sex, age, origin, registration day), {@code gen_plan} (how many episodes each has,
 * scaled so the total meets the requested size) and {@code gen_episode} (each journey: its path, how far along it is,
 * its dates, type and destination), with {@code gen_current} (the open episode's phase, which the client row carries).
 *
 * <p>Profiles: PROSPECTIVE (weighing or preparing a departure), DIASPORA (abroad now), IMMIGRANT (arrived in the
 * province), RETURNEE, SEASONAL (one episode per harvest, returns clustered in April-May or October-November), FLB
 * (family left behind), ACCOMPANYING family, NON_MIGRANT residents and RESOURCE persons (settled returnees).
 * Episodes of a client follow one another in time: each gets a slice of the time from registration to the end of the
 * data, and only the last one may be open.
 */
final class PeoplePlan {

    /** The origin localities' long tail: rank k has weight (k + shift)^-exponent (a Zipf-Mandelbrot law). */
    private static final double ZIPF_EXPONENT = 3.0;

    private static final double ZIPF_SHIFT = 10;

    private static final String MANDATORY_PROFILES =
            "('PROSPECTIVE', 'DIASPORA', 'IMMIGRANT', 'RETURNEE', 'ACCOMPANYING', 'RESOURCE')";

    /** The expected number of episodes of a client of each profile before scaling to the requested total. */
    private static final String EPISODE_WEIGHT = """
            (case profile when 'PROSPECTIVE' then 1.2 when 'DIASPORA' then 1.7 when 'IMMIGRANT' then 1.05
                when 'RETURNEE' then 2.0 when 'ACCOMPANYING' then 1.0 when 'RESOURCE' then 2.0 when 'FLB' then 0.12
                when 'NON_MIGRANT' then 0.15 else 0 end)""";

    private final LoadSession session;

    PeoplePlan(LoadSession session) {
        this.session = session;
    }

    void create() throws SQLException {
        MigrationPaths.create(session);
        planClients();
        planEpisodes();
    }

    private void planClients() throws SQLException {
        double a = Math.pow(1 + ZIPF_SHIFT, 1 - ZIPF_EXPONENT);
        double b = Math.pow(Vocabulary.MUNICIPALITIES + 1 + ZIPF_SHIFT, 1 - ZIPF_EXPONENT);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("clients", session.scale.clients());
        values.put("seasonal_window", Math.max(30, Math.min(session.days - 400, 1100)));
        values.put("office_case", OfficeTree.share().sql("u_office"));
        values.put(
                "profile_case",
                Weighted.texts(
                                "PROSPECTIVE",
                                16,
                                "DIASPORA",
                                12,
                                "IMMIGRANT",
                                7,
                                "RETURNEE",
                                20,
                                "SEASONAL",
                                4,
                                "FLB",
                                22,
                                "ACCOMPANYING",
                                4,
                                "NON_MIGRANT",
                                13,
                                "RESOURCE",
                                2)
                        .sql("u_profile"));
        values.put("municipalities", Vocabulary.MUNICIPALITIES);
        values.put("zipf_a", String.format(Locale.ROOT, "%.12f", a));
        values.put("zipf_b", String.format(Locale.ROOT, "%.12f", b));
        values.put("zipf_power", String.format(Locale.ROOT, "%.6f", 1 / (1 - ZIPF_EXPONENT)));
        values.put("zipf_shift", ZIPF_SHIFT);
        values.put(
                "immigrant_nationality",
                Weighted.texts(
                                "CN", 22, "VN", 14, "ID", 12, "IN", 10, "KR", 9, "US", 7, "NG", 6, "JP", 5, "NP", 4,
                                "PK", 4, "UA", 3, "GB", 2, "AU", 2)
                        .sql("u_nat"));
        values.put(
                "other_nationality",
                Weighted.texts("US", 40, "CA", 15, "AU", 10, "JP", 8, "IT", 6, "GB", 6, "ES", 5, "DE", 5, "NZ", 5)
                        .sql("u_nat2"));
        session.execute("drop table if exists gen_client");
        session.execute(session.fill(CLIENT_PLAN, values));
        session.execute("alter table gen_client add primary key (cn)");

        int lastA = lastSeasonYear(2);
        int lastB = lastSeasonYear(7);
        Map<String, Object> plan = Map.of(
                "last_a", lastA, "last_b", lastB, "mandatory", MANDATORY_PROFILES, "episode_weight", EPISODE_WEIGHT);
        double seasonal = session.queryDouble(session.fill("""
                select coalesce(sum(greatest(1, (case season when 'A' then ${last_a} else ${last_b} end) - created_year)), 0)
                from gen_client where profile = 'SEASONAL' and not merged""", plan));
        double mandatory = session.queryDouble(
                session.fill("select count(*) from gen_client where profile in ${mandatory} and not merged", plan));
        double flexible = session.queryDouble(session.fill("""
                select coalesce(sum(case when profile in ${mandatory} then ${episode_weight} - 1 else ${episode_weight} end), 0)
                from gen_client where not merged and profile <> 'SEASONAL'""", plan));
        double factor =
                flexible == 0 ? 0 : Math.max(0, (session.scale.episodes() - seasonal - mandatory) / flexible) * 1.06;
        Map<String, Object> scaled = new LinkedHashMap<>(plan);
        scaled.put("f", String.format(Locale.ROOT, "%.6f", factor));
        session.execute("drop table if exists gen_plan");
        session.execute(session.fill(EPISODE_PLAN, scaled));
    }

    /** The last year whose season (departing in {@code departureMonth}) started before the data end. */
    private int lastSeasonYear(int departureMonth) {
        java.time.LocalDate preparation = java.time.LocalDate.of(session.lastDay.getYear(), departureMonth, 1)
                .minusDays(30);
        return preparation.isAfter(session.lastDay) ? session.lastDay.getYear() - 1 : session.lastDay.getYear();
    }

    private void planEpisodes() throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(
                "history_path",
                Weighted.numbers(3, 40, 4, 25, 5, 6, 6, 4, 9, 3, 1, 12, 2, 5, 8, 5)
                        .sql("u1"));
        values.put(
                "prospective_history_path",
                Weighted.numbers(1, 45, 2, 20, 3, 20, 4, 15).sql("u1"));
        values.put("prospective_path", Weighted.numbers(3, 75, 4, 15, 5, 10).sql("u1"));
        values.put(
                "diaspora_path",
                Weighted.numbers(3, 65, 4, 10, 5, 8, 6, 5, 8, 12).sql("u1"));
        values.put(
                "first_return_path",
                Weighted.numbers(3, 40, 4, 20, 5, 8, 9, 4, 11, 18, 8, 10).sql("u1"));
        values.put(
                "later_return_path",
                Weighted.numbers(3, 48, 4, 25, 5, 8, 9, 5, 8, 14).sql("u1"));
        values.put("flb_path", Weighted.numbers(3, 60, 4, 40).sql("u1"));
        values.put("resident_path", Weighted.numbers(1, 80, 2, 20).sql("u1"));
        values.put(
                "immigrant_type",
                Weighted.texts("LABOUR", 50, "FAMILY", 25, "STUDY", 10, "FORCED", 10, "OTHER", 5)
                        .sql("u9"));
        values.put(
                "irregular_type",
                Weighted.texts("LABOUR", 70, "FORCED", 20, "OTHER", 10).sql("u9"));
        values.put(
                "plan_type",
                Weighted.texts("LABOUR", 80, "FAMILY", 8, "STUDY", 8, "OTHER", 4)
                        .sql("u9"));
        values.put(
                "labour_type",
                Weighted.texts("LABOUR", 72, "FAMILY", 10, "STUDY", 7, "FORCED", 3, "OTHER", 8)
                        .sql("u9"));
        values.put(
                "destination",
                Weighted.texts(
                                "SA", 20, "AE", 15, "HK", 9, "SG", 7, "KW", 6, "QA", 6, "JP", 6, "US", 7, "CA", 5, "IT",
                                4, "TW", 5, "KR", 3, "GB", 2, "DE", 2, "AU", 3)
                        .sql("u10"));
        values.put(
                "seasonal_destination",
                Weighted.texts("KR", 35, "AU", 25, "NZ", 20, "CA", 12, "JP", 8).sql("u10"));
        session.execute("drop table if exists gen_episode");
        session.execute(session.fill(EPISODE_DETAILS, values));
        session.execute("create index on gen_episode (en)");
        session.execute("drop table if exists gen_current");
        session.execute("""
                create temp table gen_current as
                select cn, cur_phase, cur_sub_stage, destination, since_day from gen_episode where last and not closed
                """);
        session.execute("alter table gen_current add primary key (cn)");
        session.execute("analyze gen_client; analyze gen_plan; analyze gen_episode; analyze gen_current");
    }

    private static final String CLIENT_PLAN = """
            create temp table gen_client as
            with r as (
                select g as cn,
                    pg_temp.u(g, 11) as u_office, pg_temp.u(g, 12) as u_profile, pg_temp.u(g, 13) as u_sex,
                    pg_temp.u(g, 14) as u_age, pg_temp.u(g, 15) as u_age2, pg_temp.u(g, 16) as u_bk,
                    pg_temp.u(g, 17) as u_created, pg_temp.u(g, 18) as u_loc, pg_temp.u(g, 19) as u_remap,
                    pg_temp.u(g, 20) as u_nat, pg_temp.u(g, 24) as u_nat2, pg_temp.u(g, 21) as u_season,
                    pg_temp.u(g, 22) as u_merge, pg_temp.u(g, 23) as u_doy
                from generate_series(1, ${clients}) g
            ), p as (
                select r.*, ${office_case} as office, ${profile_case} as profile from r
            ), q as (
                select p.*,
                    case when profile = 'SEASONAL' then floor(u_created * ${seasonal_window})::int
                         else floor(${days} * power(u_created, 0.75))::int end as created_day,
                    case profile when 'FLB' then 0.74 when 'ACCOMPANYING' then 0.6 when 'NON_MIGRANT' then 0.58
                        when 'DIASPORA' then 0.56 when 'RETURNEE' then 0.5 when 'PROSPECTIVE' then 0.5
                        when 'IMMIGRANT' then 0.45 when 'RESOURCE' then 0.45 else 0.15 end as female_share,
                    greatest(1, least(${municipalities}, floor(power(${zipf_a} - u_loc * (${zipf_a} - ${zipf_b}),
                        ${zipf_power}) - ${zipf_shift})::int)) as rank
                from p
            )
            select cn, office, profile,
                case when u_sex < 0.003 then 'INTERSEX' when u_sex < 0.013 then 'UNDISCLOSED'
                     when u_sex < 0.013 + 0.987 * female_share then 'FEMALE' else 'MALE' end as sex,
                created_day,
                extract(year from pg_temp.day(created_day))::int as created_year,
                least(extract(year from pg_temp.day(created_day))::int - 1, case
                    when profile in ('FLB', 'ACCOMPANYING')
                        and u_age < (case profile when 'FLB' then 0.33 else 0.5 end)
                        then 2006 + floor(u_age2 * 19)::int
                    when profile = 'FLB' and u_age > 0.8 then 1940 + floor(u_age2 * 26)::int
                    when profile in ('FLB', 'ACCOMPANYING') then 1965 + floor(u_age2 * 37)::int
                    when profile = 'NON_MIGRANT' then 1940 + floor(u_age2 * 80)::int
                    else 1955 + floor(49 * (u_age + u_age2) / 2)::int
                end) as birth_year,
                floor(u_doy * 365)::int as birth_doy,
                case when u_bk < 0.85 then 'DATE' when u_bk < 0.95 then 'YEAR' else 'NONE' end as birth_kind,
                case when profile = 'IMMIGRANT' or u_remap >= 0.92 then null
                     when u_remap < 0.6 and rank - (rank - 1) % 30 + office <= ${municipalities}
                         then rank - (rank - 1) % 30 + office
                     else rank end as locality,
                case when profile = 'IMMIGRANT' then ${immigrant_nationality}
                     when u_nat < 0.99 then 'PH' else ${other_nationality} end as nat1,
                case when profile <> 'IMMIGRANT' and u_nat >= 0.97 and u_nat < 0.99 then ${other_nationality}
                     end as nat2,
                case when u_season < 0.55 then 'A' else 'B' end as season,
                (pg_temp.day(created_day) + make_interval(mins => 480 + floor(pg_temp.u(cn, 80) * 540)::int))
                    at time zone 'Asia/Manila' as created_at,
                profile in ('FLB', 'NON_MIGRANT') and cn % 2 = 0 and u_merge < 0.008 as merged
            from q
            """;

    private static final String EPISODE_PLAN = """
            create temp table gen_plan as
            select cn, n, (sum(n) over (order by cn) - n + 1)::bigint as ep_first
            from (
                select cn,
                    case
                        when merged then 0
                        when profile = 'SEASONAL'
                            then greatest(1, (case season when 'A' then ${last_a} else ${last_b} end) - created_year)
                        when profile in ('FLB', 'NON_MIGRANT')
                            then least(1, floor(${episode_weight} * ${f} + pg_temp.u(cn, 31)))::int
                        else least(1 + floor((${episode_weight} - 1) * ${f} + pg_temp.u(cn, 31))::int,
                                   1 + (${days} - created_day) / 150)
                    end as n
                from gen_client) x
            """;

    private static final String EPISODE_DETAILS = """
            create temp table gen_episode as
            with b as (
                select c.cn, c.profile, c.office, c.created_day, c.created_year, c.season, c.nat1, c.locality,
                    p.n, k, p.ep_first + k - 1 as en, k = p.n as last,
                    least(c.created_day + floor(pg_temp.u(c.cn, 32) * 10)::int, ${days}) as start_day,
                    pg_temp.u(p.ep_first + k - 1, 41) as u1, pg_temp.u(p.ep_first + k - 1, 42) as u2,
                    pg_temp.u(p.ep_first + k - 1, 45) as u5, pg_temp.u(p.ep_first + k - 1, 46) as u6,
                    pg_temp.u(p.ep_first + k - 1, 47) as u7, pg_temp.u(p.ep_first + k - 1, 48) as u8,
                    pg_temp.u(p.ep_first + k - 1, 49) as u9, pg_temp.u(p.ep_first + k - 1, 50) as u10
                from gen_plan p join gen_client c using (cn) cross join lateral generate_series(1, p.n) k
                where p.n > 0
            ), pathed as (
                select b.*,
                    case
                        when profile = 'SEASONAL' then 10
                        when not last and profile = 'PROSPECTIVE' then ${prospective_history_path}
                        when not last then ${history_path}
                        when profile = 'PROSPECTIVE' then ${prospective_path}
                        when profile = 'DIASPORA' then ${diaspora_path}
                        when profile = 'IMMIGRANT' then 7
                        when profile = 'ACCOMPANYING' then 4
                        when profile in ('RETURNEE', 'RESOURCE') and k = 1 then ${first_return_path}
                        when profile in ('RETURNEE', 'RESOURCE') then ${later_return_path}
                        when profile = 'FLB' then ${flb_path}
                        else ${resident_path}
                    end as path
                from b
            ), planned as (
                select x.*, m.len, m.return_step, m.return_frac, m.depart_step, m.depart_frac,
                    case
                        when path = 10 then null
                        when not last then m.len
                        when profile = 'PROSPECTIVE' then case when path = 4 then 1 else 1 + (u2 < 0.55)::int end
                        when profile = 'DIASPORA' then case path
                            when 3 then 3 + floor(u2 * 4)::int when 4 then 2 + floor(u2 * 2)::int
                            when 5 then 3 + floor(u2 * 3)::int when 6 then 2 + floor(u2 * 4)::int
                            else 1 + floor(u2 * 2)::int end
                        when profile = 'IMMIGRANT' then 1 + floor(u2 * 3)::int
                        when profile = 'ACCOMPANYING' then 2 + floor(u2 * 2)::int
                        when profile = 'RETURNEE' and u2 < 0.45 then m.return_step
                        else m.len
                    end as planned_steps,
                    case
                        when path = 10 then null
                        when not last then true
                        when profile = 'RETURNEE' then u2 >= 0.65
                        when profile = 'RESOURCE' then u2 < 0.5
                        when profile in ('FLB', 'NON_MIGRANT') then true
                        else false
                    end as planned_closed,
                    start_day + floor((k - 1) * (${days} - start_day)::float8 / n)::int as seg_lo,
                    case when last then ${days}
                         else start_day + floor(k * (${days} - start_day)::float8 / n)::int end as seg_hi,
                    make_date(created_year + k, 1, 1) - date '2019-01-01' as year_day,
                    case season when 'A' then 31 + floor(u5 * 28)::int else 195 + floor(u5 * 48)::int end as dep_doy,
                    case season when 'A' then 99 + floor(u6 * 52)::int else 274 + floor(u6 * 57)::int end as ret_doy,
                    10 + floor(u7 * 20)::int as pre_lag
                from pathed x join gen_path_meta m using (path)
            ), opened as (
                select y.*,
                    case when path = 10 then year_day + dep_doy - pre_lag
                         else seg_lo + floor(u5 * 0.05 * (seg_hi - seg_lo))::int end as opened,
                    year_day + dep_doy as dep_day,
                    year_day + ret_doy as ret_day
                from planned y
            ), resolved as materialized (
                select o.*,
                    case when path = 10 then 1 + (dep_day <= ${days})::int + (ret_day <= ${days})::int
                         else planned_steps end as steps,
                    case when path = 10 then not last or (ret_day + floor(u7 * 20)::int <= ${days} and u8 < 0.7)
                         else planned_closed end as closed
                from opened o
            ), spanned as materialized (
                select r.*, lp.phase as cur_phase, lp.sub_stage as cur_sub_stage, lp.frac as t_frac,
                    case
                        when r.path = 10 then 0
                        when closed then floor((seg_hi - opened) * (0.55 + 0.35 * u6))::int
                        when lp.frac = 0 then greatest(${days} - opened, 0)
                        else floor((${days} - opened) * (0.3 + 0.7 * u6) / lp.frac)::int
                    end as span
                from resolved r join gen_path lp on lp.path = r.path and lp.step = r.steps
            )
            select en, cn, k, n, last, profile, office, path, steps, closed, opened, span, dep_day, ret_day,
                cur_phase, cur_sub_stage,
                case when path = 10 then case steps when 1 then opened when 2 then dep_day else ret_day end
                     else opened + floor(t_frac * span)::int end as since_day,
                case when not closed then null
                     when path = 10 then ret_day + floor(u7 * 20)::int
                     else opened + span + floor(u7 * (seg_hi - opened - span))::int end as close_day,
                case when depart_step is null or depart_step > steps then null
                     when path = 10 then dep_day
                     else opened + floor(depart_frac * span)::int end as departure_day,
                case when return_step is null or return_step > steps then null
                     when path = 10 then ret_day
                     else opened + floor(return_frac * span)::int end as return_day,
                case when path = 10 then 'SEASONAL'
                     when profile = 'ACCOMPANYING' then 'FAMILY'
                     when profile = 'IMMIGRANT' then ${immigrant_type}
                     when path = 5 then ${irregular_type}
                     when path in (1, 2) then ${plan_type}
                     else ${labour_type} end as type,
                case when profile = 'IMMIGRANT' then 'PH'
                     when path = 10 then ${seasonal_destination}
                     else ${destination} end as destination,
                case when profile = 'IMMIGRANT' then nat1 else 'PH' end as origin_country,
                locality
            from spanned
            """;
}
