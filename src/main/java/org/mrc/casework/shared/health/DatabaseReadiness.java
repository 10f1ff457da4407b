package org.mrc.casework.shared.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mrc.casework.shared.problem.DatabaseFaults;

/**
 * Ready while a new connection to the database can be opened and validated. It opens its own connection instead of
 * borrowing one from the pool (as the built-in check does, switched off by quarkus.datasource.health.enabled): when
 * the database crashes under load every pooled connection may be held by a request that is waiting for the pool, and
 * a borrowing check then waits the whole acquisition timeout before it can say DOWN. A refused or reset connection
 * fails at once; an unanswered one within the driver's connect and login timeouts (2 s).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String NAME = "Database connections health check";

    private final AgroalDataSource dataSource;

    public DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return dataSource.isHealthy(true)
                    ? HealthCheckResponse.named(NAME).up().build()
                    : HealthCheckResponse.named(NAME)
                            .down()
                            .withData("reason", "validation failed")
                            .build();
        } catch (SQLException e) {
            // the SQL state only: a driver message may name the host or the role
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("reason", DatabaseFaults.unavailable(e) ? "unreachable" : "failed")
                    .withData("sqlState", String.valueOf(e.getSQLState()))
                    .build();
        }
    }
}
