package org.mrc.casework.reporting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A database of its own on the test server, created empty and dropped again on close, for a test that migrates or
 * loads data the shared test database must not see.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final DataSource admin;
    private final String name;
    private final String url;
    private final String user;
    private final String password;

    private ScratchDatabase(DataSource admin, String name, String url, String user, String password) {
        this.admin = admin;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Creates it through {@code admin} (a superuser's pool), beside the database {@code url} names. */
    public static ScratchDatabase create(DataSource admin, String prefix, String url, String user, String password)
            throws SQLException {
        String name =
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "create database " + name);
        return new ScratchDatabase(admin, name, url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), user, password);
    }

    /** Runs the service's migrations on it, configured further by {@code configure}. */
    public void migrate(UnaryOperator<FluentConfiguration> configure) {
        configure
                .apply(Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration"))
                .load()
                .migrate();
    }

    public Flyway flyway() {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        execute(admin, "drop database " + name + " with (force)");
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
