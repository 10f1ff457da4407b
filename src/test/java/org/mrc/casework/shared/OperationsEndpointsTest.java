package org.mrc.casework.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

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

    /**
     * The duplicate check's timer is a histogram of fixed buckets (cumulative counts that add up across instances and
     * over any interval, where the benchmark reads its p95), and it carries no tag at all: nothing about the person.
     */
    @Test
    void theDuplicateCheckIsTimedInFixedBucketsWithoutTags() {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        // without confirmNotDuplicate, so that the check runs
        Api.as(Tokens.staff("caseworker", office))
                .body(ClientFixtures.person("Bucket", ClientFixtures.uniqueName()))
                .post("/clients")
                .then()
                .statusCode(201);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> buckets = metrics.lines()
                .filter(line -> line.startsWith("mrc_client_duplicate_check_seconds_bucket{"))
                .toList();
        assertEquals(11, buckets.size(), String.join("\n", buckets));
        assertTrue(
                buckets.stream()
                        .anyMatch(line -> line.startsWith("mrc_client_duplicate_check_seconds_bucket{le=\"0.005\"}")),
                "a bucket at the 5 ms goal");
        buckets.forEach(line -> assertTrue(
                line.matches("mrc_client_duplicate_check_seconds_bucket\\{le=\"[0-9.+Inf]+\"} [0-9.]+"
                        // an exemplar names the trace of one observation: ids only
                        + "( # \\{span_id=\"[0-9a-f]+\",trace_id=\"[0-9a-f]+\"} [0-9.E-]+ [0-9.]+)?"),
                "no tag but the bucket bound: " + line));
        double total = Double.parseDouble(buckets.get(buckets.size() - 1).split(" ")[1]);
        assertTrue(total >= 1, "the registration was timed");
    }
}
