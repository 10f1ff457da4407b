package org.mrc.casework.shared.problem;

import jakarta.persistence.PersistenceException;
import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.hibernate.HibernateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * The one rule that tells a database that is (for the moment) gone from any other failure. While PostgreSQL
 * restarts, recovers from a crash, shuts down or is still starting, requests fail in many shapes: a connection-class
 * SQL state (08xxx), an operator or crash shutdown of the backend (57P01 admin shutdown, 57P02 crash shutdown, 57P03
 * cannot connect now), the driver's own I/O errors on a connection cut mid-request (a {@code PSQLException} with
 * state 08006 or none, wrapping a {@link SocketException} or an {@link EOFException}), the pool's acquisition
 * timeout, and any of those wrapped by Hibernate, Narayana (JTA) or RESTEasy. The whole cause chain is walked,
 * including suppressed exceptions and {@link SQLException#getNextException() chained SQL exceptions}, so a new
 * wrapper cannot turn an outage into a 500.
 *
 * <p>Proof obligation: {@code DatabaseFaultsTest} lists every member of the class and the near misses that must stay
 * 500s (a constraint violation, a syntax error, an I/O failure with no database exception in its chain), and {@code DatabaseCrashTest} crashes the real server under load.
 */
public final class DatabaseFaults {

    /** admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseFaults() {}

    /**
     * Whether {@code failure} (or anything in its cause chain) is the database refusing a write because of the named
     * constraint: a rule the database enforces against concurrent requests (one open episode, one active link, one
     * entry per language) that the service turns into its own problem.
     */
    public static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} means the database cannot be reached now, so the request may be retried later. */
    public static boolean unavailable(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure == null) {
            return false;
        }
        pending.add(failure);
        boolean fromDatabase = false;
        boolean interruptedIo = false;
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isFault(t)) {
                return true;
            }
            fromDatabase |=
                    t instanceof SQLException || t instanceof PersistenceException || t instanceof HibernateException;
            interruptedIo |=
                    t instanceof SocketException || t instanceof EOFException || t instanceof InterruptedIOException;
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            Collections.addAll(pending, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        // the socket under a JDBC connection reset, refused, closed or ended mid-message, reported through a wrapper
        // that kept no SQL state; an I/O failure outside the database layer (no JDBC or JPA exception in the chain)
        // is not claimed
        return fromDatabase && interruptedIo;
    }

    private static boolean isFault(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state))) {
                return true;
            }
            if (whileConnecting(sql) && (state == null || !(state.startsWith("28") || state.startsWith("3D")))) {
                // no connection could be opened: refused, cut or interrupted while connecting (pgjdbc's XX000
                // "Something unusual has occurred" when the pool gives up on the attempt); wrong credentials or a
                // missing database are configuration faults, not outages
                return true;
            }
            String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
            // Agroal: "Sorry, acquisition timeout!"; pgjdbc without a state: "An I/O error occurred while sending to
            // the backend" and "This connection has been closed"
            return message.contains("acquisition timeout")
                    || (state == null
                            && (message.contains("an i/o error occurred")
                                    || message.contains("connection has been closed")
                                    || message.contains("connection is closed")));
        }
        return false;
    }

    private static boolean whileConnecting(SQLException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if ((frame.getClassName().equals("org.postgresql.Driver")
                            && frame.getMethodName().equals("connect"))
                    || (frame.getClassName().equals("io.agroal.pool.ConnectionFactory")
                            && frame.getMethodName().equals("createConnection"))) {
                return true;
            }
        }
        return false;
    }
}
