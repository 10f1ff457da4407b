package org.mrc.casework.generator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * About forty partner organisations of every kind, their locations (most in the province, a few abroad) and their
 * offerings: each partner offers the catalogue service types of the categories its kind works in (read from
 * service_type, seeded by migration V51), and every catalogue type ends up offered by at least one partner.
 */
final class PartnerDirectoryLoad {

    static final int PARTNERS = 40;

    /** What each kind of partner does: the service categories it offers. */
    private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("NGO", List.of("FAMILY_SUPPORT", "PSYCHOSOCIAL", "PROTECTION", "LEGAL", "INFORMATION"));
        CATEGORIES.put("TRAINING_PROVIDER", List.of("TRAINING", "LANGUAGE", "SKILLS_RECOGNITION"));
        CATEGORIES.put("FINANCIAL_INSTITUTION", List.of("FINANCIAL", "BUSINESS"));
        CATEGORIES.put("HEALTH_PROVIDER", List.of("HEALTH", "PSYCHOSOCIAL"));
        CATEGORIES.put("EMPLOYER", List.of("EMPLOYMENT"));
        CATEGORIES.put("PRIVATE_EMPLOYMENT_AGENCY", List.of("EMPLOYMENT", "INFORMATION"));
        CATEGORIES.put("SCHOOL", List.of("FAMILY_SUPPORT", "LANGUAGE"));
        CATEGORIES.put("NATIONAL_AGENCY", List.of("INFORMATION", "SKILLS_RECOGNITION", "LEGAL", "CIVIC"));
        CATEGORIES.put("INTERNATIONAL_ORGANISATION", List.of("PROTECTION", "INFORMATION", "LEGAL"));
        CATEGORIES.put("COOPERATIVE", List.of("BUSINESS", "FINANCIAL"));
        CATEGORIES.put("MIGRANT_DIASPORA_ASSOCIATION", List.of("INFORMATION", "CIVIC", "FINANCIAL"));
        CATEGORIES.put("MUNICIPAL_OFFICE", List.of("HOUSING", "CIVIC", "INFORMATION"));
        CATEGORIES.put("TRADE_UNION", List.of("EMPLOYMENT", "LEGAL"));
        CATEGORIES.put("OTHER_RESOURCE_CENTRE", List.of("INFORMATION", "LANGUAGE", "LEGAL", "HOUSING"));
    }

    /** The kinds of the forty partners, most common first. */
    private static final List<String> KINDS = List.of(
            "NGO",
            "NGO",
            "NGO",
            "NGO",
            "NGO",
            "NGO",
            "TRAINING_PROVIDER",
            "TRAINING_PROVIDER",
            "TRAINING_PROVIDER",
            "TRAINING_PROVIDER",
            "HEALTH_PROVIDER",
            "HEALTH_PROVIDER",
            "HEALTH_PROVIDER",
            "FINANCIAL_INSTITUTION",
            "FINANCIAL_INSTITUTION",
            "FINANCIAL_INSTITUTION",
            "EMPLOYER",
            "EMPLOYER",
            "PRIVATE_EMPLOYMENT_AGENCY",
            "PRIVATE_EMPLOYMENT_AGENCY",
            "SCHOOL",
            "SCHOOL",
            "SCHOOL",
            "NATIONAL_AGENCY",
            "NATIONAL_AGENCY",
            "INTERNATIONAL_ORGANISATION",
            "INTERNATIONAL_ORGANISATION",
            "COOPERATIVE",
            "COOPERATIVE",
            "MIGRANT_DIASPORA_ASSOCIATION",
            "MIGRANT_DIASPORA_ASSOCIATION",
            "MIGRANT_DIASPORA_ASSOCIATION",
            "MUNICIPAL_OFFICE",
            "MUNICIPAL_OFFICE",
            "TRADE_UNION",
            "OTHER_RESOURCE_CENTRE",
            "OTHER_RESOURCE_CENTRE",
            "NGO",
            "TRAINING_PROVIDER",
            "HEALTH_PROVIDER");

    private final LoadSession session;

    PartnerDirectoryLoad(LoadSession session) {
        this.session = session;
    }

    void load() throws SQLException {
        StringBuilder kinds = new StringBuilder();
        for (var entry : CATEGORIES.entrySet()) {
            for (String category : entry.getValue()) {
                kinds.append(kinds.isEmpty() ? "" : ", ")
                        .append("(%s, %s)".formatted(SqlText.literal(entry.getKey()), SqlText.literal(category)));
            }
        }
        session.execute("drop table if exists gen_kind_category");
        session.execute(
                "create temp table gen_kind_category as select * from (values " + kinds + ") v(kind, category)");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("partners", PARTNERS);
        values.put("kinds", SqlText.textArray(KINDS));
        values.put("towns", SqlText.textArray(Vocabulary.municipalities().subList(0, 34)));
        session.table("partner_organisation", () -> session.execute(session.fill(PARTNER_ROWS, values)));
        session.table("partner_location", () -> session.execute(session.fill(LOCATIONS, values)));
        session.table("offering", () -> {
            long rows = session.execute(session.fill(OFFERINGS, values));
            return rows + session.execute(session.fill(UNCOVERED_OFFERINGS, values));
        });
        session.execute("drop table if exists gen_offering");
        session.execute(session.fill("""
                create temp table gen_offering as
                select o.service_type_code as code,
                    (row_number() over (partition by o.service_type_code order by o.id) - 1)::int as k,
                    o.id as offering_id, o.partner_id,
                    0.3 + 1.7 * pg_temp.u(p.n, 7) as speed
                from offering o
                join (select id, row_number() over (order by id) as n from partner_organisation) p on p.id = o.partner_id
                where o.status = 'ACTIVE' and o.partner_id is not null
                """));
        session.execute("create index on gen_offering (code, k)");
        session.execute("drop table if exists gen_offering_count");
        session.execute("""
                create temp table gen_offering_count as
                select code, count(*)::int as cnt from gen_offering group by code
                """);
        session.execute("analyze gen_offering; analyze gen_offering_count");
    }

    private static final String PARTNER_ROWS = """
            insert into partner_organisation (id, name, types, country, locality, website, active, created_at,
                updated_at, version)
            select pg_temp.gid(${PARTNER}, p),
                initcap(replace(lower(kind), '_', ' ')) || ' ' || initcap((array['Bayanihan', 'Pag-asa', 'Kalinga',
                    'Tulay', 'Lingap', 'Sikap', 'Ugnayan', 'Damayan', 'Balikbayan', 'Liwanag'])[1 + p % 10])
                    || ' ' || p,
                case when p % 9 = 0 and kind <> 'NGO' then array[kind, 'NGO'] else array[kind] end,
                case when kind in ('MIGRANT_DIASPORA_ASSOCIATION', 'OTHER_RESOURCE_CENTRE') and p % 2 = 0
                     then (array['SA', 'AE', 'HK', 'IT'])[1 + p % 4] else 'PH' end,
                case when kind in ('MIGRANT_DIASPORA_ASSOCIATION', 'OTHER_RESOURCE_CENTRE') and p % 2 = 0
                     then (array['Riyadh', 'Dubai', 'Hong Kong', 'Rome'])[1 + p % 4]
                     else (${towns})[1 + (p * 7) % 34] end,
                null, true,
                timestamptz '2018-12-15 09:00+08', timestamptz '2018-12-15 09:00+08', 0
            from (select p, (${kinds})[p] as kind from generate_series(1, ${partners}) p) x
            """;

    private static final String LOCATIONS = """
            insert into partner_location (id, partner_id, name, address, locality, country, latitude, longitude,
                created_at, updated_at, version)
            select pg_temp.gid(${LOCATION}, p.n * 4 + l), p.id,
                case when l = 1 then 'Main office' else 'Branch ' || l end, null,
                case when l = 1 then coalesce(p.locality, 'Batangas City') else (${towns})[1 + (p.n * 3 + l) % 34] end,
                case when l = 1 then p.country else 'PH' end,
                null, null, p.created_at, p.created_at, 0
            from (select o.*, row_number() over (order by o.id) as n from partner_organisation o
                  where o.id between pg_temp.gid(${PARTNER}, 1) and pg_temp.gid(${PARTNER}, ${partners})) p
            cross join generate_series(1, 2) l
            where l = 1 or p.n % 3 = 0
            """;

    /** Each partner offers about 70% of the types of its categories, at its main location. */
    private static final String OFFERINGS = """
            insert into offering (id, service_type_id, service_type_code, partner_id, location_id, country, locality,
                description, languages, status, created_at, updated_at, version)
            select pg_temp.gid(${OFFERING}, row_number() over (order by p.n, st.code)), st.id, st.code, p.id, loc.id,
                loc.country, loc.locality, st.name || ' by ' || p.name,
                case when loc.country = 'PH' then array['tl', 'en'] else array['en', 'tl'] end,
                case when pg_temp.u(p.n * 100 + st.n, 5) < 0.95 then 'ACTIVE' else 'TEMPORARILY_CLOSED' end,
                p.created_at, p.created_at, 0
            from (select o.*, row_number() over (order by o.id) as n from partner_organisation o
                  where o.id between pg_temp.gid(${PARTNER}, 1) and pg_temp.gid(${PARTNER}, ${partners})) p
            join gen_kind_category kc on kc.kind = p.types[1]
            join (select s.*, row_number() over (order by s.code) as n from service_type s where s.active) st
                on st.category = kc.category
            join partner_location loc on loc.partner_id = p.id and loc.name = 'Main office'
            where pg_temp.u(p.n * 100 + st.n, 4) < 0.7
            """;

    /** Catalogue types no partner offers yet go to a partner chosen by hash, so every type can be referred to. */
    private static final String UNCOVERED_OFFERINGS = """
            insert into offering (id, service_type_id, service_type_code, partner_id, location_id, country, locality,
                description, languages, status, created_at, updated_at, version)
            select pg_temp.gid(${OFFERING}, 10000 + row_number() over (order by st.code)), st.id, st.code, p.id,
                loc.id, loc.country, loc.locality, st.name || ' by ' || p.name, array['tl', 'en'], 'ACTIVE',
                p.created_at, p.created_at, 0
            from (select s.*, row_number() over (order by s.code) as n from service_type s where s.active
                  and not exists (select 1 from offering o where o.service_type_code = s.code and o.status = 'ACTIVE'
                                  and o.partner_id is not null)) st
            join (select o.*, row_number() over (order by o.id) as n from partner_organisation o
                  where o.id between pg_temp.gid(${PARTNER}, 1) and pg_temp.gid(${PARTNER}, ${partners})) p
                on p.n = 1 + (st.n * 7) % ${partners}
            join partner_location loc on loc.partner_id = p.id and loc.name = 'Main office'
            """;
}
