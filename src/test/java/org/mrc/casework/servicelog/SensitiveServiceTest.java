package org.mrc.casework.servicelog;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Pages;
import org.mrc.casework.support.ServiceFixtures;
import org.mrc.casework.support.ServiceTypeFixtures;
import org.mrc.casework.support.Tokens;

/** Services and session attendance of an S2 service type do not exist for readers below S2. */
@QuarkusTest
class SensitiveServiceTest {

    @Test
    void anOutOfScopeReaderDoesNotLearnAnS2ServiceOrSessionExistsAndPagingDoesNotBetrayIt() {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String staff = Tokens.staff("caseworker", office);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Ana", ClientFixtures.uniqueName()));
        String sensitiveType = ServiceTypeFixtures.sensitive();
        String services = "/clients/" + client + "/services";
        String older = record(staff, services, "LANGUAGE_COURSE", 3);
        String sensitive = record(staff, services, sensitiveType, 2);
        String newer = record(staff, services, "LANGUAGE_COURSE", 1);
        String session = session(staff, sensitiveType, null);
        attend(staff, session, client);

        String outsider = Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        assertEquals(List.of(newer, older), Pages.ids(outsider, services));
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get(services + "/" + sensitive)
                .then()
                .statusCode(404);
        String timeline = Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + client + "/timeline?limit=200")
                .then()
                .statusCode(200)
                .body("items.findAll { it.kind == 'SERVICE_DELIVERED' }.size()", equalTo(2))
                .body("items.findAll { it.kind == 'SESSION_ATTENDED' }", empty())
                .extract()
                .asString();
        assertFalse(timeline.contains(sensitiveType) || timeline.contains(session), timeline);

        assertEquals(List.of(newer, sensitive, older), Pages.ids(staff, services));
        Api.as(staff)
                .get("/clients/" + client + "/timeline?limit=200")
                .then()
                .body("items.findAll { it.kind == 'SERVICE_DELIVERED' }.size()", equalTo(3))
                .body("items.findAll { it.kind == 'SESSION_ATTENDED' }.size()", equalTo(1));
    }

    @Test
    void anS2SessionNamesAndCountsOnlyTheAttendeesWhoseRecordTheReadersOfficesOwn() {
        HouseholdFixtures.Office centre = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        HouseholdFixtures.Office deskA = HouseholdFixtures.office("MIGRATION_DESK", centre.id());
        HouseholdFixtures.Office deskB = HouseholdFixtures.office("MIGRATION_DESK", centre.id());
        String coordinator = Tokens.staff("coordinator", centre.code());
        String fromB =
                ClientFixtures.registerId(deskB.code(), ClientFixtures.person("Bea", ClientFixtures.uniqueName()));
        String sensitiveType = ServiceTypeFixtures.sensitive();
        String sensitive = session(coordinator, sensitiveType, deskA.id());
        attend(coordinator, sensitive, fromB);
        String plain = session(coordinator, "PRE_DEPARTURE_ORIENTATION", deskA.id());
        attend(coordinator, plain, fromB);

        String caseworkerA = Tokens.staff("caseworker", deskA.code());
        Api.as(caseworkerA)
                .get("/group-sessions/" + sensitive)
                .then()
                .statusCode(200)
                .body("attendees", empty())
                .body("attendeeCount", equalTo(0))
                .body("totalCount", equalTo(0));
        Api.as(caseworkerA)
                .queryParam("serviceType", sensitiveType)
                .get("/group-sessions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(sensitive)))
                .body("items[0].attendeeCount", equalTo(0));
        // an ordinary session keeps naming them, and the coordinator over both desks sees everyone
        Api.as(caseworkerA).get("/group-sessions/" + plain).then().body("attendees.clientId", equalTo(List.of(fromB)));
        Api.as(coordinator)
                .get("/group-sessions/" + sensitive)
                .then()
                .body("attendees.clientId", equalTo(List.of(fromB)))
                .body("attendeeCount", equalTo(1));
    }

    private static String record(String token, String services, String type, int daysAgo) {
        ServiceFixtures.Service body = ServiceFixtures.service(
                        type, LocalDate.now().minusDays(daysAgo))
                .note("Seen at the desk");
        return Api.as(token)
                .body(body)
                .post(services)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String session(String token, String type, String officeId) {
        ServiceFixtures.Session body =
                ServiceFixtures.session(type, LocalDate.now().minusDays(1)).officeId(officeId);
        return Api.as(token)
                .body(body)
                .post("/group-sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void attend(String token, String session, String client) {
        String etag = Api.as(token).get("/group-sessions/" + session).header("ETag");
        Api.as(token)
                .header("If-Match", etag)
                .body(Map.of("clientId", client))
                .post("/group-sessions/" + session + "/attendees")
                .then()
                .statusCode(200);
    }
}
