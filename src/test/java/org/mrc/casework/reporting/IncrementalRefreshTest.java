package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mrc.casework.generator.ReportDataGenerator;
import org.mrc.casework.generator.Scale;

/**
 * Recomputing only the (office, month) partitions that changes marked gives exactly the figures of a full rebuild.
 * On a generated province in a database of its own: rebuild every rollup whole, make random writes of every kind
 * the rollups read (back-dated phase changes, merges moving episodes, diplomas and occupations, changed sex, birth
 * year, roles and office, deleted and back-dated services, session attendance, referrals moved between offices,
 * ended and back-dated household links, back-dated recognition steps, occupations, closed episodes, children's
 * school statuses, a service category), apply
 * the marks, then compare every reporting table (rollups, narrower and single-breakdown copies) row for row with a
 * full rebuild of the same data.
 */
@QuarkusTest
class IncrementalRefreshTest {

    private static final int SNAPSHOT_MONTHS = 36;
    private static final List<String> NOT_FIGURES = List.of("report_refresh", "report_change", "report_partition");

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void recomputingTheMarkedPartitionsGivesTheFiguresOfAFullRebuild() throws SQLException {
        try (ScratchDatabase database = ScratchDatabase.create(dataSource, "incremental", url, user, password)) {
            database.migrate(configuration -> configuration);
            try (Connection connection = database.connect()) {
                ReportDataGenerator.load(connection, Scale.proportional(3_000));
                connection.setAutoCommit(false);
                rounds(connection, ReportRefresh.Scope.WHOLE);
                assertEquals(0, count(connection, "report_change"), "a rebuild consumes the marks it covers");
                Map<String, List<String>> before = figures(connection);

                connection.setAutoCommit(true);
                randomWrites(connection);
                connection.setAutoCommit(false);
                assertTrue(count(connection, "report_change") > 0, "the writes left marks");
                int recomputed = rounds(connection, ReportRefresh.Scope.CHANGED);
                assertEquals(Report.values().length, recomputed, "every rollup had partitions to recompute");
                assertEquals(0, count(connection, "report_change"));
                Map<String, List<String>> incremental = figures(connection);
                assertTrue(!before.equals(incremental), "the writes changed figures");

                rounds(connection, ReportRefresh.Scope.WHOLE);
                Map<String, List<String>> rebuilt = figures(connection);
                assertEquals(rebuilt.keySet(), incremental.keySet());
                List<String> differing = new ArrayList<>();
                for (String table : rebuilt.keySet()) {
                    List<String> missing = without(rebuilt.get(table), incremental.get(table));
                    List<String> extra = without(incremental.get(table), rebuilt.get(table));
                    if (!missing.isEmpty() || !extra.isEmpty()) {
                        differing.add(table + ": " + missing.size() + " rows of the rebuild missing, e.g. "
                                + missing.subList(0, Math.min(3, missing.size())) + "; " + extra.size()
                                + " rows the rebuild has not, e.g. " + extra.subList(0, Math.min(3, extra.size())));
                    }
                }
                assertEquals(List.of(), differing, "tables whose incremental figures differ from a rebuild");
            }
        }
    }

    /** One round on every rollup, each committed; returns how many had something to recompute. */
    static int rounds(Connection connection, ReportRefresh.Scope scope) throws SQLException {
        int recomputed = 0;
        Clock clock = Clock.systemUTC();
        for (Report report : Report.values()) {
            if (ReportRefresh.round(connection, report, scope, clock.instant(), YearMonth.now(clock), SNAPSHOT_MONTHS)
                    != null) {
                recomputed++;
            }
            connection.commit();
        }
        return recomputed;
    }

    /**
     * Writes of every kind the rollups read, through the tables (their constraints and triggers), as the services
     * make them; random but reproducible (setseed).
     */
    private static void randomWrites(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setseed(0.20261207)");
            // back-dated phase changes on open episodes, up to 20 months back, some before the episode's last change
            statement.executeUpdate("""
                    insert into phase_change (id, episode_id, seq, from_phase, phase, sub_stage, effective_date,
                                              recorded_by, recorded_at)
                    select gen_random_uuid(), e.id, last.seq + 1, last.phase,
                           (array['PRE_DEPARTURE', 'TRANSIT', 'MIGRATION'])[1 + floor(random() * 3)::int], null,
                           current_date - floor(random() * 600)::int, 'test', now()
                    from (select id from migration_episode where closed_on is null order by random() limit 60) e
                    cross join lateral (select seq, phase from phase_change where episode_id = e.id
                                        order by seq desc limit 1) last""");
            // merges: a duplicate with episodes, none open, into a survivor of another office, moving episodes,
            // diplomas and occupations
            statement.execute("""
                    create temporary table merge_pair as
                    select d.id as duplicate,
                           (select s.id from client s
                            where s.merged_into is null and s.office_id <> d.office_id
                            order by random() limit 1) as survivor
                    from (select c.id, c.office_id from client c
                          where c.merged_into is null
                            and exists (select 1 from migration_episode e where e.client_id = c.id)
                            and not exists (select 1 from migration_episode e
                                            where e.client_id = c.id and e.closed_on is null)
                          order by random() limit 15) d""");
            for (String table : List.of("migration_episode", "client_diploma", "client_employment")) {
                statement.executeUpdate("update " + table + " t set client_id = p.survivor from merge_pair p"
                        + " where t.client_id = p.duplicate");
            }
            statement.executeUpdate(
                    "update client c set merged_into = p.survivor from merge_pair p where c.id = p.duplicate");
            // accepted case handovers, decided up to 15 months back, then a back-dated phase change before the
            // handover: reports attribute it to the former office, which the incremental refresh must recompute
            statement.execute("""
                    create temporary table handed as
                    select c.id as client_id, c.office_id as from_office,
                           (select o.id from office o where o.id <> c.office_id order by random() limit 1) as to_office,
                           now() - make_interval(days => 30 + floor(random() * 420)::int) as decided_at
                    from client c
                    where c.merged_into is null
                      and exists (select 1 from migration_episode e where e.client_id = c.id and e.closed_on is null)
                    order by random() limit 15""");
            statement.executeUpdate("""
                    insert into consent (id, client_id, purpose, recipient_office_id, data_categories, given_how,
                                         given_at, recorded_by, recorded_at)
                    select gen_random_uuid(), h.client_id, 'CASE_HANDOVER', h.to_office, '{IDENTITY}', 'WRITTEN',
                           h.decided_at - interval '2 days', 'test', now()
                    from handed h""");
            statement.executeUpdate("""
                    insert into case_handover (id, client_id, from_office_id, to_office_id, consent_id, summary,
                                               status, proposed_by, proposed_at, decided_by, decided_at)
                    select gen_random_uuid(), h.client_id, h.from_office, h.to_office,
                           (select k.id from consent k where k.client_id = h.client_id and k.purpose = 'CASE_HANDOVER'
                            order by k.given_at desc limit 1),
                           'handover', 'ACCEPTED', 'test', h.decided_at - interval '1 day', 'test', h.decided_at
                    from handed h""");
            statement.executeUpdate(
                    "update client c set office_id = h.to_office from handed h where c.id = h.client_id");
            statement.executeUpdate("""
                    insert into phase_change (id, episode_id, seq, from_phase, phase, sub_stage, effective_date,
                                              recorded_by, recorded_at)
                    select gen_random_uuid(), e.id, last.seq + 1, last.phase, 'MIGRATION', null,
                           (h.decided_at - interval '40 days')::date, 'test', now()
                    from handed h
                    join migration_episode e on e.client_id = h.client_id and e.closed_on is null
                    cross join lateral (select seq, phase from phase_change where episode_id = e.id
                                        order by seq desc limit 1) last
                    where last.phase <> 'MIGRATION'""");
            // reported attributes: sex, birth year, roles, office
            statement.executeUpdate("""
                    update client set sex = case sex when 'FEMALE' then 'MALE' else 'FEMALE' end
                    where id in (select id from client where merged_into is null order by random() limit 20)""");
            statement.executeUpdate("""
                    update client set birth_year = coalesce(birth_year, 1980) - 7, birth_date = null
                    where id in (select id from client where merged_into is null order by random() limit 20)""");
            statement.executeUpdate("""
                    update client set roles = roles || '{FAMILY_LEFT_BEHIND}'
                    where id in (select id from client where merged_into is null
                                 and not 'FAMILY_LEFT_BEHIND' = any (roles) order by random() limit 20)""");
            statement.executeUpdate("""
                    update client set office_id = (select id from office order by random() limit 1)
                    where id in (select id from client where merged_into is null order by random() limit 20)""");
            // services: deleted, back-dated, attendance removed
            statement.executeUpdate("""
                    delete from service_delivery
                    where id in (select id from service_delivery where referral_id is null order by random() limit 30)""");
            statement.executeUpdate("""
                    update service_delivery set delivered_on = delivered_on - 200
                    where id in (select id from service_delivery order by random() limit 30)""");
            statement.executeUpdate("""
                    delete from group_session_attendee
                    where (session_id, client_id) in (select session_id, client_id from group_session_attendee
                                                      order by random() limit 30)""");
            statement.executeUpdate("""
                    update group_session set held_on = held_on - 45
                    where id in (select id from group_session order by random() limit 5)""");
            // referrals moved to another referring office
            statement.executeUpdate("""
                    update referral set office_id = (select id from office order by random() limit 1)
                    where id in (select id from referral order by random() limit 30)""");
            // household links ended, back-dated
            statement.executeUpdate("""
                    update client_link set until = greatest(coalesce(since, current_date - 400), current_date - 90)
                    where id in (select id from client_link where until is null order by random() limit 20)""");
            statement.executeUpdate("""
                    update client_link set since = since - 300
                    where id in (select id from client_link where since is not null order by random() limit 20)""");
            // back-dated recognition steps, occupations reclassified, episodes closed earlier
            statement.executeUpdate("""
                    insert into diploma_recognition (id, diploma_id, country, status, effective_on, recorded_by,
                                                     recorded_at)
                    select gen_random_uuid(), r.diploma_id, r.country, 'REFUSED', r.effective_on - 100, 'test', now()
                    from (select * from diploma_recognition order by random() limit 20) r""");
            statement.executeUpdate("""
                    update client_employment set isco_major_group = case isco_major_group when 9 then 2 else 9 end
                    where id in (select id from client_employment where isco_major_group is not null
                                 order by random() limit 20)""");
            statement.executeUpdate("""
                    update migration_episode e set closed_on = greatest(e.phase_since, e.closed_on - 120)
                    where id in (select id from migration_episode where closed_on is not null
                                 order by random() limit 20)""");
            // journeys with legs: a first leg in the destination, then a move to another country some time after the
            // departure (movements and returns are reported by the leg in force); some of the moves removed again
            statement.executeUpdate("""
                    insert into journey_leg (id, episode_id, seq, country, from_date, activity)
                    select gen_random_uuid(), e.id, s.seq,
                           case s.seq when 1 then coalesce(e.destination_country, 'SA') else 'GB' end,
                           case s.seq when 2 then e.departure_date + e.shift end, 'WORK'
                    from (select id, destination_country, departure_date, floor(random() * 900)::int as shift
                          from migration_episode where departure_date is not null
                          order by random() limit 40) e
                    cross join (values (1), (2)) s(seq)""");
            statement.executeUpdate("""
                    delete from journey_leg
                    where id in (select id from journey_leg where seq = 2 order by random() limit 10)""");
            // children's school statuses: back-dated drop-outs recorded, some statuses removed
            statement.executeUpdate("""
                    insert into child_schooling (id, client_id, status, level, attending, since, recorded_by,
                                                 recorded_at)
                    select gen_random_uuid(), k.client_id, 'DROPPED_OUT', 'PRIMARY', null,
                           current_date - floor(random() * 500)::int, 'test', now()
                    from (select client_id from (select distinct client_id from child_schooling) d
                          order by random() limit 20) k""");
            statement.executeUpdate("""
                    delete from child_schooling
                    where id in (select id from child_schooling order by random() limit 10)""");
            // a service type moved to another category
            statement.executeUpdate("""
                    update service_type set category = case category when 'HEALTH' then 'INFORMATION' else 'HEALTH' end
                    where id = (select service_type_id from service_delivery limit 1)""");
        }
    }

    /** Every reporting table's rows, as text, sorted. */
    static Map<String, List<String>> figures(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                        + " and table_name like 'report\\_%'")) {
            while (rows.next()) {
                if (!NOT_FIGURES.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        Map<String, List<String>> figures = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select t::text from " + table + " t order by 1")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                figures.put(table, lines);
            }
        }
        return figures;
    }

    /** The rows of {@code all} not in {@code some}, each row as often as it is in excess. */
    static List<String> without(List<String> all, List<String> some) {
        Map<String, Integer> left = new java.util.HashMap<>();
        some.forEach(row -> left.merge(row, 1, Integer::sum));
        List<String> rest = new ArrayList<>();
        for (String row : all) {
            if (left.merge(row, -1, Integer::sum) < 0) {
                rest.add(row);
            }
        }
        return rest;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
