package org.mrc.casework.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every table that holds rows about a client is shown by the subject-access report. The tables are found in the
 * schema, not listed by hand: every table whose foreign keys lead to {@code client}, directly or through another such
 * table (a phase change through its episode, a referral event through its referral), read from {@code pg_constraint}.
 * A new table linked to a client fails this test until {@link SubjectAccessService#TABLES} names the member of the
 * report that shows it, or {@link #NOT_IN_THE_REPORT} says why it holds nothing about the person.
 */
@QuarkusTest
class SubjectAccessCoverageTest {

    /** Tables linked to a client that the report does not show, each with the reason. */
    static final Map<String, String> NOT_IN_THE_REPORT = Map.of(
            "legal_hold",
            "a hold records pending legal claims; whether to tell the person is the data-protection officer's call"
                    + " (GDPR art. 23(1)(j)); they read it at GET /clients/{id}/legal-holds",
            "erasure_request",
            "the person's own requests, answered to them when decided; an executed one leaves no record to report on");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyTableLinkedToAClientIsShownByTheReportOrExcludedWithAReason() throws SQLException {
        Set<String> linked = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        with recursive linked(rel) as (
                            select 'client'::regclass
                            union
                            select c.conrelid::regclass
                            from pg_constraint c join linked l on c.confrelid = l.rel
                            where c.contype = 'f'
                        )
                        select rel::text from linked
                        """)) {
            while (rows.next()) {
                linked.add(rows.getString(1));
            }
        }
        Set<String> uncovered = new TreeSet<>(linked);
        uncovered.removeAll(SubjectAccessService.TABLES.keySet());
        uncovered.removeAll(NOT_IN_THE_REPORT.keySet());
        assertEquals(
                Set.of(),
                uncovered,
                "tables linked to a client that the subject-access report does not show: name the member that shows"
                        + " them in SubjectAccessService.TABLES (or exclude them here with a reason)");

        Set<String> stale = new TreeSet<>(SubjectAccessService.TABLES.keySet());
        stale.addAll(NOT_IN_THE_REPORT.keySet());
        stale.removeAll(linked);
        assertEquals(Set.of(), stale, "the report names only tables that exist and are linked to a client");
        System.out.printf("Subject access: %d tables linked to a client, all shown by the report%n", linked.size());
    }
}
