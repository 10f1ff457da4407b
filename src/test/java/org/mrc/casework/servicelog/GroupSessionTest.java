package org.mrc.casework.servicelog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.Sex;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ServiceFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class GroupSessionTest {

    @Test
    void aCaseworkerRecordsAnOrientationSessionWithHeadcountsAndAttendees() {
        ServiceLogFixtures.Office office = ServiceLogFixtures.openOffice();
        String caseworker = Tokens.staff("caseworker", office.code());
        String client =
                ClientFixtures.registerId(office.code(), ClientFixtures.person("Maria", ClientFixtures.uniqueName()));
        String reference = Api.as(caseworker)
                .get("/clients/" + client)
                .then()
                .statusCode(200)
                .extract()
                .path("reference");
        ServiceFixtures.Session body =
                session("PRE_DEPARTURE_ORIENTATION", LocalDate.now().minusDays(1));
        body.headcounts(List.of(cell("MALE", "25-34", 4), cell("FEMALE", "15-24", 7), cell("FEMALE", "0-14", 0)));

        Response created = Api.as(caseworker).body(body).post("/group-sessions");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/group-sessions/"))
                .header("ETag", equalTo("\"0\""))
                .body("officeId", equalTo(office.id()))
                .body("kind", equalTo("SESSION"))
                .body("serviceType", equalTo("PRE_DEPARTURE_ORIENTATION"))
                .body("place", equalTo("Community hall"))
                .body("facilitator", equalTo("Orientation team"))
                .body("headcounts.sex", equalTo(List.of("FEMALE", "MALE")))
                .body("headcounts.ageBand", equalTo(List.of("15-24", "25-34")))
                .body("headcounts.people", equalTo(List.of(7, 4)))
                .body("anonymousCount", equalTo(11))
                .body("attendeeCount", equalTo(0));
        String location = created.header("Location");

        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("clientId", client))
                .post(location + "/attendees")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("attendees.clientId", equalTo(List.of(client)))
                .body("attendees[0].reference", equalTo(reference))
                .body("totalCount", equalTo(12));
        Api.as(caseworker)
                .header("If-Match", "\"1\"")
                .body(Map.of("clientId", client))
                .post(location + "/attendees")
                .then()
                .statusCode(409)
                .body("type", containsString("already-attending"));
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("cells", List.of()))
                .put(location + "/headcounts")
                .then()
                .statusCode(412);
        Api.as(caseworker)
                .header("If-Match", "\"1\"")
                .body(new ServiceLogRequests.ReplaceHeadcounts(List.of(cell("UNDISCLOSED", "65+", 2))))
                .put(location + "/headcounts")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("headcounts.sex", equalTo(List.of("UNDISCLOSED")))
                .body("anonymousCount", equalTo(2))
                .body("totalCount", equalTo(3));
        Api.as(Tokens.staff("coordinator", office.code()))
                .header("If-Match", "\"2\"")
                .delete(location + "/attendees/" + client)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"3\""))
                .body("attendees", equalTo(List.of()))
                .body("attendeeCount", equalTo(0));
        Api.as(caseworker)
                .header("If-Match", "\"3\"")
                .delete(location + "/attendees/" + client)
                .then()
                .statusCode(404);
        Api.as(caseworker).get(location).then().statusCode(200).header("ETag", equalTo("\"3\""));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", (String) created.path("id"))
                .get("/audit")
                .then()
                .body(
                        "items.action",
                        hasItems(
                                "group-session.create",
                                "group-session.add-attendee",
                                "group-session.headcounts",
                                "group-session.remove-attendee",
                                "group-session.read"));
    }

    @Test
    void headcountsAreNonNegativeInTheReportingBandsAndCountedOnce() {
        String caseworker = Tokens.staff("caseworker", OfficeFixtures.openCode("MIGRATION_DESK", null));
        ServiceFixtures.Session body = session("PRE_DEPARTURE_ORIENTATION", LocalDate.now());
        body.headcounts(List.of(cell("FEMALE", "15-24", 3), cell("MALE", "0-14", -1)));
        Api.as(caseworker)
                .body(body)
                .post("/group-sessions")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(List.of("$.headcounts[1].people")));
        // a sex outside the enum: only a raw body can carry it
        Api.as(caseworker)
                .body(Json.with(body, "headcounts", List.of(Map.of("sex", "ALIEN", "ageBand", "0-14", "people", 1))))
                .post("/group-sessions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("$.headcounts[0].sex"));
        body.headcounts(List.of(cell("FEMALE", "15-25", 3), cell("MALE", "0-14", 1), cell("MALE", "0-14", 2)));
        Api.as(caseworker)
                .body(body)
                .post("/group-sessions")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("$.headcounts[0].ageBand", "$.headcounts[2]")));
        String location = Api.as(caseworker)
                .body(session("PRE_DEPARTURE_ORIENTATION", LocalDate.now()))
                .post("/group-sessions")
                .header("Location");
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(new ServiceLogRequests.ReplaceHeadcounts(List.of(cell("FEMALE", "70+", 1))))
                .put(location + "/headcounts")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("$.cells[0].ageBand")));
    }

    @Test
    void aSessionIsValidatedWithFieldPaths() {
        ServiceLogFixtures.Office office = ServiceLogFixtures.openOffice();
        ServiceLogFixtures.Office elsewhere = ServiceLogFixtures.openOffice();
        String caseworker = Tokens.staff("caseworker", office.code());
        Api.as(caseworker)
                .body(Map.of())
                .post("/group-sessions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("$.kind", "$.serviceType", "$.heldOn", "$.place"));
        ServiceFixtures.Session future =
                session("NO_SUCH_SERVICE", LocalDate.now(ZoneOffset.UTC).plusDays(2));
        future.officeId(elsewhere.id());
        Api.as(caseworker)
                .body(future)
                .post("/group-sessions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("$.serviceType", "$.heldOn", "$.officeId"));
    }

    @Test
    void sessionsAndAttendeesStayWithinTheCallersScope() {
        ServiceLogFixtures.Office office = ServiceLogFixtures.openOffice();
        ServiceLogFixtures.Office elsewhere = ServiceLogFixtures.openOffice();
        String caseworker = Tokens.staff("caseworker", office.code());
        String outsider = Tokens.staff("caseworker", elsewhere.code());
        String foreignClient =
                ClientFixtures.registerId(elsewhere.code(), ClientFixtures.person("Jose", ClientFixtures.uniqueName()));
        Response created = Api.as(caseworker)
                .body(session("PRE_DEPARTURE_ORIENTATION", LocalDate.now()))
                .post("/group-sessions");
        String location = created.header("Location");

        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("clientId", foreignClient))
                .post(location + "/attendees")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("$.clientId")));
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("clientId", UUID.randomUUID().toString()))
                .post(location + "/attendees")
                .then()
                .statusCode(400);
        Api.as(outsider).get(location).then().statusCode(404);
        Api.as(outsider)
                .header("If-Match", "\"0\"")
                .body(Map.of("cells", List.of()))
                .put(location + "/headcounts")
                .then()
                .statusCode(404);
        Api.as(outsider)
                .queryParam("officeId", office.id())
                .get("/group-sessions")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
        Api.as(caseworker)
                .get("/group-sessions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((String) created.path("id"))))
                .body("items[0]", not(hasKey("attendees")))
                .body("items[0].attendeeCount", equalTo(0));
    }

    @Test
    void sessionsAreFilteredByDateAndServiceTypeAndPaged() {
        ServiceLogFixtures.Office office = ServiceLogFixtures.openOffice();
        String coordinator = Tokens.staff("coordinator", office.code());
        LocalDate today = LocalDate.now();
        String old = id(coordinator, session("PRE_DEPARTURE_ORIENTATION", today.minusDays(40)));
        String recent = id(coordinator, session("PRE_DEPARTURE_ORIENTATION", today.minusDays(2)));
        ServiceFixtures.Session campaign = session("LANGUAGE_COURSE", today.minusDays(5));
        campaign.kind(SessionKind.OUTREACH_EVENT);
        String outreach = id(coordinator, campaign);

        Response first = Api.as(coordinator).queryParam("limit", 2).get("/group-sessions");
        first.then().statusCode(200).body("items.id", equalTo(List.of(recent, outreach)));
        Api.as(coordinator)
                .queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor"))
                .get("/group-sessions")
                .then()
                .body("items.id", equalTo(List.of(old)));
        Api.as(coordinator)
                .queryParam("officeId", office.id())
                .queryParam("from", today.minusDays(10).toString())
                .queryParam("to", today.toString())
                .queryParam("serviceType", "PRE_DEPARTURE_ORIENTATION")
                .get("/group-sessions")
                .then()
                .body("items.id", equalTo(List.of(recent)));
        Api.as(coordinator)
                .queryParam("from", "last week")
                .get("/group-sessions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    private static String id(String token, ServiceFixtures.Session body) {
        return Api.as(token)
                .body(body)
                .post("/group-sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ServiceFixtures.Session session(String serviceType, LocalDate heldOn) {
        return ServiceFixtures.session(serviceType, heldOn)
                .locality("Batangas City")
                .facilitator("Orientation team");
    }

    private static ServiceLogRequests.HeadcountCell cell(String sex, String ageBand, int people) {
        return new ServiceLogRequests.HeadcountCell(Sex.valueOf(sex), ageBand, people);
    }
}
