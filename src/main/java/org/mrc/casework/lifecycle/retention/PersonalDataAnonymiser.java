package org.mrc.casework.lifecycle.retention;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Anonymises clients so that every report figure stays what it was: the record stays countable with exactly what the
 * reporting rollups read, and loses every identifying and free-text value and every link that is not counted. Plain
 * SQL on a connection (the caller's transaction), so that the retention job and the figure test run the same
 * statements. What each table keeps and loses:
 *
 * <ul>
 *   <li>{@code client}: keeps office, sex, nationalities, education level, administrative status, vulnerabilities,
 *       roles, current phase, creation time, the merge pointer (reports count each of these) and the birth facts
 *       reduced to what the age bands need: the birth date becomes 1 January of its year when no date the reports
 *       evaluate for the record (its events, every snapshot date of the reporting window) falls between that day and
 *       the real birth date shifted by a band boundary (15, 25, 35, 50, 65 years), else the first of its month on the
 *       same condition, else it stays (a band boundary crossed within days of a reported event). Loses names,
 *       pseudonym, other names, gender identity, phone, email, address, countries, languages, employment,
 *       protection, remittances and debt, and the localities except the origin locality (the caseload groups by it)
 *       and, for a child with a school status, the current locality (the schooling report's zone); the reference
 *       becomes {@code ANON-<id>}; the rectification history (old values) is deleted.
 *   <li>journey legs keep country, dates and activity (movements use the leg in force) and lose locality, permit and
 *       the contribution scheme.
 *   <li>episodes keep type, countries, phases and dates and the origin locality the movement report groups by (the
 *       client's, when the episode had none), lose the destination locality; phase changes lose their notes.
 *   <li>household links stay (the families report counts them; both ends are anonymised together, see the job);
 *       merge records are deleted (the merge pointer stays).
 *   <li>diplomas keep level, country and year (the recognition report) with the level as title, and lose their field;
 *       recognition steps lose their note; jobs keep period, status, ISCO group and dates (the deskilling report) and
 *       lose their title; skills and languages (no report reads them) are deleted.
 *   <li>consents lose the withdrawal note, services their note, referrals and their events every free text, case
 *       handovers their summary and note; idempotency records and the audit justifications of the person's records
 *       are deleted. The audit entries, session attendance and counts stay.
 * </ul>
 */
public final class PersonalDataAnonymiser {

    /** The ages at which the reporting age band changes (mrc_age_band). */
    private static final String BOUNDARIES = "array[15, 25, 35, 50, 65]";

    /**
     * The dates the reports evaluate a record's age on: its own events, and every snapshot date from the first
     * snapshot month to the end of the current month (each day of the rest of this month: today's snapshot moves).
     * A reduced birth date is kept when none of them falls between it and the real one shifted by a band boundary.
     */
    private static final String REDUCE_BIRTH_DATE = """
            with events(id, d) as (
                select e.client_id, pc.effective_date from migration_episode e join phase_change pc on pc.episode_id = e.id
                where e.client_id = any(cast(? as uuid[]))
                union all select client_id, delivered_on from service_delivery where client_id = any(cast(? as uuid[]))
                union all select a.client_id, s.held_on from group_session_attendee a
                    join group_session s on s.id = a.session_id where a.client_id = any(cast(? as uuid[]))),
            snapshots(d) as (
                select (g + interval '1 month' - interval '1 day')::date
                from generate_series(cast(? as date), date_trunc('month', current_date), interval '1 month') g
                union all select g::date from generate_series(current_date,
                    date_trunc('month', current_date) + interval '1 month' - interval '1 day', interval '1 day') g),
            reduced as (
                select c.id, c.birth_date,
                       make_date(extract(year from c.birth_date)::int, 1, 1) as to_year,
                       date_trunc('month', c.birth_date)::date as to_month
                from client c where c.id = any(cast(? as uuid[])) and c.birth_date is not null),
            dates(id, d) as (
                select r.id, e.d from reduced r join events e on e.id = r.id
                union all select r.id, s.d from reduced r cross join snapshots s),
            conflicts as (
                select r.id,
                       bool_or(x.d >= r.to_year + make_interval(years => k)
                               and x.d < r.birth_date + make_interval(years => k, days => 2)) as to_year,
                       bool_or(x.d >= r.to_month + make_interval(years => k)
                               and x.d < r.birth_date + make_interval(years => k, days => 2)) as to_month
                from reduced r join dates x on x.id = r.id cross join unnest(%s) k
                group by r.id)
            update client c set birth_date = case
                    when not coalesce(f.to_year, false) then r.to_year
                    when not coalesce(f.to_month, false) then r.to_month
                    else r.birth_date end
            from reduced r left join conflicts f on f.id = r.id
            where c.id = r.id""".formatted(BOUNDARIES);

    private static final String RECORD_IDS = """
            select id from client where id = any(cast(? as uuid[]))
            union all select id from migration_episode where client_id = any(cast(? as uuid[]))
            union all select pc.id from phase_change pc join migration_episode e on e.id = pc.episode_id
                where e.client_id = any(cast(? as uuid[]))
            union all select id from client_link where client_id = any(cast(? as uuid[]))
                or related_client_id = any(cast(? as uuid[]))
            union all select id from consent where client_id = any(cast(? as uuid[]))
            union all select id from referral where client_id = any(cast(? as uuid[]))
            union all select id from service_delivery where client_id = any(cast(? as uuid[]))
            union all select id from client_diploma where client_id = any(cast(? as uuid[]))
            union all select r.id from diploma_recognition r join client_diploma d on d.id = r.diploma_id
                where d.client_id = any(cast(? as uuid[]))
            union all select id from client_skill where client_id = any(cast(? as uuid[]))
            union all select id from client_language where client_id = any(cast(? as uuid[]))
            union all select id from client_employment where client_id = any(cast(? as uuid[]))
            union all select id from client_merge where survivor_id = any(cast(? as uuid[]))
                or merged_id = any(cast(? as uuid[]))
            union all select id from case_handover where client_id = any(cast(? as uuid[]))""";

    /** Statements over the records ({@code ?} = the record ids, as many times as it appears; {@code :now}). */
    private static final List<String> STATEMENTS = List.of(
            "delete from idempotency_record where resource_id = any(cast(?R as uuid[]))",
            """
            delete from access_justification where entry_id in
                (select id from audit_entry where resource_id = any(cast(?R as uuid[])))""",
            "delete from client_merge where survivor_id = any(cast(? as uuid[])) or merged_id = any(cast(? as uuid[]))",
            "delete from client_skill where client_id = any(cast(? as uuid[]))",
            "delete from client_language where client_id = any(cast(? as uuid[]))",
            """
            update client_diploma set title = level, field = null
            where client_id = any(cast(? as uuid[])) and (title <> level or field is not null)""",
            """
            update diploma_recognition set note = null where note is not null
              and diploma_id in (select id from client_diploma where client_id = any(cast(? as uuid[])))""",
            """
            update client_employment set occupation_title = null
            where client_id = any(cast(? as uuid[])) and occupation_title is not null""",
            """
            update phase_change set note = null where note is not null
              and episode_id in (select id from migration_episode where client_id = any(cast(? as uuid[])))""",
            """
            update migration_episode e
            set origin_locality = nullif(btrim(coalesce(e.origin_locality, c.origin_locality)), ''),
                destination_locality = null, updated_at = ?T, version = e.version + 1
            from client c where c.id = e.client_id and e.client_id = any(cast(? as uuid[]))""",
            """
            update journey_leg set locality = null, permit_type = null, permit_valid_from = null,
                permit_valid_until = null, contribution_scheme = null
            where episode_id in (select id from migration_episode where client_id = any(cast(? as uuid[])))
              and (locality is not null or permit_type is not null or contribution_scheme is not null)""",
            "delete from client_rectification where client_id = any(cast(? as uuid[]))",
            "update consent set withdrawal_note = null where client_id = any(cast(? as uuid[])) and withdrawal_note is not null",
            """
            update service_delivery set note = null, version = version + 1
            where client_id = any(cast(? as uuid[])) and note is not null""",
            """
            update referral_event set reason_text = null, outcome_note = null
            where referral_id in (select id from referral where client_id = any(cast(? as uuid[])))
              and (reason_text is not null or outcome_note is not null)""",
            """
            update referral set reason = '', note = null,
                close_reason_text = case when close_reason = 'OTHER' then '' end, outcome_note = null
            where client_id = any(cast(? as uuid[]))""",
            """
            update case_handover set summary = '', decision_note = null, version = version + 1
            where (client_id = any(cast(? as uuid[])) or member_ids && cast(? as uuid[]))
              and (summary <> '' or decision_note is not null)""",
            """
            update client set given_name = null, family_name = null, pseudonym = null, other_names = '{}',
                gender_identity = null, country_of_birth = null, preferred_languages = '{}', phone = null,
                email = null, address = null, origin_country = null,
                origin_locality = nullif(btrim(origin_locality), ''), current_country = null,
                current_locality = case when exists (select 1 from child_schooling s where s.client_id = client.id)
                                        then current_locality end,
                employment_status = null, social_protection = null,
                remittances_sent = null, remittances_received = null, migration_debt = null,
                reference = 'ANON-' || replace(id::text, '-', ''), anonymised_at = ?T, updated_at = ?T,
                version = version + 1
            where id = any(cast(? as uuid[]))""");

    private PersonalDataAnonymiser() {}

    /** The clients and every record merged into theirs, transitively. */
    public static List<UUID> samePeople(Connection connection, Collection<UUID> clients) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                with recursive same(id) as (
                    select unnest(cast(? as uuid[]))
                    union select c.id from client c join same s on c.merged_into = s.id)
                select id from same order by id""")) {
            query.setArray(1, uuids(connection, clients));
            return ids(query);
        }
    }

    /**
     * Anonymises these client records (pass {@link #samePeople} so that the records merged into a person go with it),
     * in the caller's transaction. {@code firstSnapshotMonth}: the first month of the reporting window.
     */
    public static void anonymise(
            Connection connection, Collection<UUID> records, Instant now, LocalDate firstSnapshotMonth)
            throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        Array clients = uuids(connection, records);
        List<UUID> recordIds;
        try (PreparedStatement query = connection.prepareStatement(RECORD_IDS)) {
            bind(query, clients, null, null);
            recordIds = ids(query);
        }
        Array all = uuids(connection, recordIds);
        try (PreparedStatement reduce = connection.prepareStatement(REDUCE_BIRTH_DATE)) {
            for (int i = 1; i <= 3; i++) {
                reduce.setArray(i, clients);
            }
            reduce.setDate(4, Date.valueOf(firstSnapshotMonth.withDayOfMonth(1)));
            reduce.setArray(5, clients);
            reduce.executeUpdate();
        }
        for (String statement : STATEMENTS) {
            try (PreparedStatement update =
                    connection.prepareStatement(statement.replace("?R", "?").replace("?T", "?"))) {
                bind(update, clients, all, statement, Timestamp.from(now));
                update.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, Array clients, Array records, String text)
            throws SQLException {
        bind(statement, clients, records, text, null);
    }

    /** Binds each {@code ?} in order: {@code ?R} the record ids, {@code ?T} the instant, {@code ?} the clients. */
    private static void bind(PreparedStatement statement, Array clients, Array records, String text, Timestamp now)
            throws SQLException {
        int count = statement.getParameterMetaData().getParameterCount();
        if (text == null) {
            for (int i = 1; i <= count; i++) {
                statement.setArray(i, clients);
            }
            return;
        }
        int index = 1;
        for (int at = text.indexOf('?'); at >= 0; at = text.indexOf('?', at + 1)) {
            char kind = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            if (kind == 'R') {
                statement.setArray(index++, records);
            } else if (kind == 'T') {
                statement.setTimestamp(index++, now);
            } else {
                statement.setArray(index++, clients);
            }
        }
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    private static List<UUID> ids(PreparedStatement query) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
