package org.mrc.casework.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The start-up guard's checks, run against the real PostgreSQL: the test suite's superuser is refused, a role set
 * up like {@code deploy/db-roles.sql}'s service role passes, and each privilege that could lift the trail's
 * protection is named.
 */
@QuarkusTest
class DatabasePrivilegesTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void aSuperuserThatOwnsTheTrailIsRefused() throws SQLException {
        List<String> risks;
        try (Connection connection = dataSource.getConnection()) {
            risks = DatabasePrivileges.risks(connection);
        }
        assertEquals(List.of("role postgres is a superuser"), risks);
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> AuditTrailGuard.check(risks, false));
        assertTrue(refused.getMessage().contains("MRC_ALLOW_PRIVILEGED_DB_ROLE"));
        AuditTrailGuard.check(risks, true); // the documented override starts, with a WARN
    }

    @Test
    void anOwnerRoleIsRefusedForOwningTheTrail() throws Exception {
        String owner = "guard_owner_" + UUID.randomUUID().toString().substring(0, 8);
        String schema = "guard_" + owner.substring(12);
        admin("create role " + owner + " login password 'app'", "create schema " + schema + " authorization " + owner);
        try (Connection connection = DriverManager.getConnection(url.replaceFirst("\\?.*$", ""), owner, "app");
                Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            statement.execute(migration("V2__audit_entry.sql"));
            List<String> risks = DatabasePrivileges.risks(connection);
            assertTrue(
                    risks.contains("role " + owner + " owns, or is a member of the role that owns, table audit_entry"),
                    risks.toString());
            assertTrue(
                    risks.contains("role " + owner
                            + " owns, or is a member of the role that owns, function audit_entry_refuse_change"),
                    risks.toString());
        } finally {
            admin("drop schema " + schema + " cascade", "drop role " + owner);
        }
    }

    @Test
    void aServiceRoleThatOwnsNothingPassesAndEachDangerousPrivilegeIsNamed() throws Exception {
        String role = "guard_app_" + UUID.randomUUID().toString().substring(0, 8);
        admin(
                "create role " + role + " login password 'app'",
                "grant usage on schema public to " + role,
                "grant select, insert on audit_entry to " + role,
                "grant select on audit_chain to " + role);
        try {
            assertEquals(List.of(), risksOf(role), "a role like mrc_app may run the service");

            admin(
                    "grant update, delete, truncate, trigger on audit_entry to " + role,
                    "grant insert on audit_chain to " + role);
            assertEquals(
                    List.of(
                            "role " + role + " holds INSERT on table audit_chain",
                            "role " + role + " holds UPDATE on table audit_entry",
                            "role " + role + " holds DELETE on table audit_entry",
                            "role " + role + " holds TRUNCATE on table audit_entry",
                            "role " + role + " holds TRIGGER on table audit_entry"),
                    risksOf(role));

            // what runs after every migrate (V101 defines it) takes these back and leaves the role harmless again
            admin(migration("afterMigrate.sql"));
            assertEquals(List.of(), risksOf(role));

            admin("alter role " + role + " createrole");
            assertEquals(
                    List.of("role " + role + " may create roles (and grant itself other roles' privileges)"),
                    risksOf(role));
            admin("alter role " + role + " nocreaterole", "grant set on parameter session_replication_role to " + role);
            assertEquals(
                    List.of("role " + role + " may set session_replication_role, which disables the audit triggers"),
                    risksOf(role));
            admin("revoke set on parameter session_replication_role from " + role, "grant postgres to " + role);
            assertTrue(
                    risksOf(role)
                            .contains(
                                    "role " + role + " owns, or is a member of the role that owns, table audit_entry"),
                    "a member of the owner's role could disable the triggers");
        } finally {
            admin(
                    "revoke postgres from " + role,
                    "revoke all on audit_entry, audit_chain from " + role,
                    "revoke usage on schema public from " + role,
                    "drop role " + role);
        }
    }

    private List<String> risksOf(String role) throws SQLException {
        // the suite's URL names its own user: connect to the same database as the role under test
        try (Connection connection = DriverManager.getConnection(url.replaceFirst("\\?.*$", ""), role, "app")) {
            return DatabasePrivileges.risks(connection);
        }
    }

    private void admin(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = DatabasePrivilegesTest.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
