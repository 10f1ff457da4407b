package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.Tokens;

/**
 * Reports read through the optional {@code reporting} datasource (a replica in production; the test database here),
 * recognisable by its application name, while the rebuild and everything else use the primary's pool.
 */
@QuarkusTest
class ReportReadsTest {

    @Inject
    DataSource primary;

    @Test
    void reportFiguresAndTheirFreshnessAreReadThroughTheReportingDatasource() throws SQLException {
        ReportFixtures.refresh();
        Api.as(Tokens.of("analyst")).get("/reports/caseload").then().statusCode(200);

        try (Connection connection = primary.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select count(*) from pg_stat_activity
                        where application_name = 'mrc-casework-reports' and datname = current_database()""");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            assertTrue(rows.getInt(1) >= 1, "no connection of the reporting datasource");
        }
    }
}
