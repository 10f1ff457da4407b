package org.mrc.casework.generator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service log: services offices delivered to clients (partners' deliveries come with their referrals, so together
 * they make the requested total), group sessions and outreach events with the registered clients who attended and
 * anonymous headcounts of everyone else, by sex and age band.
 */
final class ServiceLogLoad {

    private static final int BATCH = 250_000;

    private final LoadSession session;

    ServiceLogLoad(LoadSession session) {
        this.session = session;
    }

    void load() throws SQLException {
        long officeDeliveries = Math.max(0, session.scale.services() - session.partnerDeliveries);
        Map<String, Object> values = new LinkedHashMap<>();
        // most clients, not all, receive a service from their office
        values.put("served", Math.max(1, Math.round(session.queryLong("select count(*) from gen_eligible") * 0.85)));
        values.put("referrals", session.scale.referrals());
        session.tableCheckedAtEnd(
                "service_delivery (offices)",
                List.of("service_delivery"),
                () -> LoadSession.inBatches(officeDeliveries, BATCH, "services delivered by offices", (from, to) -> {
                    values.put("from", from);
                    values.put("to", to);
                    return session.execute(session.fill(OFFICE_DELIVERIES, values));
                }));
        planSessions();
        session.table("group_session", () -> session.execute(session.fill(SESSIONS)));
        session.execute("drop table if exists gen_office_client");
        session.execute("""
                create temp table gen_office_client as
                select office, row_number() over (partition by office order by pg_temp.u(cn, 172))::int as rn, cn,
                    created_day
                from gen_client where not merged
                """);
        session.execute("alter table gen_office_client add primary key (office, rn)");
        session.execute("analyze gen_office_client");
        session.table("group_session_attendee", () -> session.execute(session.fill(ATTENDEES)));
        session.table("group_session_headcount", () -> session.execute(session.fill(HEADCOUNTS)));
    }

    private void planSessions() throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sessions", session.scale.sessions());
        values.put("office_case", OfficeTree.share().sql("u_office"));
        values.put(
                "session_type",
                Weighted.texts(
                                "PRE_DEPARTURE_ORIENTATION",
                                20,
                                "SAFE_MIGRATION_RISK_INFO",
                                15,
                                "MIGRATION_REALITIES_AWARENESS",
                                12,
                                "PRE_DEPARTURE_FINANCIAL_LITERACY",
                                8,
                                "FAMILY_FINANCIAL_LITERACY",
                                8,
                                "REINTEGRATION_INFORMATION",
                                8,
                                "PSYCHOSOCIAL",
                                6,
                                "FAMILY_LEFT_BEHIND_SUPPORT",
                                6,
                                "LANGUAGE_COURSE",
                                5,
                                "CHILD_EDUCATION_SUPPORT",
                                4,
                                "RETURNEE_ENTREPRENEURSHIP",
                                4,
                                "REMITTANCE_COST_INFO",
                                4)
                        .sql("u_type"));
        values.put("towns", SqlText.textArray(Vocabulary.municipalities().subList(0, 34)));
        session.execute("drop table if exists gen_session");
        session.execute(session.fill(SESSION_PLAN, values));
        session.execute("alter table gen_session add primary key (s)");
        session.execute("analyze gen_session");
    }

    private static final String OFFICE_DELIVERIES = """
            insert into service_delivery (id, client_id, service_type_id, service_type_code, delivered_on, office_id,
                partner_id, referral_id, duration_minutes, units, note, recorded_by, recorded_at, version)
            select pg_temp.gid(${DELIVERY}, ${referrals} + n), pg_temp.gid(${CLIENT}, x.cn), st.id, st.code,
                pg_temp.day(x.d), (${office_ids})[x.office + 1], null, null, 15 + floor(x.u_len * 165)::int,
                case when x.u_units < 0.2 then 1 + floor(x.u_len * 4)::int end, null, 'gen:caseworker',
                (pg_temp.day(x.d) + time '15:00') at time zone 'Asia/Manila', 0
            from (
                select n, e.cn, e.office, e.pick_key,
                    e.created_day + floor(pg_temp.u(n, 152) * (${days} - e.created_day + 1))::int as d,
                    pg_temp.u(n, 153) as u_pick, pg_temp.u(n, 154) as u_len, pg_temp.u(n, 155) as u_units
                from generate_series(${from}, ${to}) n
                join gen_eligible e on e.rank = 1 + floor(${served} * power(pg_temp.u(n, 151), 1.2))::int
            ) x
            join gen_pick pk on pk.pick_key = x.pick_key and pk.slot = floor(x.u_pick * 1000)::int
            join gen_service_type st on st.code = pk.code
            """;

    private static final String SESSION_PLAN = """
            create temp table gen_session as
            select s, office, kind, code, d,
                case when kind = 'OUTREACH_EVENT' then floor(u_m * 4)::int else 2 + floor(u_m * 8)::int end as m,
                case when kind = 'OUTREACH_EVENT' then 1.0 when u_anon < 0.5 then 0.0 else 0.4 end as anonymous,
                case when u_town < 0.7 then (${towns})[1 + office] else (${towns})[1 + floor(u_town * 34)::int] end
                    as locality,
                (array['Barangay hall', 'Public school', 'Parish hall', 'Municipal gym', 'Office training room',
                       'Covered court'])[1 + floor(u_place * 6)::int] as place
            from (
                select s, ${office_case} as office,
                    case when u_kind < 0.2 then 'OUTREACH_EVENT' else 'SESSION' end as kind,
                    ${session_type} as code,
                    floor(${days} * power(u_day, 0.8))::int as d,
                    u_m, u_anon, u_town, u_place
                from (
                    select s, pg_temp.u(s, 161) as u_office, pg_temp.u(s, 162) as u_kind, pg_temp.u(s, 163) as u_type,
                        pg_temp.u(s, 164) as u_day, pg_temp.u(s, 165) as u_m, pg_temp.u(s, 166) as u_anon,
                        pg_temp.u(s, 167) as u_town, pg_temp.u(s, 168) as u_place
                    from generate_series(1, ${sessions}) s
                ) r
            ) p
            """;

    private static final String SESSIONS = """
            insert into group_session (id, office_id, kind, service_type_id, service_type_code, held_on, place, locality,
                facilitator, recorded_by, recorded_at, version)
            select pg_temp.gid(${SESSION}, s.s), (${office_ids})[s.office + 1], s.kind, st.id, st.code, pg_temp.day(s.d),
                s.place, s.locality,
                (array['Caseworker', 'Partner trainer', 'Returnee resource person', 'Social worker'])[1 + s.s % 4],
                'gen:caseworker', (pg_temp.day(s.d) + time '17:00') at time zone 'Asia/Manila', 0
            from gen_session s join gen_service_type st on st.code = s.code
            """;

    private static final String ATTENDEES = """
            insert into group_session_attendee (session_id, client_id, added_by, added_at)
            select pg_temp.gid(${SESSION}, s.s), pg_temp.gid(${CLIENT}, oc.cn), 'gen:caseworker',
                (pg_temp.day(s.d) + time '17:00') at time zone 'Asia/Manila'
            from gen_session s
            join gen_service_type st on st.code = s.code
            cross join generate_series(1, 10) k
            join (select office, count(*)::int as cnt from gen_office_client group by office) c on c.office = s.office
            join gen_office_client oc on oc.office = s.office
                and oc.rn = 1 + floor(pg_temp.u(s.s * 16 + k, 171) * c.cnt)::int
            where k <= s.m and oc.created_day <= s.d
            on conflict do nothing
            """;

    /** Everyone not registered: a row per sex and age band present, more at outreach events, few intersex. */
    private static final String HEADCOUNTS = """
            insert into group_session_headcount (session_id, sex, age_band, people)
            select pg_temp.gid(${SESSION}, s.s), x.sex, x.band,
                1 + floor(power(pg_temp.u(s.s * 32 + x.i, 181), 2)
                          * case when s.kind = 'OUTREACH_EVENT' then 40 else 8 end)::int
            from gen_session s
            join gen_service_type st on st.code = s.code
            cross join (
                select row_number() over ()::int as i, sx.sex, b.band, sx.w * b.w as w
                from (values ('FEMALE', 0.5), ('MALE', 0.4), ('INTERSEX', 0.01), ('UNDISCLOSED', 0.03)) sx(sex, w)
                cross join (values ('0-14', 0.5), ('15-24', 0.9), ('25-34', 0.9), ('35-49', 0.8), ('50-64', 0.5),
                                   ('65+', 0.3)) b(band, w)
            ) x
            where pg_temp.u(s.s * 32 + x.i, 182) < x.w * s.anonymous
            """;
}
