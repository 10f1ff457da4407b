package org.mrc.casework.client;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.Tokens;

/**
 * A retried create (same Idempotency-Key, same body) is answered by reading the created resource again as the caller
 * is now: the store holds no copy of it, a caller who lost access gets the direct read's 404, the answer shows the
 * resource as it is now, and the replay is audited.
 */
@QuarkusTest
class IdempotentReplayTest {

    @Inject
    AgroalDataSource dataSource;

    private static String staff(String subject, String role, String officeCode) {
        return Tokens.claims(role)
                .subject(subject)
                .claim("office_code", officeCode)
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
    }

    private static Response register(String token, String key, ClientFixtures.Person body) {
        return Api.as(token)
                .header("Idempotency-Key", key)
                .queryParam("confirmNotDuplicate", true)
                .body(body)
                .post("/clients");
    }

    @Test
    void aReplayByACallerNowWorkingInAnotherOfficeIsANotFoundAndCreatesNothing() throws SQLException {
        String subject = "user-" + UUID.randomUUID();
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String key = UUID.randomUUID().toString();
        String family = ClientFixtures.uniqueName();
        ClientFixtures.Person body = ClientFixtures.person("Halyna", family);

        Response first = register(staff(subject, "caseworker", office), key, body);
        first.then().statusCode(201);
        register(staff(subject, "caseworker", office), key, body)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));

        Response moved = register(staff(subject, "caseworker", elsewhere), key, body);
        moved.then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        assertFalse(moved.asString().contains(family));
        assertEquals(1, count("select count(*) from client where family_name = ?", family));
    }

    @Test
    void aReplayOfASubRecordIsANotFoundOnceTheClientIsOutOfTheCallersScope() {
        String subject = "user-" + UUID.randomUUID();
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Iryna", ClientFixtures.uniqueName()));
        String key = UUID.randomUUID().toString();
        ConsentFixtures.Consent consent = ConsentFixtures.consent("STATISTICS", "IDENTITY");
        Api.as(staff(subject, "caseworker", office))
                .header("Idempotency-Key", key)
                .body(consent)
                .post("/clients/" + client + "/consents")
                .then()
                .statusCode(201);
        Api.as(staff(subject, "caseworker", elsewhere))
                .header("Idempotency-Key", key)
                .body(consent)
                .post("/clients/" + client + "/consents")
                .then()
                .statusCode(404);
    }

    @Test
    void aSuccessfulReplayIsAuditedAsAReplay() {
        String subject = "user-" + UUID.randomUUID();
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String key = UUID.randomUUID().toString();
        ClientFixtures.Person body = ClientFixtures.person("Oksana", ClientFixtures.uniqueName());
        String id = register(staff(subject, "caseworker", office), key, body).path("id");
        register(staff(subject, "caseworker", office), key, body).then().statusCode(201);

        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", id)
                .queryParam("action", "client.create.replay")
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actorSubject", equalTo(subject))
                .body("items[0].outcome", equalTo("SUCCESS"));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", id)
                .queryParam("action", "client.create")
                .get("/audit")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void aReplayShowsTheResourceAsItIsNowNotAsItWasCreated() {
        String subject = "user-" + UUID.randomUUID();
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String token = staff(subject, "caseworker", office);
        String key = UUID.randomUUID().toString();
        ClientFixtures.Person body = ClientFixtures.person("Maryna", ClientFixtures.uniqueName());
        String id = register(token, key, body).path("id");
        Api.as(token)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("phone", "+380 44 0000001"))
                .patch("/clients/" + id)
                .then()
                .statusCode(200);

        register(token, key, body)
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("phone", equalTo("+380 44 0000001"));
    }

    @Test
    void aPartnersReplayShowsTheReferralAsThePartnerMaySeeItNow() {
        ReferralFixtures.Setup s = ReferralFixtures.setup("NGO");
        String consent = ConsentFixtures.recordId(
                s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY"));
        String referral = ReferralFixtures.draft(s, "IDENTITY");
        ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);
        String partner = Tokens.claims("partner")
                .subject("partner-user-" + UUID.randomUUID())
                .claim("partner_id", s.partner())
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        String key = UUID.randomUUID().toString();
        Api.as(partner)
                .header("Idempotency-Key", key)
                .header("If-Match", "\"1\"")
                .body(ReferralFixtures.move("accepted"))
                .post("/partner/referrals/" + referral + "/status")
                .then()
                .statusCode(200)
                .body("client.givenName", equalTo("Olena"));

        // the consent is withdrawn: the referral is cancelled and the partner may no longer see the client
        ConsentFixtures.withdraw(s.office(), s.client(), consent, null);
        Response replay = Api.as(partner)
                .header("Idempotency-Key", key)
                .header("If-Match", "\"1\"")
                .body(ReferralFixtures.move("accepted"))
                .post("/partner/referrals/" + referral + "/status");
        replay.then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("status", equalTo("cancelled"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("client")));
        assertFalse(replay.asString().contains("Olena"));
    }

    @Test
    void aKeyIsBoundToTheOperationItWasSentToNamedByItsOperationId() throws SQLException {
        String subject = "user-" + UUID.randomUUID();
        String token = staff(subject, "caseworker", OfficeFixtures.openCode("MIGRATION_DESK", null));
        String key = UUID.randomUUID().toString();
        String client = register(token, key, ClientFixtures.person("Svitlana", ClientFixtures.uniqueName()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertTrue(storedValues(subject, key).contains("registerClient"), "the operation is its operationId");

        Api.as(token)
                .header("Idempotency-Key", key)
                .body(EpisodeFixtures.labour("2025-03-04"))
                .post("/clients/" + client + "/episodes")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:problem-type:mrc:idempotency-key-reused"));
    }

    @Test
    void theSameKeyAndBodyForAnotherPartnersLocationIsNotAReplay() {
        String key = UUID.randomUUID().toString();
        DirectoryFixtures.Location location = DirectoryFixtures.location(DirectoryFixtures.uniqueLocality());
        String first = DirectoryFixtures.registerPartner();
        String second = DirectoryFixtures.registerPartner();
        String admin = Tokens.admin();
        Api.as(admin)
                .header("Idempotency-Key", key)
                .body(location)
                .post("/partners/" + first + "/locations")
                .then()
                .statusCode(201);

        Api.as(admin)
                .header("Idempotency-Key", key)
                .body(location)
                .post("/partners/" + second + "/locations")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:problem-type:mrc:idempotency-key-reused"));
    }

    @Test
    void theIdempotencyStoreHoldsNoValueOfTheRequestBody() throws SQLException {
        String subject = "user-" + UUID.randomUUID();
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String token = staff(subject, "caseworker", office);
        ClientFixtures.Person person = ClientFixtures.person("Svitlana", ClientFixtures.uniqueName());
        String clientKey = UUID.randomUUID().toString();
        String client = register(token, clientKey, person).path("id");
        EpisodeFixtures.Opening episode = EpisodeFixtures.labour("2025-03-04");
        String episodeKey = UUID.randomUUID().toString();
        Api.as(token)
                .header("Idempotency-Key", episodeKey)
                .body(episode)
                .post("/clients/" + client + "/episodes")
                .then()
                .statusCode(201);

        for (Map.Entry<String, Map<String, Object>> create : Map.of(
                        clientKey, Json.raw(person), episodeKey, Json.raw(episode))
                .entrySet()) {
            List<String> stored = storedValues(subject, create.getKey());
            assertFalse(stored.isEmpty(), "the create was recorded under its key");
            List<String> values = new ArrayList<>();
            leaves(create.getValue().values(), values);
            for (String value : values) {
                for (String column : stored) {
                    assertFalse(
                            column.contains(value),
                            "a column of idempotency_record holds a value of the request body: " + value);
                }
            }
        }
    }

    /** Every column of the record as text. */
    private List<String> storedValues(String caller, String key) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select * from idempotency_record where caller = ? and idem_key = ?")) {
            statement.setString(1, caller);
            statement.setString(2, key);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String value = rs.getString(i);
                        if (value != null) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The scalar values of a request body, as text (short codes too: "UA", "uk"). */
    private static void leaves(Collection<?> values, List<String> into) {
        for (Object value : values) {
            if (value instanceof Map<?, ?> map) {
                leaves(map.values(), into);
            } else if (value instanceof Collection<?> list) {
                leaves(list, into);
            } else if (value != null && !(value instanceof Boolean)) {
                into.add(value.toString());
            }
        }
        assertTrue(into.stream().noneMatch(String::isEmpty));
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
