package org.mrc.casework.lifecycle.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.Tokens;

/** Clients whose case closed years ago, made through the API and then moved back in time, and the job's reports. */
final class RetentionFixtures {

    private RetentionFixtures() {}

    record Office(String id, String code, String staff) {}

    static Office office() {
        HouseholdFixtures.Office office = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        return new Office(office.id(), office.code(), Tokens.staff("caseworker", office.code()));
    }

    /** A client with one episode, closed in 2016. */
    static String closedCase(Office office, String given) {
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

    /**
     * Every write about these clients so far moved {@code years} back (records created today carry today's times):
     * the record, its episodes and its household links.
     */
    static void backdate(DataSource dataSource, List<String> clients, int years) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String statement : List.of(
                    "update client set updated_at = now() - make_interval(years => ?) where id = any(cast(? as uuid[]))",
                    """
                    update migration_episode set updated_at = now() - make_interval(years => ?)
                    where client_id = any(cast(? as uuid[]))""",
                    """
                    update client_link set created_at = now() - make_interval(years => ?)
                    where array[client_id, related_client_id] && cast(? as uuid[])""")) {
                try (PreparedStatement update = connection.prepareStatement(statement)) {
                    update.setInt(1, years);
                    update.setArray(2, connection.createArrayOf("uuid", clients.toArray()));
                    update.executeUpdate();
                }
            }
        }
    }

    /**
     * Starts a dry run as an admin (202, with where to read it) and reads its report there until it finished; fails
     * after a minute.
     */
    static JsonPath dryRun() {
        Response started = Api.asAdmin().post("/retention-runs/dry-run");
        started.then().statusCode(202).body("dryRun", equalTo(true));
        String location = started.header("Location");
        assertTrue(location.endsWith("/retention-runs/dry-runs/" + started.path("runId")), location);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            JsonPath report =
                    Api.asAdmin().get(location).then().statusCode(200).extract().jsonPath();
            assertNull(report.get("failedAt"), "the dry run failed");
            if (report.get("finishedAt") != null) {
                return report;
            }
            assertTrue(System.nanoTime() < deadline, "the dry run did not finish within a minute");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static Map<String, Object> line(RetentionReport report, String office, String rule) {
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

    static Map<String, Object> line(JsonPath report, String office, String rule) {
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
}
