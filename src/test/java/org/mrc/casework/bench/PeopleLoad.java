package org.mrc.casework.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clients, their migration episodes with the full phase history, merged duplicates and household links.
 *
 * <p>Everything about a client is planned first in temporary tables ({@code gen_client}: who they are, which office,
 * which kind of migrant; {@code gen_episode}: each journey, its path and dates), so that the client row can carry the
 * phase of its open episode (client.current_phase) without a second pass over a million rows, and episodes can name
 * clients and their previous episode by number.
 *
 * <p>Profiles: PROSPECTIVE (weighing or preparing a departure), DIASPORA (abroad now), IMMIGRANT (arrived in the
 * province), RETURNEE, SEASONAL (one episode per harvest, returns clustered in April-May or October-November), FLB
 * (family left behind), ACCOMPANYING family, NON_MIGRANT residents and RESOURCE persons (settled returnees).
 */
final class PeopleLoad {

    private static final int CLIENT_BATCH = 100_000;
    private static final int EPISODE_BATCH = 250_000;

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

    private static final Map<String, double[]> COMPLETENESS = new LinkedHashMap<>();
    private static final Map<String, double[]> PREPAREDNESS = new LinkedHashMap<>();

    static {
        // COMPLETE, INCOMPLETE, INTERRUPTED
        COMPLETENESS.put("END_OF_CONTRACT", new double[] {75, 15, 10});
        COMPLETENESS.put("VOLUNTARY_SELF_ORGANISED", new double[] {55, 35, 10});
        COMPLETENESS.put("FAMILY_DECISION", new double[] {20, 70, 10});
        COMPLETENESS.put("VOLUNTARY_PROGRAMME_ASSISTED", new double[] {50, 30, 20});
        COMPLETENESS.put("ASSISTED_VOLUNTARY_RETURN", new double[] {10, 30, 60});
        COMPLETENESS.put("DEPORTED_EXPELLED", new double[] {2, 8, 90});
        COMPLETENESS.put("READMISSION", new double[] {5, 10, 85});
        COMPLETENESS.put("FORCED_BY_CONFLICT_OR_DISASTER", new double[] {5, 15, 80});
        COMPLETENESS.put("SEASONAL_PERIODIC", new double[] {85, 10, 5});
        COMPLETENESS.put("UNDISCLOSED", new double[] {30, 30, 40});
        // had time to prepare, institutional assistance, capital accumulated, social protection kept
        PREPAREDNESS.put("END_OF_CONTRACT", new double[] {0.8, 0.1, 0.55, 0.45});
        PREPAREDNESS.put("VOLUNTARY_SELF_ORGANISED", new double[] {0.7, 0.1, 0.5, 0.35});
        PREPAREDNESS.put("FAMILY_DECISION", new double[] {0.4, 0.1, 0.3, 0.2});
        PREPAREDNESS.put("VOLUNTARY_PROGRAMME_ASSISTED", new double[] {0.75, 0.9, 0.45, 0.6});
        PREPAREDNESS.put("ASSISTED_VOLUNTARY_RETURN", new double[] {0.4, 0.95, 0.1, 0.1});
        PREPAREDNESS.put("DEPORTED_EXPELLED", new double[] {0.05, 0.2, 0.05, 0.05});
        PREPAREDNESS.put("READMISSION", new double[] {0.1, 0.5, 0.05, 0.05});
        PREPAREDNESS.put("FORCED_BY_CONFLICT_OR_DISASTER", new double[] {0.1, 0.4, 0.1, 0.1});
        PREPAREDNESS.put("SEASONAL_PERIODIC", new double[] {0.9, 0.3, 0.6, 0.5});
        PREPAREDNESS.put("UNDISCLOSED", new double[] {0.4, 0.1, 0.3, 0.2});
    }

    private final LoadSession session;
    private final List<String> municipalities = Vocabulary.municipalities();

    PeopleLoad(LoadSession session) {
        this.session = session;
    }

    void load() throws SQLException {
        long start = System.nanoTime();
        MigrationPaths.create(session);
        planClients();
        planEpisodes();
        System.out.printf(Locale.ROOT, "  planned clients and episodes in %.1f s%n", (System.nanoTime() - start) / 1e9);
        long offset = session.queryLong("select count(*) from client");
        session.table(
                "client",
                () -> LoadSession.inBatches(
                        session.scale.clients(),
                        CLIENT_BATCH,
                        "clients",
                        (from, to) -> session.execute(clientInsert(from, to, offset))));
        session.table("client_merge", () -> session.execute(session.fill(MERGES)));
        long episodes = session.queryLong("select count(*) from gen_episode");
        session.table(
                "migration_episode",
                () -> LoadSession.inBatches(
                        episodes,
                        EPISODE_BATCH,
                        "episodes",
                        (from, to) -> session.execute(session.fill(
                                EPISODES,
                                Map.of(
                                        "from", from,
                                        "to", to,
                                        "municipality_names", SqlText.textArray(municipalities))))));
        session.tableCheckedAtEnd(
                "phase_change",
                List.of("phase_change"),
                () -> LoadSession.inBatches(
                        episodes,
                        EPISODE_BATCH,
                        "episodes' phase changes",
                        (from, to) -> session.execute(phaseChanges(from, to))));
        session.tableCheckedAtEnd("client_link", List.of("client_link"), this::links);
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

    private String clientInsert(long from, long to, long offset) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("reference_offset", offset);
        values.put("municipality_names", SqlText.textArray(municipalities));
        values.put("female", SqlText.textArray(Vocabulary.FEMALE_NAMES));
        values.put("male", SqlText.textArray(Vocabulary.MALE_NAMES));
        values.put("family", SqlText.textArray(Vocabulary.FAMILY_NAMES));
        values.put("syllables", SqlText.textArray(Vocabulary.SYLLABLES));
        values.put("n_female", Vocabulary.FEMALE_NAMES.size());
        values.put("n_male", Vocabulary.MALE_NAMES.size());
        values.put("n_family", Vocabulary.FAMILY_NAMES.size());
        values.put("n_syllables", Vocabulary.SYLLABLES.size());
        Weighted education = Weighted.texts(
                null,
                4.4,
                "NONE",
                2,
                "PRIMARY",
                10,
                "LOWER_SECONDARY",
                14,
                "UPPER_SECONDARY",
                26,
                "POST_SECONDARY_VOCATIONAL",
                14,
                "SHORT_CYCLE_TERTIARY",
                7,
                "BACHELOR",
                18,
                "MASTER",
                4,
                "DOCTORATE",
                0.6);
        values.put("education_migrant", education.sql("power(u_edu, 0.75)"));
        values.put("education_seasonal", education.sql("power(u_edu, 1.4)"));
        values.put("education", education.sql("u_edu"));
        values.put(
                "employment",
                Weighted.texts(
                                "FORMAL",
                                30,
                                "INFORMAL",
                                25,
                                "SELF_EMPLOYED",
                                15,
                                "UNEMPLOYED",
                                15,
                                "NOT_IN_LABOUR_FORCE",
                                10,
                                null,
                                5)
                        .sql("u_emp"));
        values.put(
                "social_protection",
                Weighted.texts("COVERED", 28, "PARTIALLY_COVERED", 14, "NOT_COVERED", 34, "UNKNOWN", 12, null, 12)
                        .sql("u_sp"));
        Weighted remittances = Weighted.texts(
                null, 30, "NONE", 10, "UNDER_100", 15, "FROM_100_TO_299", 25, "FROM_300_TO_599", 14, "FROM_600", 6);
        values.put("remittances_sent", remittances.sql("u_rem"));
        values.put("remittances_received", remittances.sql("u_rem"));
        values.put(
                "status_immigrant",
                Weighted.texts(
                                "REGULAR_TEMPORARY",
                                35,
                                "REGULAR_PERMANENT",
                                15,
                                "IRREGULAR",
                                12,
                                "ASYLUM_SEEKER",
                                6,
                                "REFUGEE",
                                5,
                                "OTHER_HUMANITARIAN",
                                3,
                                "UNDISCLOSED",
                                24)
                        .sql("u_adm"));
        values.put(
                "status_abroad",
                Weighted.texts(
                                "REGULAR_TEMPORARY",
                                30,
                                "REGULAR_PERMANENT",
                                10,
                                "IRREGULAR",
                                8,
                                "UNDISCLOSED",
                                45,
                                "NATIONAL",
                                7)
                        .sql("u_adm"));
        values.put(
                "status_home",
                Weighted.texts("NATIONAL", 45, "UNDISCLOSED", 53, "IRREGULAR", 1, "REGULAR_TEMPORARY", 1)
                        .sql("u_adm"));
        values.put(
                "vulnerabilities",
                SqlText.textArray(List.of(
                        "NO_SOCIAL_PROTECTION",
                        "PSYCHOSOCIAL_NEED",
                        "EXPLOITATION_SURVIVOR",
                        "DISABILITY",
                        "GBV_SURVIVOR",
                        "STIGMATISED",
                        "TRAFFICKING_SURVIVOR",
                        "STRANDED_ABROAD",
                        "HOMELESS",
                        "UNACCOMPANIED_MINOR")));
        values.put("last_year", session.lastDay.getYear());
        return session.fill(CLIENTS, values);
    }

    private String phaseChanges(long from, long to) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put(
                "circumstance",
                Weighted.texts(
                                "VOLUNTARY_SELF_ORGANISED",
                                28,
                                "END_OF_CONTRACT",
                                26,
                                "FAMILY_DECISION",
                                12,
                                "VOLUNTARY_PROGRAMME_ASSISTED",
                                7,
                                "ASSISTED_VOLUNTARY_RETURN",
                                6,
                                "DEPORTED_EXPELLED",
                                5,
                                "READMISSION",
                                2,
                                "FORCED_BY_CONFLICT_OR_DISASTER",
                                6,
                                "UNDISCLOSED",
                                3)
                        .sql("uc"));
        values.put(
                "irregular_circumstance",
                Weighted.texts(
                                "DEPORTED_EXPELLED",
                                30,
                                "ASSISTED_VOLUNTARY_RETURN",
                                25,
                                "READMISSION",
                                10,
                                "VOLUNTARY_SELF_ORGANISED",
                                15,
                                "FORCED_BY_CONFLICT_OR_DISASTER",
                                5,
                                "UNDISCLOSED",
                                15)
                        .sql("uc"));
        values.put(
                "transit_circumstance",
                Weighted.texts(
                                "ASSISTED_VOLUNTARY_RETURN",
                                30,
                                "FORCED_BY_CONFLICT_OR_DISASTER",
                                20,
                                "VOLUNTARY_SELF_ORGANISED",
                                30,
                                "DEPORTED_EXPELLED",
                                10,
                                "UNDISCLOSED",
                                10)
                        .sql("uc"));
        values.put(
                "seasonal_circumstance",
                Weighted.texts("SEASONAL_PERIODIC", 92, "END_OF_CONTRACT", 8).sql("uc"));
        StringBuilder completeness = new StringBuilder("(case circumstance");
        StringBuilder[] factors = {
            new StringBuilder("(case circumstance"),
            new StringBuilder("(case circumstance"),
            new StringBuilder("(case circumstance"),
            new StringBuilder("(case circumstance")
        };
        for (var entry : COMPLETENESS.entrySet()) {
            double[] w = entry.getValue();
            completeness
                    .append(" when ")
                    .append(SqlText.literal(entry.getKey()))
                    .append(" then ")
                    .append(Weighted.texts("COMPLETE", w[0], "INCOMPLETE", w[1], "INTERRUPTED", w[2])
                            .sql("uk"));
            double[] p = PREPAREDNESS.get(entry.getKey());
            for (int i = 0; i < 4; i++) {
                factors[i].append(
                        String.format(Locale.ROOT, " when %s then %.2f", SqlText.literal(entry.getKey()), p[i]));
            }
        }
        values.put("completeness", completeness.append(" end)"));
        values.put("p_time", factors[0].append(" else 0.5 end)"));
        values.put("p_assistance", factors[1].append(" else 0.2 end)"));
        values.put("p_capital", factors[2].append(" else 0.3 end)"));
        values.put("p_protection", factors[3].append(" else 0.2 end)"));
        values.put(
                "intention_seasonal",
                Weighted.texts("REMIGRATE", 80, "UNDECIDED", 12, "STAY", 8).sql("ui"));
        values.put(
                "intention_forced",
                Weighted.texts("REMIGRATE", 40, "UNDECIDED", 40, "STAY", 20).sql("ui"));
        values.put(
                "intention",
                Weighted.texts("STAY", 45, "REMIGRATE", 30, "UNDECIDED", 25).sql("ui"));
        return session.fill(PHASE_CHANGES, values);
    }

    private long links() throws SQLException {
        session.execute("drop table if exists gen_abroad; drop table if exists gen_returned");
        session.execute("""
                create temp table gen_abroad as
                select c.office, row_number() over (partition by c.office order by pg_temp.u(c.cn, 71)) as rn,
                       c.cn, c.created_day
                from gen_client c join gen_current e on e.cn = c.cn
                where e.cur_phase in ('MIGRATION', 'TRANSIT')
                """);
        session.execute("""
                create temp table gen_returned as
                select c.office, row_number() over (partition by c.office order by pg_temp.u(c.cn, 71)) as rn,
                       c.cn, c.created_day
                from gen_client c join gen_plan p on p.cn = c.cn
                where c.profile in ('RETURNEE', 'RESOURCE') and p.n > 0
                """);
        session.execute("create index on gen_abroad (office, rn); create index on gen_returned (office, rn)");
        session.execute("analyze gen_abroad; analyze gen_returned");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(
                "child_relation",
                Weighted.texts("PARENT_OF", 90, "SIBLING", 5, "OTHER", 5).sql("u_rel"));
        values.put(
                "elder_relation",
                Weighted.texts("CHILD_OF", 80, "SIBLING", 5, "OTHER", 10, "SPOUSE", 5)
                        .sql("u_rel"));
        values.put(
                "adult_relation",
                Weighted.texts("SPOUSE", 68, "PARTNER", 10, "SIBLING", 10, "CHILD_OF", 5, "PARENT_OF", 2, "OTHER", 5)
                        .sql("u_rel"));
        values.put("last_year", session.lastDay.getYear());
        long rows = 0;
        for (String[] target :
                new String[][] {{"gen_abroad", "1", "0.78"}, {"gen_abroad", "2", "0.06"}, {"gen_returned", "3", "0.15"}
                }) {
            values.put("targets", target[0]);
            values.put("slot", target[1]);
            values.put("share", target[2]);
            rows += session.execute(session.fill(LINKS, values));
        }
        return rows;
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
                    case season when 'A' then 99 + floor(u6 * 52)::int else 273 + floor(u6 * 58)::int end as ret_doy,
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

    private static final String CLIENTS = """
            insert into client (id, office_id, reference, given_name, family_name, sex, birth_date, birth_year,
                birth_year_estimated, nationalities, country_of_birth, preferred_languages, phone, origin_country,
                origin_locality, current_country, current_locality, education_level, employment_status,
                social_protection, remittances_sent, remittances_received, migration_debt, administrative_status,
                vulnerabilities, roles, current_phase, merged_into, created_at, updated_at, version)
            select pg_temp.gid(${CLIENT}, c.cn),
                (${office_ids})[c.office + 1],
                (${office_codes})[c.office + 1] || '-' || c.created_year || '-S'
                    || lpad((c.cn + ${reference_offset})::text, 8, '0'),
                case when u_name < 0.5 then
                        case when c.sex = 'MALE' then (${male})[1 + floor(u_given * ${n_male})::int]
                             else (${female})[1 + floor(u_given * ${n_female})::int] end
                     else initcap((${syllables})[1 + floor(u_s1 * ${n_syllables})::int]
                         || (${syllables})[1 + floor(u_s2 * ${n_syllables})::int]
                         || case when u_s3 < 0.5 then (${syllables})[1 + floor(u_s4 * ${n_syllables})::int] else '' end)
                end,
                case when u_fam < 0.45 then (${family})[1 + floor(u_given * ${n_family})::int]
                     else initcap((${syllables})[1 + floor(u_s3 * ${n_syllables})::int]
                         || (${syllables})[1 + floor(u_s2 * ${n_syllables})::int]
                         || (${syllables})[1 + floor(u_s1 * ${n_syllables})::int])
                end,
                c.sex,
                case when c.birth_kind = 'DATE' then make_date(c.birth_year, 1, 1) + c.birth_doy end,
                case when c.birth_kind <> 'NONE' then c.birth_year end,
                c.birth_kind = 'YEAR' and u_est < 0.5,
                case when c.nat2 is null then array[c.nat1] else array[c.nat1, c.nat2] end,
                c.nat1,
                case when c.profile = 'IMMIGRANT' then array[case c.nat1 when 'CN' then 'zh' when 'VN' then 'vi'
                        when 'ID' then 'id' when 'IN' then 'hi' when 'KR' then 'ko' when 'JP' then 'ja'
                        when 'NP' then 'ne' when 'PK' then 'ur' when 'UA' then 'uk' else 'en' end, 'en']
                     when u_lang < 0.6 then array['tl', 'en'] else array['tl'] end,
                case when u_phone < 0.7 then '+63 9' || lpad(floor(u_phone2 * 1000000000)::bigint::text, 9, '0') end,
                case when c.profile = 'IMMIGRANT' then c.nat1 else 'PH' end,
                (${municipality_names})[c.locality],
                case when e.cur_phase = 'MIGRATION' then e.destination when e.cur_phase = 'TRANSIT' then null
                     else 'PH' end,
                case when e.cur_phase in ('MIGRATION', 'TRANSIT') then null
                     when c.profile = 'IMMIGRANT' then (${municipality_names})[1 + c.office]
                     else (${municipality_names})[c.locality] end,
                case
                    when c.birth_kind = 'NONE' and u_edu < 0.3 then null
                    when ${last_year} - c.birth_year < 6 then null
                    when ${last_year} - c.birth_year < 12 then 'PRIMARY'
                    when ${last_year} - c.birth_year < 16 then 'LOWER_SECONDARY'
                    when ${last_year} - c.birth_year < 19 then 'UPPER_SECONDARY'
                    when c.profile = 'SEASONAL' then ${education_seasonal}
                    when c.profile in ('DIASPORA', 'RETURNEE', 'RESOURCE', 'IMMIGRANT') then ${education_migrant}
                    else ${education}
                end,
                case when ${last_year} - c.birth_year < 15 then null
                     when ${last_year} - c.birth_year >= 65 then
                         case when u_emp < 0.7 then 'NOT_IN_LABOUR_FORCE' else 'INFORMAL' end
                     else ${employment} end,
                ${social_protection},
                case when c.profile in ('DIASPORA', 'SEASONAL', 'RETURNEE', 'RESOURCE') then ${remittances_sent} end,
                case when c.profile = 'FLB' then ${remittances_received} end,
                case when c.profile not in ('DIASPORA', 'SEASONAL', 'RETURNEE', 'PROSPECTIVE') then null
                     when u_debt < 0.18 then true when u_debt < 0.6 then false end,
                case when c.profile = 'IMMIGRANT' then ${status_immigrant}
                     when c.profile in ('DIASPORA', 'SEASONAL', 'ACCOMPANYING') then ${status_abroad}
                     else ${status_home} end,
                case when u_vul < 0.006 then array[(${vulnerabilities})[1 + v1], (${vulnerabilities})[1 + (v1 + 1 + floor(u_v2 * 9)::int) % 10]]
                     when u_vul < 0.05 then array[(${vulnerabilities})[1 + v1]]
                     else '{}'::text[] end,
                case c.profile
                    when 'PROSPECTIVE' then array['PROSPECTIVE_MIGRANT']
                    when 'DIASPORA' then array['EMIGRANT_DIASPORA']
                    when 'IMMIGRANT' then array['IMMIGRANT']
                    when 'RETURNEE' then case when u_role < 0.1 then array['RETURNEE', 'PROSPECTIVE_MIGRANT']
                                              else array['RETURNEE'] end
                    when 'SEASONAL' then case when e.cur_phase in ('MIGRATION', 'TRANSIT')
                                                  then array['EMIGRANT_DIASPORA', 'RETURNEE']
                                              when e.cur_phase = 'PRE_DEPARTURE'
                                                  then array['PROSPECTIVE_MIGRANT', 'RETURNEE']
                                              else array['RETURNEE'] end
                    when 'FLB' then case when u_role < 0.06 then array['FAMILY_LEFT_BEHIND', 'PROSPECTIVE_MIGRANT']
                                         else array['FAMILY_LEFT_BEHIND'] end
                    when 'ACCOMPANYING' then array['ACCOMPANYING_FAMILY']
                    when 'NON_MIGRANT' then array['NON_MIGRANT_RESIDENT']
                    else array['RETURNEE', 'RESOURCE_PERSON']
                end,
                e.cur_phase,
                case when c.merged then pg_temp.gid(${CLIENT}, c.cn - 1) end,
                c.created_at,
                greatest(c.created_at, (pg_temp.day(e.since_day) + time '16:30') at time zone 'Asia/Manila'),
                0
            from (
                select gc.*,
                    pg_temp.u(gc.cn, 81) as u_name, pg_temp.u(gc.cn, 82) as u_given, pg_temp.u(gc.cn, 83) as u_fam,
                    pg_temp.u(gc.cn, 84) as u_s1, pg_temp.u(gc.cn, 85) as u_s2, pg_temp.u(gc.cn, 86) as u_s3,
                    pg_temp.u(gc.cn, 87) as u_s4, pg_temp.u(gc.cn, 88) as u_est, pg_temp.u(gc.cn, 89) as u_lang,
                    pg_temp.u(gc.cn, 90) as u_phone, pg_temp.u(gc.cn, 91) as u_phone2, pg_temp.u(gc.cn, 92) as u_edu,
                    pg_temp.u(gc.cn, 93) as u_emp, pg_temp.u(gc.cn, 94) as u_sp, pg_temp.u(gc.cn, 95) as u_rem,
                    pg_temp.u(gc.cn, 96) as u_debt, pg_temp.u(gc.cn, 97) as u_adm, pg_temp.u(gc.cn, 98) as u_vul,
                    floor(pg_temp.u(gc.cn, 99) * 10)::int as v1, pg_temp.u(gc.cn, 100) as u_v2,
                    pg_temp.u(gc.cn, 101) as u_role
                from gen_client gc where gc.cn between ${from} and ${to}
            ) c left join gen_current e on e.cn = c.cn
            """;

    private static final String MERGES = """
            insert into client_merge (id, survivor_id, merged_id, moved, merged_by, merged_at, version)
            select pg_temp.gid(${MERGE}, cn), pg_temp.gid(${CLIENT}, cn - 1), pg_temp.gid(${CLIENT}, cn),
                '{"episodes": [], "diplomas": [], "skills": [], "languages": [], "employment": [],
                  "householdLinks": [], "householdLinksAsRelative": []}'::jsonb,
                'gen:coordinator',
                (pg_temp.day(least(created_day + 1 + floor(pg_temp.u(cn, 102) * 90)::int, ${days})) + time '15:00')
                    at time zone 'Asia/Manila',
                0
            from gen_client where merged
            """;

    private static final String EPISODES = """
            insert into migration_episode (id, client_id, previous_episode_id, type, origin_country, origin_locality,
                destination_country, destination_locality, planned_departure_date, departure_date, planned_return_date,
                return_date, current_phase, current_sub_stage, phase_since, opened_on, opened_by, closed_on, closed_by,
                closed_at, created_at, updated_at, version)
            select pg_temp.gid(${EPISODE}, e.en), pg_temp.gid(${CLIENT}, e.cn),
                case when e.k > 1 then pg_temp.gid(${EPISODE}, e.en - 1) end,
                e.type, e.origin_country, m.names[e.locality], e.destination, null,
                case when planned then pg_temp.day(e.departure_day - planned_lead) end,
                pg_temp.day(e.departure_day),
                case when planned and e.type in ('LABOUR', 'STUDY')
                    then pg_temp.day(e.departure_day - planned_lead + 730) end,
                pg_temp.day(e.return_day),
                e.cur_phase, e.cur_sub_stage, pg_temp.day(e.since_day), pg_temp.day(e.opened), 'gen:caseworker',
                pg_temp.day(e.close_day), case when e.closed then 'gen:caseworker' end,
                (pg_temp.day(e.close_day) + time '16:45') at time zone 'Asia/Manila',
                (pg_temp.day(e.opened) + time '09:15') at time zone 'Asia/Manila',
                (pg_temp.day(coalesce(e.close_day, e.since_day)) + time '16:45') at time zone 'Asia/Manila',
                e.steps + e.closed::int - 1
            from (
                select g.*, g.departure_day is not null and pg_temp.u(g.en, 51) < 0.3 as planned,
                    floor(pg_temp.u(g.en, 52) * 15)::int as planned_lead
                from gen_episode g where g.en between ${from} and ${to}
            ) e cross join (select ${municipality_names} as names) m
            """;

    private static final String PHASE_CHANGES = """
            insert into phase_change (id, episode_id, seq, from_phase, phase, sub_stage, effective_date, note,
                note_confidential, return_circumstance, return_completeness, return_had_time_to_prepare,
                return_institutional_assistance, return_capital_accumulated, return_social_protection_kept,
                return_intention, recorded_by, recorded_at)
            select pg_temp.gid(${PHASE_CHANGE}, en * 16 + step), pg_temp.gid(${EPISODE}, en), step, from_phase, phase,
                sub_stage, pg_temp.day(d), null, false,
                circumstance, case when circumstance is not null then ${completeness} end,
                case when recorded and uf1 < 0.92 then uf1 < 0.92 * ${p_time} end,
                case when recorded and uf2 < 0.95 then uf2 < 0.95 * ${p_assistance} end,
                case when recorded and uf3 < 0.9 then uf3 < 0.9 * ${p_capital} end,
                case when recorded and uf4 < 0.85 then uf4 < 0.85 * ${p_protection} end,
                case when not recorded then null
                     when circumstance = 'SEASONAL_PERIODIC' then ${intention_seasonal}
                     when circumstance in ('DEPORTED_EXPELLED', 'READMISSION') then ${intention_forced}
                     else ${intention} end,
                'gen:caseworker',
                (pg_temp.day(d) + time '10:00') at time zone 'Asia/Manila'
            from (
                select y.*,
                    case when not enters_return then null
                         when path = 10 then ${seasonal_circumstance}
                         when path = 5 then ${irregular_circumstance}
                         when path = 9 then ${transit_circumstance}
                         else ${circumstance} end as circumstance,
                    enters_return and ur < 0.55 as recorded
                from (
                    select e.en, e.path, p.step, p.from_phase, p.phase, p.sub_stage, p.enters_return,
                        case when e.path = 10 then case p.step when 1 then e.opened when 2 then e.dep_day else e.ret_day end
                             else e.opened + floor(p.frac * e.span)::int end as d,
                        pg_temp.u(e.en * 16 + p.step, 61) as uc, pg_temp.u(e.en * 16 + p.step, 62) as uk,
                        pg_temp.u(e.en * 16 + p.step, 63) as ur, pg_temp.u(e.en * 16 + p.step, 64) as uf1,
                        pg_temp.u(e.en * 16 + p.step, 65) as uf2, pg_temp.u(e.en * 16 + p.step, 66) as uf3,
                        pg_temp.u(e.en * 16 + p.step, 67) as uf4, pg_temp.u(e.en * 16 + p.step, 68) as ui
                    from gen_episode e join gen_path p on p.path = e.path and p.step <= e.steps
                    where e.en between ${from} and ${to}
                ) y
            ) x
            """;

    private static final String LINKS = """
            insert into client_link (id, client_id, related_client_id, type, residence, since, until, created_at,
                version)
            select pg_temp.gid(${LINK}, cn * 4 + ${slot}),
                case when by_family then pg_temp.gid(${CLIENT}, cn) else pg_temp.gid(${CLIENT}, mcn) end,
                case when by_family then pg_temp.gid(${CLIENT}, mcn) else pg_temp.gid(${CLIENT}, cn) end,
                case when by_family then relation
                     else case relation when 'PARENT_OF' then 'CHILD_OF' when 'CHILD_OF' then 'PARENT_OF'
                          else relation end end,
                case when by_family then 'ELSEWHERE' else 'ORIGIN_HOUSEHOLD' end,
                pg_temp.day(since_day),
                case when ended then pg_temp.day(since_day + floor(u_end * (${days} - since_day))::int) end,
                (pg_temp.day(since_day) + time '11:00') at time zone 'Asia/Manila',
                0
            from (
                select f.cn, m.cn as mcn, pg_temp.u(f.cn * 4 + ${slot}, 75) < 0.7 as by_family,
                    pg_temp.u(f.cn * 4 + ${slot}, 77) < 0.05 as ended, pg_temp.u(f.cn * 4 + ${slot}, 78) as u_end,
                    least(${days}, greatest(f.created_day, m.created_day)
                        + floor(pg_temp.u(f.cn * 4 + ${slot}, 76) * 60)::int) as since_day,
                    case when ${last_year} - f.birth_year < 18 then ${child_relation}
                         when ${last_year} - f.birth_year >= 55 then ${elder_relation}
                         else ${adult_relation} end as relation
                from (
                    select c.*, pg_temp.u(c.cn, 74) as u_link, pg_temp.u(c.cn * 4 + ${slot}, 79) as u_rel,
                        pg_temp.u(c.cn, 72) as u_first, pg_temp.u(c.cn, 73) as u_second
                    from gen_client c where c.profile = 'FLB' and not c.merged
                ) f
                join (select office, count(*) as cnt from ${targets} group by office) mc on mc.office = f.office
                join ${targets} m on m.office = f.office and m.rn = 1 + (floor(f.u_first * mc.cnt)::int
                    + case when ${slot} = 2 then 1 + floor(f.u_second * greatest(mc.cnt - 1, 1))::int else 0 end)
                    % mc.cnt
                where case ${slot} when 1 then f.u_link < ${share}
                                   when 2 then f.u_link < ${share} and mc.cnt > 1
                                   else f.u_link >= 0.78 and f.u_link < 0.78 + ${share} end
            ) x
            """;
}
