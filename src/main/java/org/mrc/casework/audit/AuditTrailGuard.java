package org.mrc.casework.audit;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Refuses to start a production instance whose database role could erase or rewrite the audit trail (see
 * {@link DatabasePrivileges}): the trail would then be only as trustworthy as the service's credentials. An
 * operator who must run so anyway (a single-role test installation) sets {@code MRC_ALLOW_PRIVILEGED_DB_ROLE=true};
 * the instance then starts and says, at WARN, what its role could do.
 */
public class AuditTrailGuard {

    private static final Logger LOG = Logger.getLogger(AuditTrailGuard.class);

    void requireUnprivilegedRole(@Observes StartupEvent event, DataSource dataSource, AuditConfig config)
            throws SQLException {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> risks;
        try (Connection connection = dataSource.getConnection()) {
            risks = DatabasePrivileges.risks(connection);
        }
        check(risks, config.allowPrivilegedDbRole());
    }

    /** Throws when there are risks and no override; with the override, logs them at WARN. */
    static void check(List<String> risks, boolean allowPrivilegedRole) {
        if (risks.isEmpty()) {
            return;
        }
        String findings = String.join("; ", risks);
        if (!allowPrivilegedRole) {
            throw new IllegalStateException("The database role could erase or rewrite the audit trail (" + findings
                    + "). Connect as a role that owns nothing (deploy/db-roles.sql: MRC_DB_USER=mrc_app, migrations"
                    + " as MRC_DB_MIGRATION_USER=mrc_owner), or set MRC_ALLOW_PRIVILEGED_DB_ROLE=true to accept it");
        }
        LOG.warnf(
                "MRC_ALLOW_PRIVILEGED_DB_ROLE is set: starting although the database role could erase or rewrite"
                        + " the audit trail (%s)",
                findings);
    }
}
