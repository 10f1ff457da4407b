package org.mrc.casework.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void livenessAndReadinessIncludingTheDatabaseAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsArePublishedWithTemplatedPathsOnly() {
        String id = OfficeFixtures.open("RESOURCE_CENTRE", null);
        Api.asAdmin().get("/offices/" + id).then().statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/offices/{id}\""))
                .body(not(containsString(id)));
    }
}
