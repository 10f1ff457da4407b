package org.mrc.casework.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class ConsentTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WithdrawalRecorder withdrawals;

    @Test
    void aCaseworkerRecordsAConsentToShareWithAPartnerAndReadsItBack() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        String partner = UUID.randomUUID().toString();
        Instant givenAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ConsentFixtures.Consent body = ConsentFixtures.sharingWithPartner(partner, "SKILLS", "IDENTITY", "CONTACT");
        body.givenAt(givenAt.toString());
        body.givenHow(ConsentMethod.VERBAL);

        Response created =
                Api.as(Tokens.staff("caseworker", office)).body(body).post("/clients/" + client + "/consents");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/clients/" + client + "/consents/"))
                .header("ETag", equalTo("\"0\""))
                .body("clientId", equalTo(client))
                .body("purpose", equalTo("REFERRAL_SHARING"))
                .body("recipientPartnerId", equalTo(partner))
                .body("dataCategories", equalTo(List.of("IDENTITY", "CONTACT", "SKILLS")))
                .body("givenHow", equalTo("VERBAL"))
                .body("givenAt", equalTo(givenAt.toString()))
                .body("status", equalTo("ACTIVE"))
                .body("recordedBy", notNullValue())
                .body("$", not(hasKey("expiresAt")))
                .body("$", not(hasKey("withdrawnAt")));
        Api.as(Tokens.staff("caseworker", office))
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(created.path("id")))
                .body("recordedAt", equalTo(created.path("recordedAt")))
                .body("status", equalTo("ACTIVE"));
        String otherClient =
                ClientFixtures.registerId(office, ClientFixtures.person("Oleg", ClientFixtures.uniqueName()));
        Api.as(Tokens.staff("caseworker", office))
                .get("/clients/" + otherClient + "/consents/" + created.path("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void consentsAreValidatedWithFieldPaths() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        String path = "/clients/" + client + "/consents";
        String caseworker = Tokens.staff("caseworker", office);

        Api.as(caseworker)
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItems("$.purpose", "$.dataCategories", "$.givenHow", "$.givenAt"));
        assertFieldError(
                caseworker, path, ConsentFixtures.consent("REFERRAL_SHARING", "IDENTITY"), "$.recipientPartnerId");
        ConsentFixtures.Consent both = ConsentFixtures.sharingWithType("NGO", "IDENTITY");
        both.recipientPartnerId(UUID.randomUUID().toString());
        assertFieldError(caseworker, path, both, "$.recipientPartnerType");
        ConsentFixtures.Consent statistics = ConsentFixtures.consent("STATISTICS", "IDENTITY");
        statistics.recipientPartnerType(PartnerType.NGO);
        assertFieldError(caseworker, path, statistics, "$.recipientPartnerType");
        ConsentFixtures.Consent serviceToPartner = ConsentFixtures.consent("SERVICE_DELIVERY", "IDENTITY");
        serviceToPartner.recipientPartnerId(UUID.randomUUID().toString());
        assertFieldError(caseworker, path, serviceToPartner, "$.recipientPartnerId");
        ConsentFixtures.Consent expiresFirst = ConsentFixtures.consent("STATISTICS", "IDENTITY");
        expiresFirst.expiresAt(Instant.now().minus(2, ChronoUnit.DAYS).toString());
        assertFieldError(caseworker, path, expiresFirst, "$.expiresAt");
        assertFieldError(caseworker, path, ConsentFixtures.consent("STATISTICS"), "$.dataCategories");
        // values outside the enums: only a raw body can carry them
        Map<String, Object> smuggler = Json.raw(ConsentFixtures.sharingWithType("NGO", "IDENTITY"));
        smuggler.put("recipientPartnerType", "SMUGGLER");
        assertFieldError(caseworker, path, smuggler, "$.recipientPartnerType");
        Map<String, Object> howUnknown = Json.raw(ConsentFixtures.consent("STATISTICS", "IDENTITY"));
        howUnknown.put("givenHow", "TELEPATHY");
        assertFieldError(caseworker, path, howUnknown, "$.givenHow");
        Map<String, Object> health = Json.raw(ConsentFixtures.consent("STATISTICS", "IDENTITY"));
        health.put("dataCategories", List.of("IDENTITY", "HEALTH"));
        Api.as(caseworker)
                .body(health)
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("$.dataCategories"));

        ConsentFixtures.Consent followUpByTheCentre = ConsentFixtures.consent("FOLLOW_UP_CONTACT", "CONTACT");
        ConsentFixtures.record(office, client, followUpByTheCentre);
        ConsentFixtures.Consent followUpByAPartner = ConsentFixtures.consent("FOLLOW_UP_CONTACT", "CONTACT");
        followUpByAPartner.recipientPartnerType(PartnerType.NGO);
        ConsentFixtures.record(office, client, followUpByAPartner);
        Api.as(caseworker)
                .get(path)
                .then()
                .body("items.purpose", equalTo(List.of("FOLLOW_UP_CONTACT", "FOLLOW_UP_CONTACT")));
    }

    @Test
    void theHistoryListsCurrentAndPastConsentsNewestFirstWithTheirStatus() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Pedro", ClientFixtures.uniqueName()));
        String active =
                ConsentFixtures.recordId(office, client, ConsentFixtures.consent("SERVICE_DELIVERY", "IDENTITY"));
        ConsentFixtures.Consent lapsed = ConsentFixtures.consent("STATISTICS", "IDENTITY");
        lapsed.givenAt(Instant.now().minus(30, ChronoUnit.DAYS).toString());
        lapsed.expiresAt(Instant.now().minus(1, ChronoUnit.DAYS).toString());
        String expired = ConsentFixtures.recordId(office, client, lapsed);
        ConsentFixtures.Consent future = ConsentFixtures.sharingWithType("TRAINING_PROVIDER", "SKILLS");
        future.givenAt(Instant.now().plus(5, ChronoUnit.DAYS).toString());
        String notYetValid = ConsentFixtures.recordId(office, client, future);
        String withdrawn = ConsentFixtures.recordId(
                office,
                client,
                ConsentFixtures.sharingWithPartner(UUID.randomUUID().toString(), "CONTACT"));
        ConsentFixtures.withdraw(office, client, withdrawn, null);

        String caseworker = Tokens.staff("caseworker", office);
        Api.as(caseworker)
                .get("/clients/" + client + "/consents")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(withdrawn, notYetValid, expired, active)))
                .body("items.status", equalTo(List.of("WITHDRAWN", "NOT_YET_VALID", "EXPIRED", "ACTIVE")))
                .body("nextCursor", nullValue());
        Response first = Api.as(caseworker).queryParam("limit", 3).get("/clients/" + client + "/consents");
        first.then().body("items.id", equalTo(List.of(withdrawn, notYetValid, expired)));
        Api.as(caseworker)
                .queryParam("limit", 3)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/clients/" + client + "/consents")
                .then()
                .body("items.id", equalTo(List.of(active)))
                .body("nextCursor", nullValue());
        Api.as(caseworker)
                .queryParam("cursor", "garbage")
                .get("/clients/" + client + "/consents")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aWithdrawalKeepsTheConsentAndCannotBeRepeated() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        ConsentFixtures.Consent body = ConsentFixtures.sharingWithType("HEALTH_PROVIDER", "IDENTITY", "CONTACT");
        Instant givenAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        body.givenAt(givenAt.toString());
        String consent = ConsentFixtures.recordId(office, client, body);
        String withdraw = "/clients/" + client + "/consents/" + consent + "/withdraw";
        String caseworker = Tokens.staff("caseworker", office);

        Api.as(caseworker).body(Map.of()).post(withdraw).then().statusCode(428);
        Api.as(caseworker)
                .header("If-Match", "\"3\"")
                .body(Map.of())
                .post(withdraw)
                .then()
                .statusCode(412);
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "withdrawnAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post(withdraw)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.withdrawnAt"));
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("withdrawnAt", givenAt.minus(1, ChronoUnit.HOURS).toString()))
                .post(withdraw)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.withdrawnAt"));
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("note", "x".repeat(1001)))
                .post(withdraw)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.note"));

        Instant effective = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("withdrawnAt", effective.toString(), "note", "Told us by phone"))
                .post(withdraw)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnAt", equalTo(effective.toString()))
                .body("withdrawalNote", equalTo("Told us by phone"))
                .body("withdrawalRecordedBy", notNullValue())
                .body("purpose", equalTo("REFERRAL_SHARING"))
                .body("recipientPartnerType", equalTo("HEALTH_PROVIDER"))
                .body("givenAt", equalTo(givenAt.toString()));
        for (String etag : List.of("\"1\"", "\"0\"")) {
            Api.as(caseworker)
                    .header("If-Match", etag)
                    .body(Map.of())
                    .post(withdraw)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:consent-already-withdrawn"));
        }
        Api.as(caseworker)
                .get("/clients/" + client + "/consents")
                .then()
                .body("items.id", equalTo(List.of(consent)))
                .body("items[0].withdrawnAt", equalTo(effective.toString()))
                .body("items[0].withdrawalNote", equalTo("Told us by phone"));
    }

    @Test
    void aConsentNotYetInEffectCanBeWithdrawnAndThenNeverTakesEffect() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        ConsentFixtures.Consent body = ConsentFixtures.consent("STATISTICS", "IDENTITY");
        body.givenAt(Instant.now().plus(3, ChronoUnit.DAYS).toString());
        String consent = ConsentFixtures.recordId(office, client, body);
        ConsentFixtures.withdraw(office, client, consent, null).then().body("status", equalTo("WITHDRAWN"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void consentsHaveNoUpdateAndTheDatabaseRefusesToRewriteThem() throws Exception {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        assertEquals(Set.of("get", "post"), paths.get("/clients/{id}/consents").keySet());
        assertEquals(
                Set.of("get"), paths.get("/clients/{id}/consents/{consentId}").keySet());
        assertEquals(
                Set.of("post"),
                paths.get("/clients/{id}/consents/{consentId}/withdraw").keySet());

        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        String consent = ConsentFixtures.recordId(office, client, ConsentFixtures.consent("STATISTICS", "IDENTITY"));
        String path = "/clients/" + client + "/consents/" + consent;
        String caseworker = Tokens.staff("caseworker", office);
        // no such operation: RESTEasy Reactive answers 404 rather than 405 on paths of nested resource classes
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("purpose", "REFERRAL_SHARING"))
                .put(path)
                .then()
                .statusCode(oneOf(404, 405));
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("dataCategories", List.of("LEGAL_AND_PROTECTION")))
                .patch(path)
                .then()
                .statusCode(oneOf(404, 405));
        Api.as(caseworker).delete(path).then().statusCode(oneOf(404, 405));

        assertRefused(
                "update consent set data_categories = '{IDENTITY,LEGAL_AND_PROTECTION}' where id = '" + consent + "'");
        assertRefused("update consent set expires_at = now() + interval '1 year' where id = '" + consent + "'");
        ConsentFixtures.withdraw(office, client, consent, null);
        assertRefused("update consent set withdrawn_at = null, withdrawal_recorded_by = null,"
                + " withdrawal_recorded_at = null where id = '" + consent + "'");
        Api.as(caseworker)
                .get(path)
                .then()
                .body("dataCategories", equalTo(List.of("IDENTITY")))
                .body("$", not(hasKey("expiresAt")))
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawingPublishesOneEventForTheFeaturesThatActOnIt() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        String consent = ConsentFixtures.recordId(
                office,
                client,
                ConsentFixtures.sharingWithPartner(UUID.randomUUID().toString(), "IDENTITY"));
        Instant effective = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(List.of(), withdrawals.of(UUID.fromString(consent)));

        ConsentFixtures.withdraw(office, client, consent, effective);
        Api.as(Tokens.staff("caseworker", office))
                .header("If-Match", "\"1\"")
                .body(Map.of())
                .post("/clients/" + client + "/consents/" + consent + "/withdraw")
                .then()
                .statusCode(409);

        assertEquals(
                List.of(new ConsentWithdrawn(UUID.fromString(consent), UUID.fromString(client), effective)),
                withdrawals.of(UUID.fromString(consent)));
    }

    @Test
    void staffElsewhereReadConsentsWithAReasonButNeverRecordOrWithdrawThem() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Idriss", ClientFixtures.uniqueName()));
        String consent =
                ConsentFixtures.recordId(office, client, ConsentFixtures.sharingWithType("NGO", "IDENTITY", "SKILLS"));
        String outsider = Tokens.staff("caseworker", elsewhere);

        Api.as(outsider).get("/clients/" + client + "/consents").then().statusCode(404);
        Api.as(outsider)
                .get("/clients/" + client + "/consents/" + consent)
                .then()
                .statusCode(404);
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + client + "/consents")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(consent))
                .body("items[0].purpose", equalTo("REFERRAL_SHARING"))
                .body("items[0].dataCategories", equalTo(List.of("IDENTITY", "SKILLS")))
                .body("items[0].status", equalTo("ACTIVE"));
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .body(ConsentFixtures.consent("STATISTICS", "IDENTITY"))
                .post("/clients/" + client + "/consents")
                .then()
                .statusCode(404);
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post("/clients/" + client + "/consents/" + consent + "/withdraw")
                .then()
                .statusCode(404);
        Api.as(Tokens.staff("caseworker", office))
                .get("/clients/" + client + "/consents")
                .then()
                .body("items.id", equalTo(List.of(consent)))
                .body("items[0].status", equalTo("ACTIVE"));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", client)
                .queryParam("action", "consent.list")
                .get("/audit")
                .then()
                .body("items.find { it.reason != null }.reason", equalTo(AccessReasons.VALID_TEXT))
                .body("items.find { it.reason != null }.actorOffice", equalTo(elsewhere))
                .body("items.find { it.reason != null }.outcome", equalTo("SUCCESS"))
                .body("items.outcome", hasItem("DENIED"));
    }

    @Test
    void aRetriedRecordWithTheSameKeyCreatesOneConsent() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        String caseworker = Tokens.staff("caseworker", office);
        String key = "consent-" + UUID.randomUUID();
        ConsentFixtures.Consent body = ConsentFixtures.consent("SERVICE_DELIVERY", "IDENTITY", "SITUATION");
        String first = Api.as(caseworker)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/clients/" + client + "/consents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(caseworker)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/clients/" + client + "/consents")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first))
                .body("dataCategories", equalTo(List.of("IDENTITY", "SITUATION")));
        Api.as(caseworker).get("/clients/" + client + "/consents").then().body("items.id", equalTo(List.of(first)));
    }

    @Test
    void consentReadsAndWritesAreAuditedOnTheClient() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        String consent = ConsentFixtures.recordId(office, client, ConsentFixtures.consent("STATISTICS", "IDENTITY"));
        String caseworker = Tokens.staff("caseworker", office);
        Api.as(caseworker).get("/clients/" + client + "/consents").then().statusCode(200);
        Api.as(caseworker)
                .get("/clients/" + client + "/consents/" + consent)
                .then()
                .statusCode(200);
        ConsentFixtures.withdraw(office, client, consent, null);
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", client)
                .get("/audit")
                .then()
                .body(
                        "items.action",
                        equalTo(List.of(
                                "consent.withdraw", "consent.read", "consent.list", "consent.create", "client.create")))
                .body("items.resourceType", not(hasItem("consent")))
                .body("items.outcome", not(hasItem("FAILED")));
    }

    @Test
    void anUnknownClientHasNoConsents() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        Api.as(Tokens.staff("caseworker", office))
                .get("/clients/" + UUID.randomUUID() + "/consents")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:problem-type:mrc:not-found"));
        Api.as(Tokens.staff("caseworker", office))
                .body(ConsentFixtures.consent("STATISTICS", "IDENTITY"))
                .post("/clients/" + UUID.randomUUID() + "/consents")
                .then()
                .statusCode(404);
    }

    private static void assertFieldError(String token, String path, Object body, String field) {
        Api.as(token)
                .body(body)
                .post(path)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem(field));
    }

    private void assertRefused(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
        }
    }
}
