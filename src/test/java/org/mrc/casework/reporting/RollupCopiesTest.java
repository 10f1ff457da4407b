package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every narrower copy of a rollup holds exactly the rollup's sums over the columns the copy keeps. Checked on
 * synthetic rollup rows (two values per column, in one month no dataset uses) so that every copy has rows to merge,
 * inside a transaction that is rolled back; the copy is compared, in SQL over the columns its table really has, with a
 * GROUP BY of the rollup, not with the statement that filled it.
 */
@QuarkusTest
class RollupCopiesTest {

    private static final int SYNTHETIC_ROWS = 60;
    private static final UUID[] IDS = {UUID.fromString("0190f000-0000-7000-8000-00000000c0a1"), UUID.randomUUID()};

    @Inject
    DataSource dataSource;

    @Test
    void everyCopyHoldsTheSumsOfItsRollupOverTheColumnsItKeeps() throws SQLException {
        int copies = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Random random = new Random(20261129L);
                for (Report report : Report.values()) {
                    Measures.Supplement supplement = report.measures().supplement();
                    addSyntheticRows(connection, report.table(), random);
                    if (supplement != null) {
                        addSyntheticRows(connection, supplement.table(), random);
                    }
                    try (Statement statement = connection.createStatement()) {
                        for (ReportRefresh.Derived derived : ReportRefresh.derivedTables(report)) {
                            statement.executeUpdate("delete from " + derived.table());
                            statement.executeUpdate(derived.fill());
                        }
                    }
                    for (RollupCopy copy : report.narrower()) {
                        assertHoldsTheSums(connection, report.table(), copy.table());
                        copies++;
                    }
                    for (RollupCopy copy : supplement == null ? List.<RollupCopy>of() : supplement.narrower()) {
                        assertHoldsTheSums(connection, supplement.table(), copy.table());
                        copies++;
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        assertEquals(12, copies, "copies checked (the caseload, movement, return and referral ones)");
    }

    /** Rows for one month with each key column drawn from two values and each sum from 0-9. */
    private static void addSyntheticRows(Connection connection, String table, Random random) throws SQLException {
        List<String[]> columns = columns(connection, table);
        List<String> names = columns.stream().map(c -> c[0]).toList();
        try (Statement statement = connection.createStatement()) {
            for (int row = 0; row < SYNTHETIC_ROWS; row++) {
                List<String> values = new ArrayList<>();
                for (String[] column : columns) {
                    boolean second = random.nextBoolean();
                    values.add(
                            switch (column[1]) {
                                case "date" -> "date '2001-01-01'";
                                case "uuid" ->
                                    column[0].equals("office_id")
                                            ? "'" + IDS[0] + "'"
                                            : "'" + IDS[second ? 1 : 0] + "'";
                                case "ARRAY" -> second ? "'{A,B}'" : "'{A}'";
                                case "smallint" -> second ? "1" : "0";
                                case "bigint" -> Integer.toString(random.nextInt(10));
                                default ->
                                    column[0].equals("kind")
                                            ? second ? "'COMPLETION'" : "'FIRST_RESPONSE'"
                                            : second ? "'B'" : "'A'";
                            });
                }
                statement.executeUpdate("insert into " + table + " (" + String.join(", ", names) + ") values ("
                        + String.join(", ", values) + ")");
            }
        }
    }

    /** Key columns are all but the bigint sums. */
    private static void assertHoldsTheSums(Connection connection, String rollup, String copy) throws SQLException {
        List<String> keys = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        for (String[] column : columns(connection, copy)) {
            (column[1].equals("bigint") ? sums : keys).add(column[0]);
        }
        assertFalse(keys.isEmpty() || sums.isEmpty(), copy);
        String expected = "select " + String.join(", ", keys) + ", "
                + String.join(
                        ", ", sums.stream().map(c -> "sum(" + c + ")::bigint").toList()) + " from " + rollup
                + " group by " + String.join(", ", keys);
        String held = "select " + String.join(", ", keys) + ", " + String.join(", ", sums) + " from " + copy;
        String sql = "select (select count(*) from " + copy + "), (select count(*) from " + rollup
                + "), (select count(*) from ((" + expected + " except all " + held + ") union all (" + held
                + " except all " + expected + ")) d)";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            assertTrue(result.getLong(1) > 0, () -> copy + " is empty");
            assertTrue(result.getLong(1) < result.getLong(2), () -> copy + " merges no rows of " + rollup);
            assertEquals(0, result.getLong(3), () -> copy + " differs from the sums of " + rollup);
        }
    }

    /** Name and data type of each column, in table order. */
    private static List<String[]> columns(Connection connection, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select column_name, data_type from"
                + " information_schema.columns where table_name = ? order by ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        assertFalse(columns.isEmpty(), table);
        return columns;
    }
}
