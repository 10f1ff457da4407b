package org.mrc.casework.servicelog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ServiceFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class ServiceLogTest {

    @Test
    void aCaseworkerRecordsAServiceDeliveredByTheClientsOfficeAndReadsItBack() {
        ServiceLogFixtures.Office opened = ServiceLogFixtures.openOffice();
        String office = opened.code();
        String officeId = opened.id();
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Amina", ClientFixtures.uniqueName()));
        String referral = UUID.randomUUID().toString();
        ServiceFixtures.Service body = ServiceFixtures.service(
                        "LANGUAGE_COURSE", LocalDate.now().minusDays(3))
                .durationMinutes(90)
                .units(1)
                .note("  Attended the first evening class  ");
        Api.as(Tokens.staff("caseworker", office))
                .body(body.referralId(referral))
                .post("/clients/" + client + "/services")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.referralId"));

        Response created = Api.as(Tokens.staff("caseworker", office))
                .body(body.referralId((UUID) null))
                .post("/clients/" + client + "/services");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/clients/" + client + "/services/"))
                .header("ETag", equalTo("\"0\""))
                .body("clientId", equalTo(client))
                .body("serviceType", equalTo("LANGUAGE_COURSE"))
                .body("serviceTypeId", notNullValue())
                .body("deliveredOn", equalTo(LocalDate.now().minusDays(3).toString()))
                .body("officeId", equalTo(officeId))
                .body("$", not(hasKey("partnerId")))
                .body("$", not(hasKey("referralId")))
                .body("durationMinutes", equalTo(90))
                .body("units", equalTo(1))
                .body("note", equalTo("Attended the first evening class"));
        Api.as(Tokens.staff("coordinator", office))
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(created.path("id")))
                .body("recordedAt", equalTo(created.path("recordedAt")));
        String otherClient =
                ClientFixtures.registerId(office, ClientFixtures.person("Omar", ClientFixtures.uniqueName()));
        Api.as(Tokens.staff("caseworker", office))
                .get("/clients/" + otherClient + "/services/" + created.path("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void servicesAreListedLatestFirstAcrossPages() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Amina", ClientFixtures.uniqueName()));
        String caseworker = Tokens.staff("caseworker", office);
        String old = record(
                caseworker,
                client,
                ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now().minusDays(30)));
        String recent = record(
                caseworker,
                client,
                ServiceFixtures.service(
                        "PRE_DEPARTURE_ORIENTATION", LocalDate.now().minusDays(1)));
        String middle = record(
                caseworker,
                client,
                ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now().minusDays(10)));

        Response first = Api.as(caseworker).queryParam("limit", 2).get("/clients/" + client + "/services");
        first.then().statusCode(200).body("items.id", equalTo(List.of(recent, middle)));
        Api.as(caseworker)
                .queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor"))
                .get("/clients/" + client + "/services")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(old)))
                .body("nextCursor", nullValue());
    }

    @Test
    void aServiceIsValidatedWithFieldPaths() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Amina", ClientFixtures.uniqueName()));
        String path = "/clients/" + client + "/services";
        String caseworker = Tokens.staff("caseworker", office);

        Api.as(caseworker)
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItems("$.serviceType", "$.deliveredOn"));
        assertFieldError(
                caseworker, path, ServiceFixtures.service("NO_SUCH_SERVICE", LocalDate.now()), "$.serviceType");
        assertFieldError(
                caseworker,
                path,
                ServiceFixtures.service(ServiceLogFixtures.inactiveServiceType(), LocalDate.now()),
                "$.serviceType");
        assertFieldError(
                caseworker,
                path,
                ServiceFixtures.service(
                        "LANGUAGE_COURSE", LocalDate.now(ZoneOffset.UTC).plusDays(2)),
                "$.deliveredOn");
        ServiceFixtures.Service negative = ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now());
        negative.durationMinutes(-1);
        negative.units(-2);
        Api.as(caseworker)
                .body(negative)
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("$.durationMinutes", "$.units"));
        ServiceFixtures.Service longNote = ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now());
        longNote.note("x".repeat(2001));
        assertFieldError(caseworker, path, longNote, "$.note");
        Api.as(caseworker).get(path).then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void theProviderIsEitherAnOfficeInScopeOrARegisteredPartner() {
        ServiceLogFixtures.Office opened = ServiceLogFixtures.openOffice();
        String office = opened.code();
        ServiceLogFixtures.Office elsewhere = ServiceLogFixtures.openOffice();
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Amina", ClientFixtures.uniqueName()));
        String path = "/clients/" + client + "/services";
        String caseworker = Tokens.staff("caseworker", office);
        String partner = DirectoryFixtures.registerPartner("TRAINING_PROVIDER");

        ServiceFixtures.Service byPartner = ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now());
        byPartner.partnerId(partner);
        Api.as(caseworker)
                .body(byPartner)
                .post(path)
                .then()
                .statusCode(201)
                .body("partnerId", equalTo(partner))
                .body("$", not(hasKey("officeId")));
        ServiceFixtures.Service both = ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now());
        both.partnerId(partner);
        both.officeId(opened.id());
        assertFieldError(caseworker, path, both, "$.partnerId");
        ServiceFixtures.Service unknownPartner = ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now());
        unknownPartner.partnerId(UUID.randomUUID().toString());
        assertFieldError(caseworker, path, unknownPartner, "$.partnerId");
        ServiceFixtures.Service otherOffice = ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now());
        otherOffice.officeId(elsewhere.id());
        assertFieldError(caseworker, path, otherOffice, "$.officeId");
        Api.as(caseworker).get(path).then().body("items.partnerId", equalTo(List.of(partner)));
    }

    @Test
    void staffElsewhereReadServicesWithAReasonButNeverRecordThem() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Amina", ClientFixtures.uniqueName()));
        ServiceFixtures.Service body =
                ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now().minusDays(2));
        body.note("Needs childcare during classes");
        String service = record(Tokens.staff("caseworker", office), client, body);
        String outsider = Tokens.staff("caseworker", elsewhere);

        Api.as(outsider).get("/clients/" + client + "/services").then().statusCode(404);
        Api.as(outsider)
                .get("/clients/" + client + "/services/" + service)
                .then()
                .statusCode(404);
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + client + "/services")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(service))
                .body("items[0].serviceType", equalTo("LANGUAGE_COURSE"))
                .body("items[0].note", equalTo("Needs childcare during classes"));
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .body(ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now()))
                .post("/clients/" + client + "/services")
                .then()
                .statusCode(404);
        Api.as(Tokens.staff("caseworker", office))
                .get("/clients/" + client + "/services")
                .then()
                .body("items.id", equalTo(List.of(service)));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", client)
                .queryParam("action", "service.list")
                .get("/audit")
                .then()
                .body("items.find { it.reason != null }.reason", equalTo(AccessReasons.VALID_TEXT))
                .body("items.find { it.reason != null }.outcome", equalTo("SUCCESS"))
                .body("items.outcome", hasItem("DENIED"));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", client)
                .queryParam("action", "service.record")
                .get("/audit")
                .then()
                .body("items.outcome", hasItems("SUCCESS", "DENIED"));
    }

    @Test
    void aRetriedRecordWithTheSameKeyCreatesOneService() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Amina", ClientFixtures.uniqueName()));
        String caseworker = Tokens.staff("caseworker", office);
        String key = "service-" + UUID.randomUUID();
        ServiceFixtures.Service body =
                ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now().minusDays(1));
        String first = Api.as(caseworker)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/clients/" + client + "/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(caseworker)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/clients/" + client + "/services")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first));
        Api.as(caseworker).get("/clients/" + client + "/services").then().body("items.id", equalTo(List.of(first)));
    }

    @Test
    void aTamperedCursorIsABadRequest() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Amina", ClientFixtures.uniqueName()));
        Api.as(Tokens.staff("caseworker", office))
                .queryParam("cursor", "not-a-cursor")
                .get("/clients/" + client + "/services")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    private static String record(String token, String client, ServiceFixtures.Service body) {
        return Api.as(token)
                .body(body)
                .post("/clients/" + client + "/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
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
}
