package org.mrc.casework.shared.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Every shape in which a restarting, crashed, stopping or starting database reaches us, and the near misses. */
class DatabaseFaultsTest {

    /** What PostgreSQL, pgjdbc and Agroal raise themselves. */
    private static final Map<String, Throwable> FAULTS = Map.ofEntries(
            Map.entry(
                    "connection refused (08001)",
                    new PSQLException(
                            "Connection to localhost:5432 refused",
                            PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                            new ConnectException("Connection refused"))),
            Map.entry(
                    "I/O error (08006)",
                    new PSQLException(
                            "An I/O error occurred while sending to the backend.",
                            PSQLState.CONNECTION_FAILURE,
                            new SocketException("Connection reset"))),
            Map.entry(
                    "I/O error without a state",
                    new PSQLException("An I/O error occurred while sending to the backend.", null, new EOFException())),
            Map.entry(
                    "closed connection (08003)",
                    new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)),
            Map.entry("closed connection without a state", new SQLException("This connection has been closed.")),
            Map.entry(
                    "admin shutdown (57P01)",
                    new SQLException("terminating connection due to administrator command", "57P01")),
            Map.entry(
                    "crash shutdown (57P02)",
                    new SQLException("terminating connection because of crash of another server process", "57P02")),
            Map.entry("cannot connect now (57P03)", new SQLException("the database system is starting up", "57P03")),
            Map.entry("Agroal acquisition timeout", new SQLException("Sorry, acquisition timeout!")),
            Map.entry("transient connection failure", new SQLTransientConnectionException("pool exhausted")),
            Map.entry(
                    "socket timeout under the driver",
                    new PSQLException(
                            "An I/O error occurred while sending to the backend.",
                            PSQLState.CONNECTION_FAILURE,
                            new SocketTimeoutException("Read timed out"))));

    @Test
    void everyDriverAndPoolSignOfALostDatabaseIsAnOutage() {
        FAULTS.forEach((name, fault) -> assertTrue(DatabaseFaults.unavailable(fault), name));
    }

    @Test
    void theSameFaultsWrappedByHibernateJtaAndJpaAreOutagesToo() {
        FAULTS.forEach((name, fault) -> {
            for (Throwable wrapped : wrappers(fault)) {
                assertTrue(DatabaseFaults.unavailable(wrapped), name + " inside " + describe(wrapped));
            }
        });
    }

    @Test
    void socketFailuresReportedByTheDatabaseLayerWithoutAStateAreOutages() {
        assertTrue(DatabaseFaults.unavailable(new GenericJDBCException(
                "could not execute statement", new SQLException("unexpected", null, new SocketException("reset")))));
        assertTrue(DatabaseFaults.unavailable(
                new PersistenceException("flush failed", new IOException("wrapper", new EOFException()))));
    }

    @Test
    void ruleViolationsAndBugsStayUnexpected() {
        List<Throwable> others = List.of(
                new SQLException("duplicate key value", "23505"),
                new SQLException("syntax error at or near", "42601"),
                new SQLException("could not serialize access", "40001"),
                new SQLException("division by zero", "22012"),
                new SQLException("no state, no hint"),
                new ConstraintViolationException("dup", new SQLException("dup", "23505"), "uq"),
                new PersistenceException(new IllegalStateException("bug")),
                new IllegalStateException("bug"));
        for (Throwable other : others) {
            for (Throwable wrapped : wrappers(other)) {
                if (!(wrapped instanceof JDBCConnectionException)) {
                    assertFalse(DatabaseFaults.unavailable(wrapped), describe(wrapped));
                }
            }
        }
    }

    @Test
    void aConnectAttemptThatFailsInAnyWayIsAnOutageUnlessTheCredentialsAreWrong() {
        PSQLException interrupted = connecting(new PSQLException(
                "Something unusual has occurred to cause the driver to fail. Please report this exception.",
                PSQLState.UNEXPECTED_ERROR,
                new RuntimeException("Interrupted while attempting to connect.")));
        for (Throwable wrapped : wrappers(interrupted)) {
            assertTrue(DatabaseFaults.unavailable(wrapped), describe(wrapped));
        }
        assertFalse(
                DatabaseFaults.unavailable(connecting(new SQLException("password authentication failed", "28P01"))));
        assertFalse(DatabaseFaults.unavailable(connecting(new SQLException("database does not exist", "3D000"))));
        assertFalse(
                DatabaseFaults.unavailable(new PSQLException("Something unusual", PSQLState.UNEXPECTED_ERROR)),
                "not while connecting");
    }

    private static <T extends SQLException> T connecting(T e) {
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.postgresql.Driver", "connect", "Driver.java", 321),
            new StackTraceElement("io.agroal.pool.ConnectionFactory", "createConnection", "ConnectionFactory.java", 225)
        });
        return e;
    }

    @Test
    void ioFailuresOutsideTheDatabaseLayerAreNotClaimed() {
        assertFalse(DatabaseFaults.unavailable(new SocketException("an outbound call")));
        assertFalse(DatabaseFaults.unavailable(new IOException("a client went away", new EOFException())));
        assertFalse(DatabaseFaults.unavailable(new IllegalStateException(new SocketTimeoutException("read"))));
    }

    @Test
    void causeCyclesSuppressedAndChainedExceptionsAreWalkedOnce() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseFaults.unavailable(first));

        IllegalStateException withSuppressed = new IllegalStateException("rollback failed");
        withSuppressed.addSuppressed(new SQLException("terminating connection", "57P01"));
        assertTrue(DatabaseFaults.unavailable(withSuppressed));

        SQLException batch = new SQLException("batch entry 0 failed", "25P02");
        batch.setNextException(new SQLException("I/O", "08006"));
        assertTrue(DatabaseFaults.unavailable(batch));
    }

    private static List<Throwable> wrappers(Throwable fault) {
        SQLException sql = fault instanceof SQLException s ? s : new SQLException("wrapped", fault);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new PersistenceException(fault));
        return List.of(
                fault,
                new JDBCConnectionException("Unable to acquire JDBC Connection", sql),
                new GenericJDBCException("could not execute query", sql),
                new PersistenceException("org.hibernate.exception.GenericJDBCException", fault),
                rollback,
                new RuntimeException(new jakarta.enterprise.inject.CreationException(fault)));
    }

    private static String describe(Throwable t) {
        StringBuilder chain = new StringBuilder();
        for (Throwable c = t; c != null && chain.length() < 500; c = c.getCause() == c ? null : c.getCause()) {
            chain.append(c.getClass().getSimpleName()).append(" > ");
        }
        return chain.toString();
    }
}
