package org.mrc.casework.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.Tokens;

/**
 * The audit trail is tamper-evident: entries are hash-chained in commit order, and the auditor's verification
 * finds the first broken link when a superuser bypasses the append-only triggers to delete or alter an entry, or to
 * delete a link. Each test works on entries of its own and verifies only their range.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anIntactRangeVerifies() throws SQLException {
        List<Link> links = entries(5);
        verify(links.get(0).seq(), links.get(4).seq())
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("checked", equalTo(5))
                .body("firstBroken", equalTo(null))
                .body("lastSequence", equalTo((int) links.get(4).seq()));
    }

    @Test
    void anEntryDeletedWithTheTriggersBypassedIsTheFirstBrokenLink() throws SQLException {
        List<Link> links = entries(5);
        asSuperuser(
                "set session_replication_role = replica",
                "delete from audit_entry where id = '" + links.get(2).entry() + "'",
                "set session_replication_role = origin");
        Response verification = verify(links.get(0).seq(), links.get(4).seq());
        verification
                .then()
                .statusCode(200)
                .body("intact", equalTo(false))
                .body("checked", equalTo(5))
                .body("firstBroken.sequence", equalTo((int) links.get(2).seq()))
                .body("firstBroken.entryId", equalTo(links.get(2).entry().toString()))
                .body("firstBroken.problem", equalTo("ENTRY_MISSING"));
        assertEquals(
                Set.of("from", "to", "checked", "intact", "firstBroken", "lastSequence", "lastHash"),
                verification.jsonPath().getMap("").keySet(),
                "a verification carries sequence numbers, ids and hashes only");
        // the links after it still check out
        verify(links.get(3).seq(), links.get(4).seq()).then().body("intact", equalTo(true));
    }

    @Test
    void anEntryAlteredWithItsTriggerDisabledIsTheFirstBrokenLink() throws SQLException {
        List<Link> links = entries(4);
        asSuperuser(
                "alter table audit_entry disable trigger audit_entry_no_update_or_delete",
                "update audit_entry set outcome = 'DENIED' where id = '"
                        + links.get(1).entry() + "'",
                "alter table audit_entry enable trigger audit_entry_no_update_or_delete");
        verify(links.get(0).seq(), links.get(3).seq())
                .then()
                .body("intact", equalTo(false))
                .body("firstBroken.sequence", equalTo((int) links.get(1).seq()))
                .body("firstBroken.problem", equalTo("ENTRY_ALTERED"));
    }

    @Test
    void anEntryDeletedTogetherWithItsLinkLeavesAGapThatIsFound() throws SQLException {
        List<Link> links = entries(4);
        asSuperuser(
                "set session_replication_role = replica",
                "delete from audit_chain where entry_id = '" + links.get(1).entry() + "'",
                "delete from audit_entry where id = '" + links.get(1).entry() + "'",
                "set session_replication_role = origin");
        verify(links.get(0).seq(), links.get(3).seq())
                .then()
                .body("intact", equalTo(false))
                .body("checked", equalTo(3))
                .body("firstBroken.sequence", equalTo((int) links.get(1).seq()))
                .body("firstBroken.problem", equalTo("LINK_MISSING"));
        // a range starting right after the gap misses its predecessor too
        verify(links.get(2).seq(), links.get(3).seq())
                .then()
                .body("intact", equalTo(false))
                .body("firstBroken.sequence", equalTo((int) links.get(1).seq()))
                .body("firstBroken.problem", equalTo("LINK_MISSING"));
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        String subject = "concurrent-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                writers.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(true);
                        for (int i = 0; i < 25; i++) {
                            insertEntry(connection, subject);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Link> links = links(subject);
        assertEquals(200, links.size());
        long first = links.get(0).seq();
        long last = links.get(links.size() - 1).seq();
        verify(first, last).then().body("intact", equalTo(true)).body("checked", equalTo((int) (last - first + 1)));
    }

    @Test
    void theVerificationIsForAuditorsOnlyAndValidatesItsRange() {
        Api.as(Tokens.of("admin")).get("/audit/verification").then().statusCode(403);
        Api.as(Tokens.of("auditor"))
                .queryParam("from", 5)
                .queryParam("to", 4)
                .get("/audit/verification")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Api.as(Tokens.of("auditor"))
                .queryParam("from", 0)
                .get("/audit/verification")
                .then()
                .statusCode(400);
    }

    @Test
    void entriesWrittenBeforeTheMigrationAreChainedInTheirOrder() throws SQLException, IOException {
        String schema = "chain_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create schema " + schema);
            statement.execute("set local search_path to " + schema + ", public");
            statement.execute(migration("V2__audit_entry.sql"));
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(insertEntry(connection, "before-migration"));
            }
            statement.execute(migration("V100__audit_chain.sql"));
            ids.add(insertEntry(connection, "after-migration"));
            connection.commit();
            statement.execute("set search_path to " + schema + ", public");
            List<UUID> chained = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select entry_id from audit_chain order by chain_seq")) {
                while (rows.next()) {
                    chained.add(rows.getObject(1, UUID.class));
                }
            }
            assertEquals(ids, chained, "existing entries first, in the order written, then the new one");
            try (PreparedStatement verify = connection.prepareStatement(
                    AuditChain.VERIFY.replace("?1", "?::bigint").replace("?2", "9223372036854775807"))) {
                for (int i = 1; i <= verify.getParameterMetaData().getParameterCount(); i++) {
                    verify.setLong(i, 1);
                }
                try (ResultSet row = verify.executeQuery()) {
                    row.next();
                    assertEquals(7, row.getLong(1));
                    assertEquals(null, row.getObject(3), "no broken link");
                }
            }
            statement.execute("set search_path to public");
            connection.commit();
            statement.execute("drop schema " + schema + " cascade");
            connection.commit();
        }
    }

    record Link(long seq, UUID entry) {}

    /** Writes n audit entries of a fresh subject through the API, and returns their links in chain order. */
    private List<Link> entries(int n) throws SQLException {
        String subject = "chain-" + UUID.randomUUID();
        String token = Tokens.claims("admin").subject(subject).jws().keyId("1").sign(Tokens.SIGNING_KEY);
        for (int i = 0; i < n; i++) {
            Api.as(token).get("/offices/tree").then().statusCode(200);
        }
        List<Link> links = links(subject);
        assertEquals(n, links.size());
        assertEquals(links.get(0).seq() + n - 1, links.get(n - 1).seq(), "no other entry committed in between");
        return links;
    }

    private List<Link> links(String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select c.chain_seq, c.entry_id from audit_chain c join audit_entry e on e.id = c.entry_id
                        where e.actor_subject = ? order by c.chain_seq""")) {
            query.setString(1, subject);
            List<Link> links = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    links.add(new Link(rows.getLong(1), rows.getObject(2, UUID.class)));
                }
            }
            return links;
        }
    }

    private static UUID insertEntry(Connection connection, String subject) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_entry (id, occurred_at, actor_subject, actor_roles, action, resource_type, outcome)
                values (?, now(), ?, 'admin', 'office.tree', 'office', 'SUCCESS')""")) {
            insert.setObject(1, id);
            insert.setString(2, subject);
            insert.executeUpdate();
        }
        return id;
    }

    private void asSuperuser(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Response verify(long from, long to) {
        return Api.as(Tokens.of("auditor"))
                .queryParams(Map.of("from", from, "to", to))
                .get("/audit/verification");
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = AuditChainTest.class.getResourceAsStream("/db/migration/" + name)) {
            assertTrue(in != null, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
