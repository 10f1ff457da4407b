package org.mrc.casework.generator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Referrals with their whole status history, and the services partners recorded for the referrals they worked on.
 *
 * <p>Each referral is planned in {@code gen_ref} (one batch at a time): the client (a skewed pick, so some clients have
 * many referrals), the service (by who the client is, {@link ServiceChoice}), an offering of that service and its
 * partner, the status it is meant to reach and the moment of each step on the way there: drafted, requested, received
 * (sometimes), accepted or rejected after a partner-specific delay (hours to weeks, skewed), started, completed, failed,
 * put on hold or cancelled (by the referrer, the partner, or the service when nobody answered in time). Steps that
 * would lie after now are dropped, so recent referrals are still open. The referral row and one referral_event per
 * step are written from the same plan, so they always agree, and every step is a move ReferralTransitions allows.
 */
final class ReferralLoad {

    private static final int BATCH = 250_000;

    private final LoadSession session;

    ReferralLoad(LoadSession session) {
        this.session = session;
    }

    void load() throws SQLException {
        ServiceChoice.create(session);
        session.execute("drop table if exists gen_eligible");
        session.execute(session.fill("""
                create temp table gen_eligible as
                select row_number() over (order by pg_temp.u(cn, 110))::int as rank, cn, office, profile, sex,
                    created_day, created_at, birth_year, ${pick_key} as pick_key
                from gen_client where not merged
                """, Map.of("pick_key", ServiceChoice.PICK_KEY)));
        session.execute("alter table gen_eligible add primary key (rank)");
        session.execute("analyze gen_eligible");
        long eligible = session.queryLong("select count(*) from gen_eligible");
        long referrals = session.scale.referrals();
        long seqBase = session.queryLong("select nextval('referral_change_seq')");
        double partnerShare = referrals == 0 ? 0 : Math.min(1, 0.2 * session.scale.services() / (0.62 * referrals));
        Map<String, Object> values = new LinkedHashMap<>();
        // about a third of the clients are never referred (information, services by the office only)
        values.put("referred", Math.max(1, Math.round(eligible * 0.65)));
        values.put("referrals", Math.max(1, referrals));
        values.put("seq_base", seqBase);
        values.put("partner_share", String.format(Locale.ROOT, "%.6f", partnerShare));
        values.put(
                "recent_status",
                Weighted.texts(
                                "DRAFT",
                                5,
                                "REQUESTED",
                                20,
                                "RECEIVED",
                                10,
                                "ACCEPTED",
                                15,
                                "IN_PROGRESS",
                                20,
                                "ON_HOLD",
                                2,
                                "COMPLETED",
                                15,
                                "REJECTED",
                                6,
                                "CANCELLED",
                                5,
                                "FAILED",
                                1,
                                "ENTERED_IN_ERROR",
                                1)
                        .sql("u_status"));
        values.put(
                "old_status",
                Weighted.texts(
                                "DRAFT",
                                0.5,
                                "ENTERED_IN_ERROR",
                                0.5,
                                "ACCEPTED",
                                2.5,
                                "IN_PROGRESS",
                                5,
                                "ON_HOLD",
                                1,
                                "COMPLETED",
                                60,
                                "FAILED",
                                5,
                                "REJECTED",
                                9,
                                "CANCELLED",
                                16.5)
                        .sql("u_status"));
        values.put(
                "cancel_from",
                Weighted.texts("REQUESTED", 55, "RECEIVED", 10, "ACCEPTED", 35).sql("u_cancel"));
        values.put(
                "reject_reason",
                Weighted.texts(
                                "NOT_ELIGIBLE",
                                45,
                                "NO_CAPACITY",
                                35,
                                "DUPLICATE",
                                5,
                                "CLIENT_UNREACHABLE",
                                5,
                                "OTHER",
                                10)
                        .sql("u_reason"));
        values.put(
                "fail_reason",
                Weighted.texts("CLIENT_UNREACHABLE", 40, "CLIENT_DECLINED", 35, "NO_CAPACITY", 10, "OTHER", 15)
                        .sql("u_reason"));
        values.put(
                "priority",
                Weighted.texts("ROUTINE", 85, "URGENT", 10, "ASAP", 4, "STAT", 1)
                        .sql("u_prio"));
        session.tableCheckedAtEnd(
                "referral + referral_event",
                List.of("referral", "referral_event", "service_delivery"),
                () -> LoadSession.inBatches(referrals, BATCH, "referrals", (from, to) -> batch(from, to, values)));
        session.execute(session.fill(
                "select setval('referral_change_seq', greatest((select max(change_seq) from referral), ${seq_base}))",
                Map.of("seq_base", seqBase)));
        session.execute("drop table if exists gen_ref");
    }

    private long batch(long from, long to, Map<String, Object> common) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(common);
        values.put("from", from);
        values.put("to", to);
        session.execute("drop table if exists gen_ref");
        long start = System.nanoTime();
        session.execute(session.fill(PLAN, values));
        long planned = System.nanoTime();
        long referrals = session.execute(session.fill(REFERRALS, values));
        long referred = System.nanoTime();
        long events = session.execute(session.fill(EVENTS, values));
        long evented = System.nanoTime();
        long deliveries = session.execute(session.fill(PARTNER_DELIVERIES, values));
        session.partnerDeliveries += deliveries;
        System.out.printf(
                Locale.ROOT,
                "    (planned in %.1f s; %,d referrals in %.1f s, %,d events in %.1f s, %,d services recorded by"
                        + " partners in %.1f s)%n",
                (planned - start) / 1e9,
                referrals,
                (referred - planned) / 1e9,
                events,
                (evented - referred) / 1e9,
                deliveries,
                (System.nanoTime() - evented) / 1e9);
        return referrals + events;
    }

    /**
     * Each step's moment builds on the previous one's; the MATERIALIZED layers keep PostgreSQL from inlining those
     * expressions into one another (the expression trees would grow with every use and the plan run for minutes).
     */
    private static final String PLAN = """
            create temp table gen_ref as
            with b as materialized (
                select g, e.cn, e.office, e.sex,
                    e.created_at as client_created,
                    pg_temp.u(g, 121) as u_pick, pg_temp.u(g, 122) as u_offer, pg_temp.u(g, 123) as u_time,
                    pg_temp.u(g, 124) as u_status, pg_temp.u(g, 125) as u_req, pg_temp.u(g, 126) as u_resp,
                    pg_temp.u(g, 127) as u_rec, pg_temp.u(g, 128) as u_dec, pg_temp.u(g, 129) as u_start,
                    pg_temp.u(g, 130) as u_done, pg_temp.u(g, 131) as u_reason, pg_temp.u(g, 132) as u_cancel,
                    pg_temp.u(g, 133) as u_outcome, pg_temp.u(g, 134) as u_prio, pg_temp.u(g, 135) as u_due,
                    pk.code, o.offering_id, o.partner_id, o.speed, st.category, st.id as service_type_id
                from generate_series(${from}, ${to}) g
                join gen_eligible e on e.rank = 1 + floor(${referred} * power(pg_temp.u(g, 120), 1.3))::int
                join gen_pick pk on pk.pick_key = e.pick_key and pk.slot = floor(pg_temp.u(g, 121) * 1000)::int
                join gen_offering_count oc on oc.code = pk.code
                join gen_offering o on o.code = pk.code and o.k = floor(pg_temp.u(g, 122) * oc.cnt)::int
                join gen_service_type st on st.code = pk.code
            ), planned as (
                select b.*, client_created + (now() - client_created) * u_time as created
                from b
            ), targeted as (
                select p.*,
                    case when now() - created < interval '45 days' then ${recent_status} else ${old_status} end
                        as target,
                    ${cancel_from} as cancel_from,
                    (created at time zone 'Asia/Manila')::date + 14 + floor(u_due * 46)::int as due_date,
                    make_interval(secs => 3600 * (speed * 500 * power(u_resp, 3) + 0.1)) as response_delay
                from planned p
            ), flagged as (
                select t.*,
                    target not in ('DRAFT', 'ENTERED_IN_ERROR') as requested,
                    case when target in ('DRAFT', 'ENTERED_IN_ERROR', 'REQUESTED') then false
                         when target = 'RECEIVED' then true
                         when target = 'CANCELLED' then cancel_from = 'RECEIVED' or (cancel_from = 'ACCEPTED' and u_rec < 0.3)
                         else u_rec < 0.3 end as received,
                    target in ('ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'REJECTED')
                        or (target = 'CANCELLED' and cancel_from = 'ACCEPTED') as decided,
                    target in ('IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED') as started
                from targeted t
            ), timed as (
                select f.*,
                    case when target = 'ENTERED_IN_ERROR' then created + make_interval(mins => 5 + floor(u_req * 115)::int)
                         end as t_eie,
                    case when requested then created + case when u_req < 0.9
                        then make_interval(mins => 2 + floor(u_req * 60)::int)
                        else make_interval(hours => 1 + floor(u_req * 71)::int) end end as t_req
                from flagged f
            ), stepped as materialized (
                select t.*,
                    case when received then t_req + response_delay end as t_rec,
                    case when decided and received
                             then t_req + response_delay + make_interval(hours => 1 + floor(120 * u_dec * u_dec)::int)
                         when decided then t_req + response_delay end as t_dec
                from timed t
            ), started as (
                select s.*,
                    case when started then t_dec + make_interval(hours => 2 + floor(334 * u_start * u_start)::int)
                         end as t_start
                from stepped s
            ), ended as materialized (
                select s.*,
                    case when target = 'ON_HOLD' then t_start + make_interval(days => 3 + floor(u_done * 27)::int)
                         end as t_hold,
                    case when target in ('COMPLETED', 'FAILED') then t_start + case
                        when category in ('TRAINING', 'LANGUAGE', 'SKILLS_RECOGNITION')
                            then make_interval(days => 20 + floor(u_done * 100)::int)
                        when category in ('INFORMATION', 'CIVIC') then make_interval(hours => 2 + floor(u_done * 118)::int)
                        else make_interval(days => 2 + floor(u_done * 43)::int) end end as t_done,
                    case when target <> 'CANCELLED' then null
                         when cancel_from = 'REQUESTED' and u_reason < 0.5
                             then (due_date + 1 + time '01:00') at time zone 'Asia/Manila'
                         when cancel_from = 'REQUESTED' then t_req + make_interval(hours => 2 + floor(u_cancel * 238)::int)
                         when cancel_from = 'RECEIVED' then t_rec + make_interval(hours => 2 + floor(u_cancel * 238)::int)
                         else t_dec + make_interval(days => 1 + floor(u_cancel * 29)::int) end as t_cancel
                from started s
            ), cut as materialized (
                -- steps after now have not happened yet: the referral is still where the last past step left it
                select e.g, e.cn, e.office, e.sex, e.code, e.offering_id, e.partner_id, e.category, e.service_type_id,
                    e.target, e.cancel_from, e.received, e.due_date, e.created, e.u_reason, e.u_outcome, e.u_prio,
                    e.u_done, e.u_cancel,
                    pg_temp.past(e.t_eie) as t_eie, pg_temp.past(e.t_req) as t_req, pg_temp.past(e.t_rec) as t_rec,
                    pg_temp.past(e.t_dec) as t_dec, pg_temp.past(e.t_start) as t_start,
                    pg_temp.past(e.t_hold) as t_hold, pg_temp.past(e.t_done) as t_done,
                    pg_temp.past(e.t_cancel) as t_cancel
                from ended e
            )
            select c.*,
                case
                    when t_cancel is not null then 'CANCELLED'
                    when t_done is not null then target
                    when t_hold is not null then 'ON_HOLD'
                    when t_start is not null then 'IN_PROGRESS'
                    when t_dec is not null then case when target = 'REJECTED' then 'REJECTED' else 'ACCEPTED' end
                    when t_rec is not null then 'RECEIVED'
                    when t_req is not null then 'REQUESTED'
                    when t_eie is not null then 'ENTERED_IN_ERROR'
                    else 'DRAFT'
                end as status,
                case when target = 'REJECTED' then ${reject_reason}
                     when target = 'FAILED' then ${fail_reason}
                     when target <> 'CANCELLED' then null
                     when cancel_from = 'REQUESTED' then case when u_reason < 0.5 then 'EXPIRED'
                         when u_reason < 0.8 then 'CLIENT_DECLINED' when u_reason < 0.9 then 'DUPLICATE'
                         else 'CONSENT_WITHDRAWN' end
                     when cancel_from = 'RECEIVED' then case when u_reason < 0.7 then 'CLIENT_DECLINED' else 'OTHER' end
                     when u_reason < 0.5 then 'CLIENT_UNREACHABLE' else 'CLIENT_DECLINED' end as reason,
                case when target <> 'CANCELLED' then null
                     when cancel_from = 'REQUESTED' and (u_reason < 0.5 or u_reason >= 0.9) then 'SYSTEM'
                     when cancel_from = 'ACCEPTED' and u_reason < 0.5 then 'PARTNER'
                     else 'REFERRER' end as cancel_actor,
                greatest(created, t_eie, t_req, t_rec, t_dec, t_start, t_hold, t_done, t_cancel) as updated,
                (t_eie is not null)::int + (t_req is not null)::int + (t_rec is not null)::int
                    + (t_dec is not null)::int + (t_start is not null)::int + (t_hold is not null)::int
                    + (t_done is not null)::int + (t_cancel is not null)::int as moves
            from cut c
            """;

    private static final String REFERRALS = """
            insert into referral (id, client_id, office_id, offering_id, partner_id, service_type_code, reason, priority,
                due_date, note, shared_categories, status, client_ref, requested_at, first_response_at, completed_at,
                close_reason, close_reason_text, outcome, outcome_date, outcome_note, change_seq, created_by, created_at,
                updated_at, version)
            select pg_temp.gid(${REFERRAL}, g), pg_temp.gid(${CLIENT}, cn), (${office_ids})[office + 1], offering_id,
                partner_id, code, 'Needs ' || lower(replace(code, '_', ' ')), ${priority}, due_date, null,
                case when u_prio < 0.3 then array['IDENTITY', 'CONTACT', 'SITUATION'] else array['IDENTITY', 'CONTACT'] end,
                status, pg_temp.gid(${CLIENT_REF}, g), t_req,
                coalesce(t_rec, case when t_dec is not null then t_dec end),
                case when status = 'COMPLETED' then t_done end,
                case when status in ('REJECTED', 'CANCELLED', 'FAILED') then reason end,
                case when status in ('REJECTED', 'CANCELLED', 'FAILED') and reason = 'OTHER'
                     then 'Other reason, noted by the caseworker' end,
                case when status = 'COMPLETED' then case when u_outcome < 0.85 then 'DELIVERED' else 'PARTLY_DELIVERED' end
                     end,
                case when status = 'COMPLETED' then (t_done at time zone 'Asia/Manila')::date end,
                case when status <> 'COMPLETED' then null
                     when category = 'LANGUAGE' then 'Certified language level ' || (array['A2', 'B1', 'B2'])[1 + floor(u_done * 3)::int]
                     when category = 'TRAINING' then 'Course completed'
                     else 'Service delivered' end,
                ${seq_base} + floor(extract(epoch from updated - timestamptz '2019-01-01 00:00+00'))::bigint * ${referrals} + g,
                'gen:caseworker', created, updated, moves
            from gen_ref
            """;

    private static final String EVENTS = """
            insert into referral_event (id, referral_id, from_status, to_status, actor, actor_subject, organisation_id,
                reason, reason_text, outcome, outcome_date, outcome_note, occurred_at)
            select pg_temp.gid(${REFERRAL_EVENT}, r.g * 16 + s.step), pg_temp.gid(${REFERRAL}, r.g), s.from_status,
                s.to_status, s.actor,
                case s.actor when 'REFERRER' then 'gen:caseworker' when 'PARTNER' then 'gen:partner-staff' end,
                case s.actor when 'REFERRER' then (${office_ids})[r.office + 1] when 'PARTNER' then r.partner_id end,
                s.reason, case when s.reason = 'OTHER' then 'Other reason, noted by the caseworker' end,
                case when s.to_status = 'COMPLETED' then case when r.u_outcome < 0.85 then 'DELIVERED'
                    else 'PARTLY_DELIVERED' end end,
                case when s.to_status = 'COMPLETED' then (s.at at time zone 'Asia/Manila')::date end,
                null,
                s.at
            from gen_ref r cross join lateral (values
                (1, null, 'DRAFT', 'REFERRER', null, r.created),
                (2, 'DRAFT', 'ENTERED_IN_ERROR', 'REFERRER', null, r.t_eie),
                (3, 'DRAFT', 'REQUESTED', 'REFERRER', null, r.t_req),
                (4, 'REQUESTED', 'RECEIVED', 'PARTNER', null, r.t_rec),
                (5, case when r.t_rec is not null then 'RECEIVED' else 'REQUESTED' end,
                    case when r.target = 'REJECTED' then 'REJECTED' else 'ACCEPTED' end, 'PARTNER',
                    case when r.target = 'REJECTED' then r.reason end, r.t_dec),
                (6, 'ACCEPTED', 'IN_PROGRESS', 'PARTNER', null, r.t_start),
                (7, 'IN_PROGRESS', 'ON_HOLD', 'PARTNER', null, r.t_hold),
                (8, 'IN_PROGRESS', r.target, 'PARTNER', case when r.target = 'FAILED' then r.reason end, r.t_done),
                (9, r.cancel_from, 'CANCELLED', r.cancel_actor, r.reason, r.t_cancel)
            ) s(step, from_status, to_status, actor, reason, at)
            where s.at is not null
            """;

    /** Services partners recorded for referrals they started: part of the service log, tied to the referral. */
    private static final String PARTNER_DELIVERIES = """
            insert into service_delivery (id, client_id, service_type_id, service_type_code, delivered_on, office_id,
                partner_id, referral_id, duration_minutes, units, note, recorded_by, recorded_at, version)
            select pg_temp.gid(${DELIVERY}, g), pg_temp.gid(${CLIENT}, cn), service_type_id, code,
                (delivered at time zone 'Asia/Manila')::date, null, partner_id, pg_temp.gid(${REFERRAL}, g),
                30 + floor(u_done * 150)::int, case when category in ('TRAINING', 'LANGUAGE') then 1 + floor(u_prio * 10)::int end,
                null, 'gen:partner-staff', least(delivered + interval '2 hours', now()), 0
            from (
                select r.*, t_start + (coalesce(t_done, t_hold, now()) - t_start) * pg_temp.u(g, 141) as delivered
                from gen_ref r
                where t_start is not null and pg_temp.u(g, 140) < ${partner_share}
            ) d
            """;
}
