package org.mrc.casework.generator;

import java.sql.SQLException;
import java.util.List;

/**
 * Which catalogue service a client is referred to or receives, by who they are: the types serving their part of the
 * migration cycle (read from service_type), the usual ones weighted up, and by sex the services women use more
 * (family left behind support, child education, health access, psychosocial support) or men (returnee job matching,
 * vocational training). Kept as {@code gen_pick(pick_key, slot, code)}: a thousand slots per key, so a uniform number
 * picks a code with one indexed join.
 */
final class ServiceChoice {

    /** Group of clients, code, weight multiplier. */
    private static final List<Object[]> BOOSTS = List.of(
            new Object[] {"PRE", "PRE_DEPARTURE_ORIENTATION", 4.0},
            new Object[] {"PRE", "SAFE_MIGRATION_RISK_INFO", 3.0},
            new Object[] {"PRE", "MIGRATION_REALITIES_AWARENESS", 3.0},
            new Object[] {"PRE", "FAIR_RECRUITMENT_INFO", 2.0},
            new Object[] {"PRE", "TRAVEL_DOCUMENT_ASSISTANCE", 2.0},
            new Object[] {"PRE", "SKILLS_DEVELOPMENT_CERTIFICATION", 2.0},
            new Object[] {"ABROAD", "LEGAL_AID", 2.0},
            new Object[] {"ABROAD", "REMITTANCE_COST_INFO", 2.0},
            new Object[] {"ABROAD", "HEALTH_ACCESS", 2.0},
            new Object[] {"ABROAD", "RETURN_PREPAREDNESS_INFO", 1.5},
            new Object[] {"IMMIGRANT", "LANGUAGE_COURSE", 4.0},
            new Object[] {"IMMIGRANT", "POST_ARRIVAL_INFORMATION", 3.0},
            new Object[] {"IMMIGRANT", "MUNICIPAL_ID", 3.0},
            new Object[] {"IMMIGRANT", "INTERPRETATION", 2.0},
            new Object[] {"IMMIGRANT", "LEGAL_AID", 2.0},
            new Object[] {"IMMIGRANT", "ANONYMOUS_HEALTH_CONSULTATION", 2.0},
            new Object[] {"IMMIGRANT", "EMPLOYMENT_PLACEMENT", 2.0},
            new Object[] {"RETURN", "REINTEGRATION_INFORMATION", 4.0},
            new Object[] {"RETURN", "JOB_MATCHING_RETURNEE", 3.0},
            new Object[] {"RETURN", "RETURNEE_ENTREPRENEURSHIP", 2.5},
            new Object[] {"RETURN", "SKILLS_CERTIFICATION_RETURNEE", 2.0},
            new Object[] {"RETURN", "UPSKILLING_RETRAINING", 2.0},
            new Object[] {"RETURN", "ACCESS_TO_CREDIT", 1.5},
            new Object[] {"FLB", "FAMILY_LEFT_BEHIND_SUPPORT", 5.0},
            new Object[] {"FLB", "CHILD_EDUCATION_SUPPORT", 4.0},
            new Object[] {"FLB", "FAMILY_FINANCIAL_LITERACY", 3.0},
            new Object[] {"FLB", "HEALTH_ACCESS", 2.0},
            new Object[] {"FLB", "PSYCHOSOCIAL", 2.0},
            new Object[] {"RESIDENT", "LOCAL_ALTERNATIVES_REFERRAL", 4.0},
            new Object[] {"RESIDENT", "HEALTH_ACCESS", 3.0},
            new Object[] {"RESIDENT", "FAMILY_LEFT_BEHIND_SUPPORT", 2.0});

    /** Sex (F or M), code, weight multiplier. */
    private static final List<Object[]> SEX_FACTORS = List.of(
            new Object[] {"F", "FAMILY_LEFT_BEHIND_SUPPORT", 1.8},
            new Object[] {"F", "CHILD_EDUCATION_SUPPORT", 1.8},
            new Object[] {"F", "HEALTH_ACCESS", 1.6},
            new Object[] {"F", "PSYCHOSOCIAL", 1.4},
            new Object[] {"F", "TRAFFICKING_SURVIVOR_SUPPORT", 1.5},
            new Object[] {"F", "FAMILY_FINANCIAL_LITERACY", 1.4},
            new Object[] {"M", "JOB_MATCHING_RETURNEE", 1.5},
            new Object[] {"M", "VOCATIONAL_TRAINING", 1.3},
            new Object[] {"M", "SKILLS_CERTIFICATION_RETURNEE", 1.3},
            new Object[] {"M", "RETURNEE_ENTREPRENEURSHIP", 1.3},
            new Object[] {"M", "EMPLOYMENT_PLACEMENT", 1.3});

    /** The pick key of a gen_client row (profile and sex columns). */
    static final String PICK_KEY = """
            (case profile when 'PROSPECTIVE' then 'PRE' when 'DIASPORA' then 'ABROAD' when 'ACCOMPANYING' then 'ABROAD'
                when 'SEASONAL' then 'ABROAD' when 'IMMIGRANT' then 'IMMIGRANT' when 'RETURNEE' then 'RETURN'
                when 'RESOURCE' then 'RETURN' when 'FLB' then 'FLB' else 'RESIDENT' end
             || case when sex = 'FEMALE' then '_F' else '_M' end)""";

    private ServiceChoice() {}

    /** Creates gen_service_type and gen_pick; only codes some partner offers are picked (needs gen_offering_count). */
    static void create(LoadSession session) throws SQLException {
        session.execute("drop table if exists gen_boost; drop table if exists gen_sex_factor;"
                + " drop table if exists gen_pick; drop table if exists gen_service_type");
        session.execute(
                "create temp table gen_boost as select * from (values " + rows(BOOSTS) + ") v(grp, code, factor)");
        session.execute("create temp table gen_sex_factor as select * from (values " + rows(SEX_FACTORS)
                + ") v(sex, code, factor)");
        session.execute("""
                create temp table gen_service_type as
                select id, code, category, name from service_type where active
                """);
        session.execute("""
                create temp table gen_pick as
                with w as (
                    select g.grp || '_' || s.sex as pick_key, st.code,
                        (case g.grp
                            when 'PRE' then case when st.phases && array['PRE_DECISION', 'PRE_DEPARTURE'] then 1.0
                                                 else 0 end
                            when 'ABROAD' then case when st.phases && array['MIGRATION', 'TRANSIT']
                                                     and st.code not in ('FAMILY_LEFT_BEHIND_SUPPORT',
                                                                         'CHILD_EDUCATION_SUPPORT') then 1.0
                                                    else 0 end
                            when 'IMMIGRANT' then case when 'MIGRATION' = any (st.phases)
                                                        and st.side in ('DESTINATION', 'BOTH') then 1.0 else 0 end
                            when 'RETURN' then case when 'RETURN' = any (st.phases) then 1.0 else 0 end
                            when 'FLB' then case when st.category in ('FAMILY_SUPPORT', 'FINANCIAL', 'HEALTH',
                                                                      'PSYCHOSOCIAL')
                                                      and st.side in ('ORIGIN', 'BOTH') then 1.0 else 0 end
                            else case when st.side in ('ORIGIN', 'BOTH') then 0.4 else 0 end
                        end) * coalesce(b.factor, 1) * coalesce(sf.factor, 1) as weight
                    from (values ('PRE'), ('ABROAD'), ('IMMIGRANT'), ('RETURN'), ('FLB'), ('RESIDENT')) g(grp)
                    cross join (values ('F'), ('M')) s(sex)
                    cross join service_type st
                    left join gen_boost b on b.grp = g.grp and b.code = st.code
                    left join gen_sex_factor sf on sf.sex = s.sex and sf.code = st.code
                    where st.active and st.code in (select code from gen_offering_count)
                ), c as (
                    select pick_key, code, weight,
                        sum(weight) over (partition by pick_key order by code rows unbounded preceding) as hi,
                        sum(weight) over (partition by pick_key) as total
                    from w where weight > 0
                )
                select pick_key, s as slot, code
                from c cross join generate_series(0, 999) s
                where s >= floor((hi - weight) / total * 1000) and s < floor(hi / total * 1000)
                """);
        session.execute("create index on gen_pick (pick_key, slot)");
        session.execute("analyze gen_pick; analyze gen_service_type");
    }

    private static String rows(List<Object[]> rows) {
        StringBuilder sql = new StringBuilder();
        for (Object[] row : rows) {
            sql.append(sql.isEmpty() ? "" : ", ")
                    .append("(%s, %s, %s::float8)"
                            .formatted(SqlText.literal((String) row[0]), SqlText.literal((String) row[1]), row[2]));
        }
        return sql.toString();
    }
}
