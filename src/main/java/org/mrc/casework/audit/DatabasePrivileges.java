package org.mrc.casework.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the database role a connection runs as could do to erase or rewrite the audit trail. The trail's triggers
 * refuse updates, deletes and truncation, but a role that is a superuser, owns (or may become the owner of) an
 * audit table or one of its functions, may set {@code session_replication_role}, holds write or trigger privileges
 * on the trail, or may create roles (and so, before PostgreSQL 16, grant itself the owner's) can lift them. The
 * service's own role should be able to do none of this: see {@code deploy/db-roles.sql}.
 *
 * <p>Findings name roles, tables and privileges only.
 */
public final class DatabasePrivileges {

    private static final String AUDIT_RELATIONS = """
            select c.relname,
                   pg_has_role(current_user, c.relowner, 'MEMBER'),
                   has_table_privilege(current_user, c.oid, 'UPDATE'),
                   has_table_privilege(current_user, c.oid, 'DELETE'),
                   has_table_privilege(current_user, c.oid, 'TRUNCATE'),
                   has_table_privilege(current_user, c.oid, 'TRIGGER'),
                   c.relname = 'audit_chain' and has_table_privilege(current_user, c.oid, 'INSERT')
            from pg_class c
            where c.relnamespace = to_regnamespace(current_schema())
              and c.relkind in ('r', 'p')
              and starts_with(c.relname, 'audit_')
            order by c.relname""";

    private static final String AUDIT_FUNCTIONS = """
            select p.proname
            from pg_proc p
            where p.pronamespace = to_regnamespace(current_schema())
              and starts_with(p.proname, 'audit_')
              and pg_has_role(current_user, p.proowner, 'MEMBER')
            order by p.proname""";

    private DatabasePrivileges() {}

    /** Every way the connection's role could lift the trail's protection; empty when it can do none. */
    public static List<String> risks(Connection connection) throws SQLException {
        List<String> risks = new ArrayList<>();
        String role;
        try (PreparedStatement statement = connection.prepareStatement(
                        "select current_user, rolsuper, rolcreaterole, current_setting('server_version_num')::int"
                                + " from pg_roles where rolname = current_user");
                ResultSet row = statement.executeQuery()) {
            row.next();
            role = row.getString(1);
            if (row.getBoolean(2)) {
                // a superuser can do everything below and more: naming each would only hide the point
                return List.of("role " + role + " is a superuser");
            }
            if (row.getBoolean(3)) {
                risks.add("role " + role + " may create roles (and grant itself other roles' privileges)");
            }
            if (row.getInt(4) >= 150000 && maySetReplicationRole(connection)) {
                risks.add("role " + role + " may set session_replication_role, which disables the audit triggers");
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(AUDIT_RELATIONS);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (rows.getBoolean(2)) {
                    risks.add("role " + role + " owns, or is a member of the role that owns, table " + table);
                }
                String[] privileges = {"UPDATE", "DELETE", "TRUNCATE", "TRIGGER", "INSERT"};
                for (int i = 0; i < privileges.length; i++) {
                    if (rows.getBoolean(3 + i)) {
                        risks.add("role " + role + " holds " + privileges[i] + " on table " + table);
                    }
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(AUDIT_FUNCTIONS);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                risks.add(
                        "role " + role + " owns, or is a member of the role that owns, function " + rows.getString(1));
            }
        }
        return risks;
    }

    private static boolean maySetReplicationRole(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "select has_parameter_privilege(current_user, 'session_replication_role', 'SET')");
                ResultSet row = statement.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }
}
