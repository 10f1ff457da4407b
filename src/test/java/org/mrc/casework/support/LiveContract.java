package org.mrc.casework.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document the running service publishes, read once per call: what every guarantee checked "over the
 * whole contract" (role matrix, attribution, firewall sweep, access reasons, merged-away writes) iterates over, so a
 * new operation is covered as soon as it exists.
 */
public final class LiveContract {

    /** One operation: method (upper case), path template, operationId and its raw description. */
    public record Operation(String method, String path, String operationId, Map<String, Object> spec) {

        /** Whether the operation declares the header parameter {@code name}. */
        public boolean takesHeader(String name) {
            return spec.get("parameters") instanceof List<?> parameters
                    && parameters.stream()
                            .anyMatch(p -> p instanceof Map<?, ?> m
                                    && name.equals(m.get("name"))
                                    && "header".equals(m.get("in")));
        }
    }

    private LiveContract() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> document() {
        return given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** Every operation that has an operationId, in document order. */
    @SuppressWarnings("unchecked")
    public static List<Operation> operations() {
        Map<String, Map<String, Object>> paths =
                (Map<String, Map<String, Object>>) document().get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (value instanceof Map<?, ?> operation && operation.get("operationId") != null) {
                operations.add(new Operation(
                        method.toUpperCase(), path, (String) operation.get("operationId"), (Map<String, Object>)
                                operation));
            }
        }));
        return operations;
    }
}
