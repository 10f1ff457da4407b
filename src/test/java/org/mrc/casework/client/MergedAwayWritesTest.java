package org.mrc.casework.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.LiveContract;
import org.mrc.casework.support.LiveContract.Operation;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.Tokens;

/**
 * A record merged into another is read-only through every write path. The write operations are read from the live
 * OpenAPI document (every POST, PUT, PATCH and DELETE under {@code /clients/{id}}), so a new one cannot escape: each
 * is called on a merged-away client with a body that passes the operation's own validation, and must answer 409
 * {@code client-merged} naming the survivor and leave every table as it was (the audit trail excepted: a refused
 * attempt is recorded).
 */
@QuarkusTest
class MergedAwayWritesTest {

    private static final String TODAY = LocalDate.now().toString();

    @Inject
    AgroalDataSource dataSource;

    /** A body each write operation accepts up to the access check; an operation missing here fails the test. */
    private static Object body(String operationId, String third) {
        return switch (operationId) {
            case "updateClient" -> Map.of("phone", "+40700000001");
            case "openEpisode" -> EpisodeFixtures.labour("2025-01-10");
            case "closeEpisode" -> Map.of("closedOn", TODAY);
            case "openNextSeason" -> Map.of();
            case "changeEpisodePhase" -> EpisodeFixtures.move("PRE_DEPARTURE", null, TODAY);
            case "proposeCaseHandover" ->
                Map.of("toOfficeId", UUID.randomUUID().toString(), "summary", "Moves to the centre's province");
            case "recordJourneyLegs" -> Map.of("legs", List.of(EpisodeFixtures.leg("GB", TODAY, null, "WORK")));
            case "recordConsent" -> ConsentFixtures.consent("STATISTICS", "IDENTITY");
            case "withdrawConsent" -> Map.of();
            case "addClientDiploma" -> HumanCapitalFixtures.diploma(2004, null);
            case "recordDiplomaRecognition" -> HumanCapitalFixtures.recognition("FR", "LAPSED", "2020-01-01");
            case "addClientSkill" -> HumanCapitalFixtures.skill("Welding", "FORMAL", null);
            case "addClientLanguage" -> HumanCapitalFixtures.language("de", "A1", false, null);
            case "addClientEmployment" ->
                HumanCapitalFixtures.employment("AFTER", null, null, "UNEMPLOYED", null, null, true);
            case "endClientEmployment" -> Map.of("to", TODAY);
            case "linkHouseholdMember" -> HouseholdFixtures.link(third, "SPOUSE", "LIVES_WITH");
            case "endHouseholdLink" -> Map.of("until", TODAY);
            case "mergeClients" -> Map.of("duplicateId", third);
            case "undoClientMerge" -> Map.of();
            case "createReferral" ->
                ReferralFixtures.referral(
                        UUID.randomUUID().toString(), LocalDate.now().plusDays(14), "IDENTITY");
            case "changeReferralStatus" -> ReferralFixtures.move("cancelled");
            case "recordServiceDelivery" -> Map.of("serviceType", "LANGUAGE_COURSE", "deliveredOn", TODAY);
            case "placeLegalHold" -> Map.of("reason", "LITIGATION", "endsOn", TODAY);
            case "releaseLegalHold" -> Map.of();
            case "requestClientErasure" ->
                Map.of("requestedBy", "DATA_SUBJECT", "ground", "NO_LONGER_NECESSARY", "receivedOn", TODAY);
            case "recordChildSchooling" -> Map.of("status", "ENROLLED", "attending", true, "since", TODAY);
            case "removeClientDiploma", "removeClientSkill", "removeClientLanguage", "removeClientEmployment" -> null;
            default -> throw new AssertionError("no body for " + operationId + ": add one to this test");
        };
    }

    @Test
    void everyWriteOperationOnAMergedAwayClientIsRefusedAndWritesNothing() throws SQLException {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String coordinator = Tokens.staff("coordinator", office);
        String family = ClientFixtures.uniqueName();
        String survivor = ClientFixtures.registerId(office, ClientFixtures.person("Olena", family));
        String duplicate = ClientFixtures.registerId(office, ClientFixtures.person("Olenna", family));
        String third = ClientFixtures.registerId(office, ClientFixtures.person("Taras", ClientFixtures.uniqueName()));
        String mergeId = Api.as(coordinator)
                .body(Map.of("duplicateId", duplicate))
                .post("/clients/" + survivor + "/merges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<Operation> writes = clientWriteOperations();
        List<String> wrong = new ArrayList<>();
        for (Operation operation : writes) {
            String path = operation
                    .path()
                    .replaceFirst("\\{(id|clientId)}", duplicate)
                    .replace("{mergeId}", mergeId)
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Map<String, Long> before = rowCounts();
            RequestSpecification request = Api.as(coordinator).header("If-Match", "\"0\"");
            Object body = body(operation.operationId(), third);
            if (operation.method().equals("PATCH")) {
                request.contentType("application/merge-patch+json");
            }
            if (body != null) {
                request.body(body);
            }
            Response response = request.request(operation.method(), path);
            Map<String, Long> after = rowCounts();
            String type = response.getContentType().startsWith(Problem.MEDIA_TYPE) ? response.path("type") : null;
            if (response.statusCode() != 409
                    || !"urn:problem-type:mrc:client-merged".equals(type)
                    || !survivor.equals(response.path("mergedInto"))) {
                wrong.add(operation + " -> " + response.statusCode() + " " + type);
            }
            if (!before.equals(after)) {
                wrong.add(operation + " changed row counts: " + difference(before, after));
            }
        }
        if (!wrong.isEmpty()) {
            fail("Writes to a merged-away client that were not refused:\n" + String.join("\n", wrong));
        }
        assertEquals(true, writes.size() >= 20, "the contract lists the client write operations: " + writes);
    }

    @Test
    void aMergedAwayClientCannotBeRecordedAsAttendingAGroupSession() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String coordinator = Tokens.staff("coordinator", office);
        String family = ClientFixtures.uniqueName();
        String survivor = ClientFixtures.registerId(office, ClientFixtures.person("Ana", family));
        String duplicate = ClientFixtures.registerId(office, ClientFixtures.person("Anna", family));
        Api.as(coordinator)
                .body(Map.of("duplicateId", duplicate))
                .post("/clients/" + survivor + "/merges")
                .then()
                .statusCode(201);
        Response session = Api.as(coordinator)
                .body(Map.of(
                        "kind", "SESSION",
                        "serviceType", "PRE_DEPARTURE_ORIENTATION",
                        "heldOn", TODAY,
                        "place", "Community hall",
                        "locality", "Batangas City",
                        "facilitator", "Orientation team"))
                .post("/group-sessions");
        session.then().statusCode(201);
        Api.as(coordinator)
                .header("If-Match", "\"0\"")
                .body(Map.of("clientId", duplicate))
                .post("/group-sessions/" + session.path("id") + "/attendees")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", org.hamcrest.Matchers.equalTo("urn:problem-type:mrc:client-merged"))
                .body("mergedInto", org.hamcrest.Matchers.equalTo(survivor));
    }

    private static List<Operation> clientWriteOperations() {
        return LiveContract.operations().stream()
                .filter(operation -> operation.path().matches("/clients/\\{(id|clientId)}.*"))
                .filter(operation -> List.of("POST", "PUT", "PATCH", "DELETE").contains(operation.method()))
                .toList();
    }

    /** Rows per table, every table but the audit trail (which records the refused attempts). */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                    // job_run is written by scheduled jobs on their own clock, whatever the requests do
                    + " and table_name not in ('audit_entry', 'audit_chain', 'flyway_schema_history', 'job_run')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        TreeSet<String> changed = new TreeSet<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " -> " + count);
            }
        });
        return String.join(", ", changed);
    }
}
