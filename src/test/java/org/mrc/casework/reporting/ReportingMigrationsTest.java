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
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * The reporting functions and views live in repeatable migrations ({@code R__report_*.sql}): a database already at
 * the production version (V120, before any of them existed) upgrades cleanly, and ends with exactly the reporting
 * schema of a fresh database (the test database, migrated at start): same function bodies, views, table columns and
 * indexes.
 */
@QuarkusTest
class ReportingMigrationsTest {

    private static final String PRODUCTION_VERSION = "120";

    /** The reporting schema, as text to compare: every function, view, column and index of reporting. */
    private static final String SCHEMA = """
            select 'function ' || p.proname || ': ' || pg_get_functiondef(p.oid)
            from pg_proc p
            where p.pronamespace = 'public'::regnamespace and (p.proname like 'report\\_%' or p.proname like 'mrc\\_%')
            union all
            select 'view ' || viewname || ': ' || definition from pg_views
            where schemaname = 'public' and viewname like 'report\\_%'
            union all
            select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
            from information_schema.columns where table_schema = 'public' and table_name like 'report\\_%'
            union all
            select 'index ' || indexdef from pg_indexes where schemaname = 'public' and tablename like 'report\\_%'
            order by 1""";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aDatabaseAtTheProductionVersionUpgradesToTheReportingSchemaOfAFreshOne() throws SQLException {
        try (ScratchDatabase database = ScratchDatabase.create(dataSource, "upgrade", url, user, password)) {
            // production: every versioned migration up to V120, and no repeatable one (none existed then)
            database.migrate(configuration -> configuration
                    .repeatableSqlMigrationPrefix("NOT_YET_")
                    .target(MigrationVersion.fromVersion(PRODUCTION_VERSION)));
            assertFalse(schema(database).isEmpty());

            Flyway upgrade = database.flyway();
            assertTrue(upgrade.migrate().success);
            assertTrue(
                    Arrays.stream(upgrade.info().applied())
                            .anyMatch(
                                    m -> m.getVersion() == null && m.getScript().startsWith("R__report_")),
                    "the repeatable reporting migrations were applied");
            List<String> fresh;
            try (Connection connection = dataSource.getConnection()) {
                fresh = schema(connection);
            }
            assertEquals(fresh, schema(database));
        }
    }

    private static List<String> schema(ScratchDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return schema(connection);
        }
    }

    private static List<String> schema(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SCHEMA)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }
}
