package org.mrc.casework.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Service types of the tests' own, with unique codes, added through the catalogue API as an admin would. */
public final class ServiceTypeFixtures {

    private ServiceTypeFixtures() {}

    public static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An add-service-type body in {@code category}, without a tier (the category's default applies). */
    public static Map<String, Object> type(String code, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Service " + code);
        body.put("category", category);
        body.put("phases", List.of("MIGRATION", "RETURN"));
        body.put("side", "BOTH");
        return body;
    }

    /** Adds a PROTECTION service type (S2 by default) with a unique code and returns the code. */
    public static String sensitive() {
        String code = uniqueCode("PROTECT");
        Api.asAdmin()
                .body(type(code, "PROTECTION"))
                .post("/service-types")
                .then()
                .statusCode(201);
        return code;
    }
}
