package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The service's database role owns no table (deploy/db-roles.sql), and ANALYZE needs the owner: a plain ANALYZE by
 * that role only warns and writes no statistics, so the rebuild goes through report_analyze, which the owner lends for
 * report tables only. Checked with a role like the service's, in a transaction that is rolled back.
 */
@QuarkusTest
class ReportAnalyzeTest {

    @Inject
    DataSource dataSource;

    @Test
    void aRoleThatOwnsNothingGetsStatisticsThroughReportAnalyzeAndOnlyForReportTables() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("create table report_analyze_probe (a int)");
                statement.execute("insert into report_analyze_probe select g from generate_series(1, 500) g");
                statement.execute("create role report_analyze_probe_app");
                statement.execute("grant select, insert, update, delete on report_analyze_probe"
                        + " to report_analyze_probe_app");
                statement.execute("set local role report_analyze_probe_app");

                statement.execute("analyze report_analyze_probe");
                assertEquals(0, statistics(statement), "a plain ANALYZE by a role that owns nothing");

                statement.execute("select report_analyze('report_analyze_probe')");
                assertEquals(1, statistics(statement), "ANALYZE through report_analyze");

                SQLException refused =
                        assertThrows(SQLException.class, () -> statement.execute("select report_analyze('client')"));
                assertEquals("P0001", refused.getSQLState());
            } finally {
                connection.rollback();
            }
        }
    }

    /** Column statistics the planner has for the probe table (read as the test's own role). */
    private static int statistics(Statement statement) throws SQLException {
        statement.execute("reset role");
        try (ResultSet rows = statement.executeQuery(
                "select count(*) from pg_statistic where starelid = 'report_analyze_probe'::regclass")) {
            rows.next();
            return rows.getInt(1);
        } finally {
            statement.execute("set local role report_analyze_probe_app");
        }
    }
}
