package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every narrower copy of a rollup holds exactly the rollup's sums over the columns the copy keeps. Checked on
 * synthetic rollup rows ({@link SyntheticRollups}, one month and office) so that every copy has rows to merge, inside
 * a transaction that is rolled back; the copy is compared, in SQL over the columns its table really has, with a
 * GROUP BY of the rollup, not with the statement that filled it.
 */
@QuarkusTest
class RollupCopiesTest {

    private static final int SYNTHETIC_ROWS = 60;

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
                    SyntheticRollups.rollupAndCopies(connection, report, random, SYNTHETIC_ROWS, false);
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

    /** Key columns are all but the bigint sums. */
    private static void assertHoldsTheSums(Connection connection, String rollup, String copy) throws SQLException {
        List<String> keys = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        for (String[] column : SyntheticRollups.columns(connection, copy)) {
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
}
