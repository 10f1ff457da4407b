package org.mrc.casework.servicelog;

import java.util.Set;
import java.util.UUID;
import org.mrc.casework.catalogue.ServicePhase;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ServiceTypeFixtures;

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

    /** Adds a service type (as an admin), deactivated, and returns its code. */
    static String inactiveServiceType() {
        String code = "TEST_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        ServiceTypeFixtures.NewServiceType body = ServiceTypeFixtures.type(code, "TRAINING")
                .name("Discontinued course")
                .phases(Set.of(ServicePhase.RETURN))
                .side(TerritorySide.ORIGIN);
        Api.asAdmin().body(body).post("/service-types").then().statusCode(201);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/service-types/" + code + "/deactivate")
                .then()
                .statusCode(200);
        return code;
    }
}
