package org.mrc.casework.lifecycle.retention;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.Tokens;

/**
 * The retention rules through the API and the job on a handful of clients whose last activity is years back: a
 * closed case (anonymised), the same under a legal hold (skipped, counted as held), the same linked to an active
 * household member (left, counted as waiting), a pseudonymous intake (anonymised); the dry run reports exactly what
 * the run then does, changes nothing, and an interrupted run resumes where its last batch ended. A rule switched to
 * ERASE erases.
 */
@QuarkusTest
class RetentionJobTest {

    @Inject
    DataSource dataSource;

    @Inject
    RetentionJob job;

    @Inject
    RetentionBatches batches;

    @Test
    void theJobAnonymisesWhatIsDueSkipsHeldClientsAndHouseholdsInPartsAndItsDryRunSaysSoBeforehand()
            throws SQLException {
        RetentionFixtures.Office office = RetentionFixtures.office();
        String due = RetentionFixtures.closedCase(office, "Due");
        String held = RetentionFixtures.closedCase(office, "Held");
        String linked = RetentionFixtures.closedCase(office, "Linked");
        String active = ClientFixtures.registerId(office.code(), ClientFixtures.person("Active", "Kin"));
        HouseholdFixtures.linked(office.staff(), linked, HouseholdFixtures.link(active, "SIBLING", "LIVES_WITH"))
                .then()
                .statusCode(201);
        ClientFixtures.Person intake = ClientFixtures.person("x", "y");
        intake.givenName(null);
        intake.familyName(null);
        intake.pseudonym("Tala " + ClientFixtures.uniqueName());
        String pseudonymous = ClientFixtures.registerId(office.code(), intake);
        Api.as(Tokens.staff("coordinator", office.code()))
                .body(Map.of(
                        "reason",
                        "LITIGATION",
                        "endsOn",
                        LocalDate.now().plusYears(1).toString()))
                .post("/clients/" + held + "/legal-holds")
                .then()
                .statusCode(201);
        RetentionFixtures.backdate(dataSource, List.of(due, held, linked, pseudonymous), 7);

        JsonPath preview = RetentionFixtures.dryRun();
        Map<String, Object> closed = Map.of("action", "ANONYMISE", "processed", 1, "held", 1, "waiting", 1);
        Map<String, Object> intakes = Map.of("action", "ANONYMISE", "processed", 1, "held", 0, "waiting", 0);
        assertEquals(closed, RetentionFixtures.line(preview, office.id(), "CLOSED_CASE"));
        assertEquals(intakes, RetentionFixtures.line(preview, office.id(), "PSEUDONYMOUS_INTAKE"));
        Api.as(office.staff()).get("/clients/" + due).then().statusCode(200);

        // a run interrupted after its first batch (of one client) resumes where that batch ended
        UUID run = batches.open();
        assertTrue(batches.batch(run, 1));
        UUID cursor = cursor(run);
        assertNotNull(cursor);
        RetentionReport report = job.run();
        assertEquals(run, report.runId(), "the interrupted run was resumed, not started again");
        assertNotNull(report.finishedAt());
        assertEquals(closed, RetentionFixtures.line(report, office.id(), "CLOSED_CASE"));
        assertEquals(intakes, RetentionFixtures.line(report, office.id(), "PSEUDONYMOUS_INTAKE"));
        JsonPath latest = Api.asAdmin()
                .get("/retention-runs/latest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(run.toString(), latest.getString("runId"));
        assertEquals(closed, RetentionFixtures.line(latest, office.id(), "CLOSED_CASE"));

        for (String gone : List.of(due, pseudonymous)) {
            Api.as(office.staff())
                    .get("/clients/" + gone)
                    .then()
                    .statusCode(410)
                    .body("type", equalTo("urn:problem-type:mrc:client-anonymised"));
            assertNull(column(gone, "coalesce(given_name, family_name, pseudonym)"));
            assertTrue(column(gone, "reference").startsWith("ANON-"));
        }
        for (String kept : List.of(held, linked, active)) {
            Api.as(office.staff()).get("/clients/" + kept).then().statusCode(200);
        }
        // a second run finds nothing more to do for these clients
        RetentionReport again = job.run();
        assertFalse(again.runId().equals(run));
        assertEquals(
                Map.of("action", "ANONYMISE", "processed", 0, "held", 1, "waiting", 1),
                RetentionFixtures.line(again, office.id(), "CLOSED_CASE"));
    }

    @Test
    void adminsChangeTheRulesWithinWhatEachKindAllowsAndAnEraseRuleErases() throws SQLException {
        JsonPath rules = Api.asAdmin()
                .get("/retention-rules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("AUDIT_TRAIL", "CLOSED_CASE", "CONSENTS", "GROUP_SESSION_HEADCOUNTS", "PSEUDONYMOUS_INTAKE"),
                rules.getList("code"));
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("action", "ANONYMISE", "afterMonths", 12, "enabled", true))
                .put("/retention-rules/CONSENTS")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.action"));
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("action", "KEEP", "afterMonths", 12, "enabled", true))
                .put("/retention-rules/GROUP_SESSION_HEADCOUNTS")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.afterMonths"));
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("action", "ERASE", "enabled", true))
                .put("/retention-rules/NOT_A_RULE")
                .then()
                .statusCode(404);

        RetentionFixtures.Office office = RetentionFixtures.office();
        String client = RetentionFixtures.closedCase(office, "Erased");
        RetentionFixtures.backdate(dataSource, List.of(client), 3);
        String version = Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("action", "ERASE", "afterMonths", 24, "enabled", true))
                .put("/retention-rules/CLOSED_CASE")
                .then()
                .statusCode(200)
                .body("action", equalTo("ERASE"))
                .body("afterMonths", equalTo(24))
                .extract()
                .header("ETag");
        try {
            RetentionReport report = job.run();
            assertEquals(
                    Map.of("action", "ERASE", "processed", 1, "held", 0, "waiting", 0),
                    RetentionFixtures.line(report, office.id(), "CLOSED_CASE"));
            Api.as(office.staff())
                    .get("/clients/" + client)
                    .then()
                    .statusCode(410)
                    .body("type", equalTo("urn:problem-type:mrc:client-erased"));
        } finally {
            Api.asAdmin()
                    .header("If-Match", version)
                    .body(Map.of("action", "ANONYMISE", "afterMonths", 60, "enabled", true))
                    .put("/retention-rules/CLOSED_CASE")
                    .then()
                    .statusCode(200);
        }
        Api.as(office.staff()).post("/retention-runs/dry-run").then().statusCode(403);
    }

    /**
     * A dry run answers at once and is read by its id; while one is under way, starting one gives that one, unless it
     * was abandoned (its instance stopped) long enough ago; others than admins may neither start nor read one.
     */
    @Test
    void aDryRunRunsInTheBackgroundAndIsReadByItsId() throws SQLException {
        JsonPath finished = RetentionFixtures.dryRun();
        assertNotNull(finished.get("startedAt"));

        UUID underWay = UUID.randomUUID();
        UUID abandoned = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into retention_dry_run (id, started_at) values (?, now() - make_interval(hours => ?))")) {
            insert.setObject(1, abandoned);
            insert.setInt(2, (int) RetentionDryRuns.ABANDONED_AFTER.toHours() + 1);
            insert.executeUpdate();
            insert.setObject(1, underWay);
            insert.setInt(2, 0);
            insert.executeUpdate();
        }
        try {
            Api.asAdmin()
                    .post("/retention-runs/dry-run")
                    .then()
                    .statusCode(202)
                    .header("Location", endsWith("/retention-runs/dry-runs/" + underWay))
                    .body("runId", equalTo(underWay.toString()))
                    .body("finishedAt", nullValue());
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement fail = connection.prepareStatement(
                            "update retention_dry_run set failed_at = now() where id = ?")) {
                fail.setObject(1, underWay);
                fail.executeUpdate();
            }
        }
        Api.asAdmin()
                .get("/retention-runs/dry-runs/" + underWay)
                .then()
                .statusCode(200)
                .body("failedAt", notNullValue());
        JsonPath next = RetentionFixtures.dryRun();
        assertNotEquals(abandoned.toString(), next.getString("runId"), "an abandoned dry run is not taken up again");
        assertNotEquals(finished.getString("runId"), next.getString("runId"));

        Api.asAdmin()
                .get("/retention-runs/dry-runs/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        RetentionFixtures.Office office = RetentionFixtures.office();
        Api.as(office.staff())
                .get("/retention-runs/dry-runs/" + next.getString("runId"))
                .then()
                .statusCode(403);
    }

    private UUID cursor(UUID run) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select cursor_id from retention_run where id = ?")) {
            query.setObject(1, run);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private String column(String client, String expression) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select " + expression + " from client where id = ?::uuid")) {
            query.setString(1, client);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
