package org.mrc.casework.lifecycle.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.mrc.casework.support.EpisodeFixtures;
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

    private record Office(String id, String code, String staff) {}

    private static Office office() {
        HouseholdFixtures.Office office = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        return new Office(office.id(), office.code(), Tokens.staff("caseworker", office.code()));
    }

    /** A client with one episode, closed in 2016. */
    private static String closedCase(Office office, String given) {
        String client =
                ClientFixtures.registerId(office.code(), ClientFixtures.person(given, ClientFixtures.uniqueName()));
        String episode = EpisodeFixtures.openId(office.staff(), client, EpisodeFixtures.labour("2015-01-10"));
        EpisodeFixtures.moved(
                office.staff(), client, episode, EpisodeFixtures.move("NOT_MIGRATING", null, "2015-06-01"));
        EpisodeFixtures.close(office.staff(), client, episode, "2016-03-01")
                .then()
                .statusCode(200);
        return client;
    }

    /** Every activity of these clients moved {@code years} back (records created today carry today's times). */
    private void backdate(List<String> clients, int years) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("client", "migration_episode")) {
                String key = table.equals("client") ? "id" : "client_id";
                try (PreparedStatement update = connection.prepareStatement("update " + table
                        + " set updated_at = now() - make_interval(years => ?) where " + key
                        + " = any(cast(? as uuid[]))")) {
                    update.setInt(1, years);
                    update.setArray(2, connection.createArrayOf("uuid", clients.toArray()));
                    update.executeUpdate();
                }
            }
        }
    }

    private static Map<String, Object> line(RetentionReport report, String office, String rule) {
        return report.lines().stream()
                .filter(l -> l.officeId().toString().equals(office) && l.rule().equals(rule))
                .findFirst()
                .<Map<String, Object>>map(l -> Map.of(
                        "action", l.action().name(),
                        "processed", l.processed(),
                        "held", l.held(),
                        "waiting", l.waitingForHousehold()))
                .orElse(Map.of());
    }

    private static Map<String, Object> line(JsonPath report, String office, String rule) {
        List<Map<String, Object>> lines = report.getList("lines");
        return lines.stream()
                .filter(l -> office.equals(l.get("officeId")) && rule.equals(l.get("rule")))
                .findFirst()
                .<Map<String, Object>>map(l -> Map.of(
                        "action", l.get("action"),
                        "processed", l.get("processed"),
                        "held", l.get("held"),
                        "waiting", l.get("waitingForHousehold")))
                .orElse(Map.of());
    }

    @Test
    void theJobAnonymisesWhatIsDueSkipsHeldClientsAndHouseholdsInPartsAndItsDryRunSaysSoBeforehand()
            throws SQLException {
        Office office = office();
        String due = closedCase(office, "Due");
        String held = closedCase(office, "Held");
        String linked = closedCase(office, "Linked");
        String active = ClientFixtures.registerId(office.code(), ClientFixtures.person("Active", "Kin"));
        HouseholdFixtures.linked(office.staff(), linked, HouseholdFixtures.link(active, "SIBLING", "LIVES_WITH"))
                .then()
                .statusCode(201);
        Map<String, Object> intake = ClientFixtures.person("x", "y");
        intake.remove("givenName");
        intake.remove("familyName");
        intake.put("pseudonym", "Tala " + ClientFixtures.uniqueName());
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
        backdate(List.of(due, held, linked, pseudonymous), 7);

        JsonPath preview = Api.asAdmin()
                .post("/retention-runs/dry-run")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .extract()
                .jsonPath();
        Map<String, Object> closed = Map.of("action", "ANONYMISE", "processed", 1, "held", 1, "waiting", 1);
        Map<String, Object> intakes = Map.of("action", "ANONYMISE", "processed", 1, "held", 0, "waiting", 0);
        assertEquals(closed, line(preview, office.id(), "CLOSED_CASE"));
        assertEquals(intakes, line(preview, office.id(), "PSEUDONYMOUS_INTAKE"));
        Api.as(office.staff()).get("/clients/" + due).then().statusCode(200);

        // a run interrupted after its first batch (of one client) resumes where that batch ended
        UUID run = batches.open();
        assertTrue(batches.batch(run, 1));
        UUID cursor = cursor(run);
        assertNotNull(cursor);
        RetentionReport report = job.run();
        assertEquals(run, report.runId(), "the interrupted run was resumed, not started again");
        assertNotNull(report.finishedAt());
        assertEquals(closed, line(report, office.id(), "CLOSED_CASE"));
        assertEquals(intakes, line(report, office.id(), "PSEUDONYMOUS_INTAKE"));
        JsonPath latest = Api.asAdmin()
                .get("/retention-runs/latest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(run.toString(), latest.getString("runId"));
        assertEquals(closed, line(latest, office.id(), "CLOSED_CASE"));

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
                line(again, office.id(), "CLOSED_CASE"));
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

        Office office = office();
        String client = closedCase(office, "Erased");
        backdate(List.of(client), 3);
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
                    line(report, office.id(), "CLOSED_CASE"));
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
