package org.mrc.casework.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.EmbeddedPostgresResource;

/**
 * Stops the real database under the running service and starts it again: readiness must turn DOWN promptly
 * (bounded waits, never a hang), API calls must get 503 + Retry-After problems, and the service must recover on
 * its own once the database is back.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void theServiceReportsAnOutagePromptlyAndRecoversByItself() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        invoke("stopServer");
        try {
            long started = System.nanoTime();
            Response readiness = given().get("/q/health/ready");
            long millis = (System.nanoTime() - started) / 1_000_000;
            readiness.then().statusCode(503).body("status", equalTo("DOWN"));
            System.out.printf("readiness answered DOWN in %d ms with the database stopped%n", millis);
            assertTrue(millis < 10_000, "readiness must not hang: took " + millis + " ms");

            Api.asAdmin()
                    .get("/offices/tree")
                    .then()
                    .statusCode(503)
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:problem-type:mrc:service-unavailable"));
        } finally {
            invoke("startServer");
        }
        int status = 0;
        for (int attempt = 0; attempt < 40 && status != 200; attempt++) {
            status = Api.asAdmin().get("/offices/tree").statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertEquals(200, status, "the service recovers once the database is back");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static void invoke(String operation) throws Exception {
        ManagementFactory.getPlatformMBeanServer()
                .invoke(new ObjectName(EmbeddedPostgresResource.CONTROL), operation, new Object[0], new String[0]);
    }
}
