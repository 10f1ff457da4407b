package org.mrc.casework.generator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clients, merged duplicates, migration episodes and their full phase history, written from the plan of
 * {@link PeoplePlan}, so that every client row carries the phase of its open episode (client.current_phase) without a
 * second pass over a million rows, and episodes name their client and previous episode by number. The entry into
 * RETURN carries the return details: circumstance by kind of journey (AVRR and deportation apart), cycle completeness
 * by circumstance, and preparedness recorded for about half of the returns. Household links: {@link HouseholdLoad}.
 */
final class PeopleLoad {

    private static final int CLIENT_BATCH = 100_000;
    private static final int EPISODE_BATCH = 250_000;

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
        new PeoplePlan(session).create();
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
        session.tableCheckedAtEnd("client_link", List.of("client_link"), new HouseholdLoad(session)::load);
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
}
