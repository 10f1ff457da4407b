package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mrc.casework.generator.ReportDataGenerator;
import org.mrc.casework.generator.Scale;
import org.mrc.casework.lifecycle.ErasureScanTest;
import org.mrc.casework.lifecycle.retention.PersonalDataAnonymiser;

/**
 * Anonymisation (issue 13) keeps every report figure: on a generated province in a database of its own, every
 * reporting table (each rollup with its narrower and single-breakdown copies: every report, every dimension
 * combination the reports can ask for, per office and month, from which the whole network's figures are sums) is
 * built, 40 % of the people are anonymised, and the tables are compared row for row, after the incremental refresh
 * and after a full rebuild. Then every text, json and array column of every table linked to a client by foreign
 * keys (from the live schema) is checked on the anonymised rows: empty, or a declared code, or one of the three
 * values the reports need (the movement report's origin locality, the reference ANON-id, a diploma's level as its
 * title). Here rather than in lifecycle/ because it uses the reporting tests' scratch database and refresh rounds.
 */
@QuarkusTest
class AnonymisationFiguresTest {

    private static final int CLIENTS = 3_000;

    /** Values an anonymised row keeps because a report reads them, each checked. */
    private static final Map<String, String> REPORTED = Map.of(
            "migration_episode.origin_locality", "true",
            "client.origin_locality", "true",
            "client.current_locality", "exists (select 1 from child_schooling s where s.client_id = client.id)",
            "client.reference", "reference = 'ANON-' || replace(id::text, '-', '')",
            "client_diploma.title", "title = level");

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void anonymisingALargeShareOfAProvinceChangesNoFigureAndLeavesNoPersonalValue() throws SQLException {
        try (ScratchDatabase database = ScratchDatabase.create(dataSource, "anonymise", url, user, password)) {
            database.migrate(configuration -> configuration);
            try (Connection connection = database.connect()) {
                ReportDataGenerator.load(connection, Scale.proportional(CLIENTS));
                connection.setAutoCommit(false);
                long rebuildBefore = System.nanoTime();
                IncrementalRefreshTest.rounds(connection, ReportRefresh.Scope.WHOLE);
                rebuildBefore = System.nanoTime() - rebuildBefore;
                Map<String, List<String>> before = IncrementalRefreshTest.figures(connection);
                long rows = before.values().stream().mapToLong(List::size).sum();
                assertTrue(rows > 1_000, "the province has figures to compare: " + rows);

                List<UUID> people = ids(connection, """
                        select id from client where merged_into is null
                        order by md5(id::text) limit (select count(*) * 2 / 5 from client where merged_into is null)""");
                List<UUID> records = PersonalDataAnonymiser.samePeople(connection, people);
                Map<String, Long> personalBefore = personalValues(connection, records);
                assertTrue(
                        personalBefore.size() >= 10,
                        "the chosen people hold personal values in many columns before: " + personalBefore);

                long anonymising = System.nanoTime();
                LocalDate firstMonth =
                        LocalDate.now(Clock.systemUTC()).withDayOfMonth(1).minusMonths(35);
                PersonalDataAnonymiser.anonymise(connection, records, Instant.now(), firstMonth);
                connection.commit();
                anonymising = System.nanoTime() - anonymising;

                IncrementalRefreshTest.rounds(connection, ReportRefresh.Scope.CHANGED);
                assertEquals(
                        List.of(),
                        differing(before, IncrementalRefreshTest.figures(connection)),
                        "tables whose figures the anonymisation changed (incremental refresh)");
                long rebuildAfter = System.nanoTime();
                IncrementalRefreshTest.rounds(connection, ReportRefresh.Scope.WHOLE);
                rebuildAfter = System.nanoTime() - rebuildAfter;
                assertEquals(
                        List.of(),
                        differing(before, IncrementalRefreshTest.figures(connection)),
                        "tables whose figures the anonymisation changed (full rebuild)");

                Map<String, Long> personalAfter = personalValues(connection, records);
                assertEquals(Map.of(), personalAfter, "personal values left on anonymised rows");
                Map<String, Long> births = births(connection, records);
                System.out.printf(
                        "Anonymisation figures: %d of %d people anonymised (%d records) in %d ms; %d reporting tables,"
                                + " %d rows identical after the incremental refresh and after a full rebuild (%d ms"
                                + " before, %d ms after); personal values in %d columns before, 0 after; birth dates"
                                + " %s%n",
                        people.size(),
                        count(connection, "select count(*) from client where merged_into is null"),
                        records.size(),
                        anonymising / 1_000_000,
                        before.size(),
                        rows,
                        rebuildBefore / 1_000_000,
                        rebuildAfter / 1_000_000,
                        personalBefore.size(),
                        births);
            }
        }
    }

    private static List<String> differing(Map<String, List<String>> before, Map<String, List<String>> after) {
        List<String> differing = new ArrayList<>();
        for (String table : before.keySet()) {
            List<String> missing = IncrementalRefreshTest.without(before.get(table), after.get(table));
            List<String> extra = IncrementalRefreshTest.without(after.get(table), before.get(table));
            if (!missing.isEmpty() || !extra.isEmpty()) {
                differing.add(table + ": " + missing.size() + " rows gone, e.g. "
                        + missing.subList(0, Math.min(3, missing.size())) + "; " + extra.size() + " new, e.g. "
                        + extra.subList(0, Math.min(3, extra.size())));
            }
        }
        return differing;
    }

    /**
     * For every text, json and array column of every table linked to a client by foreign keys (directly, or through
     * a table that is), how many of the anonymised people's rows hold a value that is neither empty, nor a declared
     * code ({@link ErasureScanTest#NOT_DISTINCTIVE}), nor a value a report needs ({@link #REPORTED}, checked).
     */
    private static Map<String, Long> personalValues(Connection connection, List<UUID> records) throws SQLException {
        // table -> predicate selecting its rows that belong to the records (bound as ?)
        Map<String, String> owned = new LinkedHashMap<>();
        owned.put("client", "id = any(cast(? as uuid[]))");
        for (int depth = 0; depth < 3; depth++) {
            for (String[] fk : foreignKeys(connection)) {
                String parent = owned.get(fk[2]);
                if (parent == null || fk[0].equals(fk[2])) {
                    continue;
                }
                String predicate = fk[2].equals("client")
                        ? fk[1] + " = any(cast(? as uuid[]))"
                        : fk[1] + " in (select " + fk[3] + " from " + fk[2] + " where " + parent + ")";
                owned.merge(fk[0], predicate, (a, b) -> a.equals(b) || a.contains(b) ? a : a + " or " + b);
            }
        }
        Map<String, Long> found = new TreeMap<>();
        for (Map.Entry<String, String> table : owned.entrySet()) {
            for (String column : textColumns(connection, table.getKey())) {
                String name = table.getKey() + "." + column;
                if (ErasureScanTest.NOT_DISTINCTIVE.containsKey(name)) {
                    continue;
                }
                String allowed = REPORTED.getOrDefault(name, "false");
                String sql = "select count(*) from " + table.getKey() + " where (" + table.getValue() + ") and \""
                        + column + "\" is not null and \"" + column + "\"::text not in ('', '{}', '[]') and not ("
                        + allowed + ")";
                try (PreparedStatement query = connection.prepareStatement(sql)) {
                    int parameters = query.getParameterMetaData().getParameterCount();
                    for (int i = 1; i <= parameters; i++) {
                        query.setArray(i, connection.createArrayOf("uuid", records.toArray()));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.put(name, rows.getLong(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** {child table, child column, parent table, parent column} of every single-column foreign key. */
    private static List<String[]> foreignKeys(Connection connection) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, p.attname
                        from pg_constraint c
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                        join pg_attribute p on p.attrelid = c.confrelid and p.attnum = c.confkey[1]
                        where c.contype = 'f' and cardinality(c.conkey) = 1
                        order by 1, 2""")) {
            while (rows.next()) {
                keys.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
            }
        }
        return keys;
    }

    private static List<String> textColumns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ?
                  and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
                order by ordinal_position""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** How the anonymised birth dates were reduced. */
    private static Map<String, Long> births(Connection connection, List<UUID> records) throws SQLException {
        Map<String, Long> births = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select case when birth_date is null then 'none (year or nothing)'
                            when extract(month from birth_date) = 1 and extract(day from birth_date) = 1
                                then 'to 1 January'
                            when extract(day from birth_date) = 1 then 'to the first of the month'
                            else 'kept (a band boundary near a reported date)' end, count(*)
                from client where id = any(cast(? as uuid[])) group by 1""")) {
            query.setArray(1, connection.createArrayOf("uuid", records.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    births.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return births;
    }

    private static List<UUID> ids(Connection connection, String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
