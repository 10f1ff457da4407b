package org.mrc.casework.servicelog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;

/** Service deliveries and catalogue codes for the service log tests. */
final class ServiceLogFixtures {

    private ServiceLogFixtures() {}

    /** An office as tests need it: the code staff tokens carry and the id records name. */
    record Office(String code, String id) {}

    static Office openOffice() {
        String code = OfficeFixtures.uniqueCode();
        String id = OfficeFixtures.openWithCode(code, "MIGRATION_DESK", null)
                .extract()
                .path("id");
        return new Office(code, id);
    }

    static Map<String, Object> service(String serviceType, LocalDate deliveredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceType", serviceType);
        body.put("deliveredOn", deliveredOn.toString());
        return body;
    }

    /** Adds a service type (as an admin), deactivated, and returns its code. */
    static String inactiveServiceType() {
        String code = "TEST_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Discontinued course");
        body.put("category", "TRAINING");
        body.put("phases", List.of("RETURN"));
        body.put("side", "ORIGIN");
        Api.asAdmin().body(body).post("/service-types").then().statusCode(201);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/service-types/" + code + "/deactivate")
                .then()
                .statusCode(200);
        return code;
    }
}
