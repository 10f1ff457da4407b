package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
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

/**
 * Synthetic rows for the rollup tables, written from the columns each table really has (information_schema): every key
 * column drawn from two values and every sum from 0-9, in months no dataset uses, so that the copies computed from
 * them have rows to merge. Tests write them inside a transaction they roll back.
 */
final class SyntheticRollups {

    /** The two offices (and partners) of the synthetic rows. */
    static final UUID[] IDS = {UUID.fromString("0190f000-0000-7000-8000-00000000c0a1"), UUID.randomUUID()};

    /** The months of the synthetic rows. */
    static final String[] MONTHS = {"2001-01", "2001-02"};

    private SyntheticRollups() {}

    /**
     * Adds {@code rows} rows to {@code table}: in the first synthetic month and office only, or ({@code spread})
     * across both months and offices.
     */
    static void add(Connection connection, String table, Random random, int rows, boolean spread) throws SQLException {
        List<String[]> columns = columns(connection, table);
        List<String> names = columns.stream().map(c -> c[0]).toList();
        try (Statement statement = connection.createStatement()) {
            for (int row = 0; row < rows; row++) {
                List<String> values = new ArrayList<>();
                for (String[] column : columns) {
                    values.add(value(column[0], column[1], random, spread));
                }
                statement.executeUpdate("insert into " + table + " (" + String.join(", ", names) + ") values ("
                        + String.join(", ", values) + ")");
            }
        }
    }

    private static String value(String column, String type, Random random, boolean spread) {
        if (type.equals("bigint")) {
            return Integer.toString(random.nextInt(10));
        }
        boolean second = random.nextBoolean();
        int pick = second ? 1 : 0;
        return switch (type) {
            case "date" -> "date '" + MONTHS[spread ? pick : 0] + "-01'";
            case "uuid" -> "'" + IDS[column.equals("office_id") && !spread ? 0 : pick] + "'";
            case "ARRAY" -> second ? "'{A,B}'" : "'{A}'";
            case "smallint" -> Integer.toString(pick);
            default ->
                switch (column) {
                    case "kind" -> second ? "'COMPLETION'" : "'FIRST_RESPONSE'";
                    case "provider" -> second ? "'P:" + IDS[1] + "'" : "'O:" + IDS[0] + "'";
                    default -> second ? "'B'" : "'A'";
                };
        };
    }

    /**
     * Synthetic rows ({@link #add}) in the report's rollup and its supplement, then every table derived from them
     * ({@link ReportRefresh#derivedTables}) emptied and filled over every partition, as a rebuild fills them.
     */
    static void rollupAndCopies(Connection connection, Report report, Random random, int rows, boolean spread)
            throws SQLException {
        add(connection, report.table(), random, rows, spread);
        Measures.Supplement supplement = report.measures().supplement();
        if (supplement != null) {
            add(connection, supplement.table(), random, rows, spread);
        }
        everyPartition(connection);
        try (Statement statement = connection.createStatement()) {
            for (ReportRefresh.Derived derived : ReportRefresh.derivedTables(report)) {
                statement.executeUpdate("delete from " + derived.table());
                statement.executeUpdate(derived.fill());
            }
        }
    }

    /**
     * Lists every office, the synthetic ones included, as a partition to compute from the start (what a rebuild lists
     * before it fills the copies), inside the caller's transaction.
     */
    static void everyPartition(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into report_partition"
                + " select id, '-infinity'::date from office union select unnest(?::uuid[]), '-infinity'::date")) {
            statement.setArray(1, connection.createArrayOf("uuid", IDS));
            statement.executeUpdate();
        }
    }

    /** Name and data type of each column of {@code table}, in table order. */
    static List<String[]> columns(Connection connection, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select column_name, data_type from"
                + " information_schema.columns where table_schema = current_schema() and table_name = ?"
                + " order by ordinal_position")) {
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

    /** A data source handing out {@code connection} itself (closing it does nothing): reads see its transaction. */
    static DataSource sharing(Connection connection) {
        Connection kept = (Connection) Proxy.newProxyInstance(
                SyntheticRollups.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : invoke(method, connection, args));
        return (DataSource) Proxy.newProxyInstance(
                SyntheticRollups.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return kept;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
