package org.mrc.casework.client.merge;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * What a merge does with every table that names a client: each column with a foreign key to {@code client} (from the
 * live schema, so a table added later fails here until someone decides) either moves to the survivor with the merge
 * (and back on undo) or is on the list below with the reason it stays with the record it names. Then the two tables
 * added last, the rectification history and the school statuses, are shown moving and coming back.
 */
@QuarkusTest
class MergeCoverageTest {

    /** {@code table.column} naming a client that a merge leaves where it is, and why. */
    static final Map<String, String> STAYS = Map.ofEntries(
            Map.entry("client.merged_into", "the merge pointer itself"),
            Map.entry("client_merge.survivor_id", "the merge record: names both records by design"),
            Map.entry("client_merge.merged_id", "the merge record: names both records by design"),
            Map.entry(
                    "consent.client_id",
                    "a consent is immutable evidence of what was agreed for the record it was given on (README:"
                            + " consents stay with the record they were given on)"),
            Map.entry(
                    "referral.client_id",
                    "a referral's history is append-only and the partner holds its copy under that referral; erasure,"
                            + " retention and their partner events reach it through the merge pointer"),
            Map.entry(
                    "service_delivery.client_id",
                    "the service log records what was delivered to the record it names; erasure and retention reach it"
                            + " through the merge pointer"),
            Map.entry(
                    "group_session_attendee.client_id",
                    "attendance of the record it names; erasure and retention reach it through the merge pointer"),
            Map.entry(
                    "case_handover.client_id",
                    "a decided handover of that record's case between offices: an accountable workflow record"),
            Map.entry(
                    "legal_hold.client_id",
                    "a hold placed on that record; retention and erasure check holds on every merged record"),
            Map.entry(
                    "erasure_request.client_id",
                    "the request names the record the person asked about: evidence, kept as made"));

    @Inject
    DataSource dataSource;

    @Test
    void everyColumnNamingAClientEitherMovesWithAMergeOrStaysForAStatedReason() throws SQLException {
        Set<String> live = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.conrelid::regclass::text || '.' || a.attname
                        from pg_constraint c
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
                        where c.contype = 'f' and c.confrelid = 'client'::regclass""")) {
            while (rows.next()) {
                live.add(rows.getString(1));
            }
        }
        Set<String> decided = new TreeSet<>(ClientMergeService.movedColumns());
        decided.addAll(STAYS.keySet());
        Set<String> undecided = new TreeSet<>(live);
        undecided.removeAll(decided);
        assertEquals(Set.of(), undecided, "columns naming a client that a merge neither moves nor lists as staying");
        Set<String> stale = new TreeSet<>(decided);
        stale.removeAll(live);
        assertEquals(Set.of(), stale, "moved or staying columns that name no client (any more)");
        Set<String> both = new TreeSet<>(ClientMergeService.movedColumns());
        both.retainAll(STAYS.keySet());
        assertEquals(Set.of(), both, "columns both moved and staying");
    }

    @Test
    void theRectificationHistoryAndTheSchoolStatusesMoveToTheSurvivorAndComeBackOnUndo() throws SQLException {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String family = ClientFixtures.uniqueName();
        String survivor = ClientFixtures.registerId(office, ClientFixtures.person("Amihan", family));
        String duplicate = ClientFixtures.registerId(office, ClientFixtures.person("Amijan", family));
        String caseworker = Tokens.staff("caseworker", office);
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("currentLocality", "Tarlac City"))
                .patch("/clients/" + duplicate)
                .then()
                .statusCode(200);
        // recording one through the API needs a whole household with a migrant in it; the merge moves rows, whoever
        // wrote them
        UUID schooling = UUID.randomUUID();
        execute("""
                insert into child_schooling (id, client_id, status, since, recorded_by, recorded_at)
                values (cast(? as uuid), cast(? as uuid), 'NOT_ENROLLED', date '2026-06-01', 'test', now())""", schooling.toString(), duplicate);
        assertEquals(List.of(duplicate), owners("client_rectification", duplicate, survivor));
        assertEquals(List.of(duplicate), owners("child_schooling", duplicate, survivor));

        String mergeId = Api.as(Tokens.staff("coordinator", office))
                .body(Map.of("duplicateId", duplicate))
                .post("/clients/" + survivor + "/merges")
                .then()
                .statusCode(201)
                .body("moved.rectifications", equalTo(1))
                .body("moved.schoolStatuses", equalTo(1))
                .extract()
                .path("id");
        assertEquals(List.of(survivor), owners("client_rectification", duplicate, survivor));
        assertEquals(List.of(survivor), owners("child_schooling", duplicate, survivor));

        Api.as(Tokens.staff("coordinator", office))
                .post("/clients/" + survivor + "/merges/" + mergeId + "/undo")
                .then()
                .statusCode(200);
        assertEquals(List.of(duplicate), owners("client_rectification", duplicate, survivor));
        assertEquals(List.of(duplicate), owners("child_schooling", duplicate, survivor));
    }

    /** The client ids of the table's rows belonging to either record. */
    private List<String> owners(String table, String... clients) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select client_id::text from " + table
                        + " where client_id = any(cast(? as uuid[])) order by client_id")) {
            query.setArray(1, connection.createArrayOf("uuid", clients));
            List<String> found = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    private void execute(String sql, String... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
