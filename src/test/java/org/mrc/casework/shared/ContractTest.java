package org.mrc.casework.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published contract documents every operation fully: id, summary, security, and its problem responses. */
@QuarkusTest
class ContractTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryItsSecurityAndItsErrorResponses() {
        Map<String, Object> document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        Map<String, Object> schemes =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("securitySchemes");
        assertEquals(List.of("oidc"), List.copyOf(schemes.keySet()), "exactly one security scheme");

        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            Map<String, Object> operation = (Map<String, Object>) value;
            String where = method.toUpperCase() + " " + path;
            if (operation.get("operationId") == null) {
                problems.add(where + ": no operationId");
            }
            if (operation.get("summary") == null) {
                problems.add(where + ": no summary");
            }
            if (!List.of(Map.of("oidc", List.of())).equals(operation.get("security"))) {
                problems.add(where + ": security is " + operation.get("security"));
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            for (String code : List.of("401", "403", "500", "503")) {
                if (!responses.containsKey(code)) {
                    problems.add(where + ": no " + code + " response");
                }
            }
            if (operation.containsKey("requestBody")) {
                for (String code : List.of("400", "413", "415")) {
                    if (!responses.containsKey(code)) {
                        problems.add(where + ": has a body but no " + code + " response");
                    }
                }
            }
            if (path.contains("{") && !responses.containsKey("404")) {
                problems.add(where + ": addresses a resource but has no 404 response");
            }
        }));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
