package org.mrc.casework.lifecycle.retention;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The next batch of clients in id order after a cursor, each with the enabled client rule it falls under today (or
 * none), whether a legal hold keeps it, and whether it waits for a household member (a household link to someone
 * neither anonymised nor due: anonymising one end only would leave an anonymised record linked to an identified
 * person). One statement, shared by the job and the dry run. A person's records merged into theirs count with them.
 */
final class RetentionSelection {

    static final UUID START = new UUID(0, 0);

    /** One client of the batch. {@code rule} and {@code action} are null when no rule applies. */
    record Candidate(UUID clientId, UUID officeId, String rule, RetentionAction action, boolean held, boolean waiting) {

        boolean due() {
            return rule != null && !held && !waiting;
        }
    }

    /**
     * The days on which anything was written about one client record {@code r.id}: the record itself (a correction
     * moves its updated_at), its episodes, phase changes (their date; recording one moves
     * its episode's updated_at), journeys (written
     * through the episode), household links (made or ended), consents (given, recorded, withdrawn), human capital
     * (diplomas, recognition steps, skills, languages, jobs), school statuses, corrections, services delivered and
     * when they were recorded, sessions attended and when the attendance was added, referrals (every move and edit
     * moves updated_at) and case handovers. Each table here is named in {@code RetentionActivityTest}, which fails for
     * a table linked to a client that is neither read here nor excluded with a reason.
     */
    static final String ACTIVITY = """
            select (x.updated_at at time zone 'UTC')::date as d from client x where x.id = r.id
            union all select greatest(e.closed_on, (e.updated_at at time zone 'UTC')::date)
                from migration_episode e where e.client_id = r.id
            union all select pc.effective_date
                from migration_episode e join phase_change pc on pc.episode_id = e.id where e.client_id = r.id
            union all select greatest((l.created_at at time zone 'UTC')::date, l.until)
                from client_link l where l.client_id = r.id or l.related_client_id = r.id
            union all select (greatest(k.given_at, k.recorded_at, k.withdrawal_recorded_at) at time zone 'UTC')::date
                from consent k where k.client_id = r.id
            union all select (cd.created_at at time zone 'UTC')::date from client_diploma cd where cd.client_id = r.id
            union all select greatest(dr.effective_on, (dr.recorded_at at time zone 'UTC')::date)
                from client_diploma cd join diploma_recognition dr on dr.diploma_id = cd.id where cd.client_id = r.id
            union all select (sk.created_at at time zone 'UTC')::date from client_skill sk where sk.client_id = r.id
            union all select (la.created_at at time zone 'UTC')::date from client_language la where la.client_id = r.id
            union all select (em.updated_at at time zone 'UTC')::date from client_employment em where em.client_id = r.id
            union all select (cs.recorded_at at time zone 'UTC')::date from child_schooling cs where cs.client_id = r.id
            union all select (rc.rectified_at at time zone 'UTC')::date
                from client_rectification rc where rc.client_id = r.id
            union all select greatest(d.delivered_on, (d.recorded_at at time zone 'UTC')::date)
                from service_delivery d where d.client_id = r.id
            union all select greatest(g.held_on, (ga.added_at at time zone 'UTC')::date) from group_session_attendee ga
                join group_session g on g.id = ga.session_id where ga.client_id = r.id
            union all select (f.updated_at at time zone 'UTC')::date from referral f where f.client_id = r.id
            union all select (coalesce(h.decided_at, h.proposed_at) at time zone 'UTC')::date
                from case_handover h where h.client_id = r.id""";

    private static final String SQL = """
            with recursive params as (select cast(? as date) as today),
            batch as (
                select c.id, c.office_id from client c
                where c.merged_into is null and c.erased_at is null and c.anonymised_at is null and c.id > ?
                order by c.id limit ?),
            linked as (
                select b.id as person, l.related_client_id as other from batch b join client_link l on l.client_id = b.id
                union select b.id, l.client_id from batch b join client_link l on l.related_client_id = b.id),
            subject as (select id from batch union select other from linked),
            records(person, id) as (
                select id, id from subject
                union select r.person, c.id from records r join client c on c.merged_into = r.id),
            facts as (
                select s.id,
                       c.anonymised_at is not null or c.erased_at is not null as gone,
                       coalesce(c.given_name, c.family_name) is null and c.pseudonym is not null as pseudonymous,
                       exists (select 1 from records r join migration_episode e on e.client_id = r.id
                               where r.person = s.id) as has_case,
                       exists (select 1 from records r join migration_episode e on e.client_id = r.id
                               where r.person = s.id and e.closed_on is null) as open_case,
                       exists (select 1 from records r join referral f on f.client_id = r.id
                               where r.person = s.id and f.status in ('REQUESTED', 'RECEIVED', 'ACCEPTED',
                                                                      'IN_PROGRESS', 'ON_HOLD')) as open_referral,
                       exists (select 1 from records r join legal_hold h on h.client_id = r.id, params p
                               where r.person = s.id and h.released_at is null and h.ends_on >= p.today) as held,
                       (select max(a.d) from records r cross join lateral (
            """ + ACTIVITY + """
            ) a
                        where r.person = s.id) as last_activity
                from subject s join client c on c.id = s.id),
            ruled as (
                select f.*,
                       (select r.code from retention_rule r, params p
                        where r.enabled and r.record_kind = 'CLIENT' and not f.gone and not f.open_case
                          and not f.open_referral
                          and f.last_activity < p.today - make_interval(months => r.after_months)
                          and ((r.situation = 'CASE_CLOSED_NO_ACTIVITY' and f.has_case)
                               or (r.situation = 'PSEUDONYMOUS_INTAKE_NO_ACTIVITY' and not f.has_case
                                   and f.pseudonymous))
                        order by r.code limit 1) as rule
                from facts f)
            select b.id, b.office_id, r.rule, rr.action, r.held,
                   exists (select 1 from linked l join ruled o on o.id = l.other
                           where l.person = b.id and not o.gone and (o.rule is null or o.held)) as waiting
            from batch b
            join ruled r on r.id = b.id
            left join retention_rule rr on rr.code = r.rule
            order by b.id""";

    private RetentionSelection() {}

    static List<Candidate> next(Connection connection, UUID after, int size, LocalDate today) throws SQLException {
        List<Candidate> batch = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SQL)) {
            query.setDate(1, Date.valueOf(today));
            query.setObject(2, after);
            query.setInt(3, size);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String action = rows.getString(4);
                    batch.add(new Candidate(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, UUID.class),
                            rows.getString(3),
                            action == null ? null : RetentionAction.valueOf(action),
                            rows.getBoolean(5),
                            rows.getBoolean(6)));
                }
            }
        }
        return batch;
    }
}
