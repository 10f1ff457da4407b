package org.mrc.casework.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditFailureProbe probe;

    @Test
    void readsAndWritesOfAnOfficeAreAuditedWithActorRequestAndOutcome() {
        String id = OfficeFixtures.open("RESOURCE_CENTRE", null);
        String subject = "reader-" + UUID.randomUUID();
        String token =
                Tokens.claims("auditor").subject(subject).jws().keyId("1").sign(Tokens.SIGNING_KEY);
        Api.as(token)
                .header("X-Request-Id", "audit-" + subject.substring(7, 20))
                .get("/offices/" + id)
                .then()
                .statusCode(200);

        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", id)
                .queryParam("resourceType", "office")
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("office.create"))
                .body("items.action", hasItem("office.read"))
                .body("items.find { it.action == 'office.read' }.actorSubject", equalTo(subject))
                .body("items.find { it.action == 'office.read' }.actorRoles", equalTo(List.of("auditor")))
                .body(
                        "items.find { it.action == 'office.read' }.requestId",
                        equalTo("audit-" + subject.substring(7, 20)))
                .body("items.find { it.action == 'office.read' }.outcome", equalTo("SUCCESS"))
                .body("items.occurredAt", everyItem(notNullValue()));
    }

    @Test
    void aRefusedReadIsAuditedAsDenied() {
        String missing = UUID.randomUUID().toString();
        Api.asAdmin().get("/offices/" + missing).then().statusCode(404);
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", missing)
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].outcome", equalTo("DENIED"))
                .body("items[0].action", equalTo("office.read"));
    }

    @Test
    void theTrailIsPagedNewestFirstWithoutRepeats() {
        String subject = "pager-" + UUID.randomUUID();
        String token = Tokens.claims("admin").subject(subject).jws().keyId("1").sign(Tokens.SIGNING_KEY);
        for (int i = 0; i < 5; i++) {
            Api.as(token).get("/offices/tree").then().statusCode(200);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request =
                    Api.as(Tokens.of("auditor")).queryParam("actor", subject).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/audit");
            List<String> ids = page.path("items.id");
            ids.forEach(itemId -> assertTrue(seen.add(itemId), "repeated " + itemId));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void auditFiltersAreValidated() {
        Api.as(Tokens.of("auditor"))
                .queryParam("from", "yesterday")
                .get("/audit")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as(Tokens.of("auditor"))
                .queryParam("outcome", "MAYBE")
                .get("/audit")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRows() throws SQLException {
        OfficeFixtures.open("RESOURCE_CENTRE", null);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertThrows(
                    SQLException.class, () -> statement.executeUpdate("update audit_entry set outcome = 'FAILED'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_entry"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate audit_entry"));
        }
    }

    @Test
    void whenTheAuditRowCannotBeWrittenTheAuditedWriteIsRolledBack() throws SQLException {
        String code = OfficeFixtures.uniqueCode();
        assertThrows(RuntimeException.class, () -> probe.insertOfficeWithUnwritableAudit(code));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select count(*) from office where code = '" + code + "'");
            rows.next();
            assertEquals(0, rows.getInt(1), "the office insert must not survive a failed audit write");
        }
    }
}
