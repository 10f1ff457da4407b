package org.mrc.casework.lifecycle;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class LegalHoldTest {

    private static final Map<String, Object> ERASURE = Map.of(
            "requestedBy",
            "DATA_SUBJECT",
            "ground",
            "NO_LONGER_NECESSARY",
            "receivedOn",
            LocalDate.now().toString());

    @Test
    void aHeldClientCannotBeErasedUntilTheHoldIsReleased() {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Held", ClientFixtures.uniqueName()));
        String coordinator = Tokens.staff("coordinator", office);
        String caseworker = Tokens.staff("caseworker", office);
        String holds = "/clients/" + client + "/legal-holds";

        String hold = Api.as(coordinator)
                .body(Map.of(
                        "reason",
                        "AUTHORITY_REQUEST",
                        "endsOn",
                        LocalDate.now().plusDays(90).toString()))
                .post(holds)
                .then()
                .statusCode(201)
                .body("active", equalTo(true))
                .body("reason", equalTo("AUTHORITY_REQUEST"))
                .extract()
                .path("id");
        Api.as(Tokens.admin()).get(holds + "/" + hold).then().statusCode(200).body("clientId", equalTo(client));

        Api.as(caseworker)
                .body(ERASURE)
                .post("/clients/" + client + "/erasure-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("LEGAL_HOLD"));

        Api.as(coordinator)
                .header("If-Match", "\"0\"")
                .post(holds + "/" + hold + "/release")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        Api.as(coordinator)
                .header("If-Match", "\"1\"")
                .post(holds + "/" + hold + "/release")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:legal-hold-released"));

        Api.as(caseworker)
                .body(ERASURE)
                .post("/clients/" + client + "/erasure-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("EXECUTED"));
        // a tombstone is held by nobody
        Api.as(coordinator).get(holds).then().statusCode(410);
    }

    @Test
    void holdsAreForTheCoordinatorsInScopeAndAdminsAndEndInTheFutureOrToday() {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Kept", ClientFixtures.uniqueName()));
        String holds = "/clients/" + client + "/legal-holds";
        Map<String, Object> body =
                Map.of("reason", "LITIGATION", "endsOn", LocalDate.now().toString());

        Api.as(Tokens.admin()).body(body).post(holds).then().statusCode(201);
        String stranger = Tokens.staff("coordinator", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        Api.as(stranger).body(body).post(holds).then().statusCode(404);
        Api.as(stranger).get(holds).then().statusCode(404);
        Api.as(Tokens.staff("coordinator", office))
                .body(Map.of(
                        "reason",
                        "LITIGATION",
                        "endsOn",
                        LocalDate.now().minusDays(1).toString()))
                .post(holds)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.endsOn"));
        Api.as(Tokens.staff("coordinator", office))
                .get(holds)
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
    }
}
