package org.mrc.casework.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class BootstrapTest {

    @Inject
    Bootstrap bootstrap;

    @Test
    void bootstrapCreatesTheOfficeTreePartnersAndCodesOnceAndAuditsEachAsTheSystem() throws IOException {
        String centre = OfficeFixtures.uniqueCode();
        String desk = OfficeFixtures.uniqueCode();
        UUID partnerId = UUID.randomUUID();
        String typeCode = "BOOT_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Path file = write("""
                offices:
                  - { code: %s, name: Test centre, kind: RESOURCE_CENTRE, country: PH }
                  - { code: %s, name: Test desk, kind: MIGRATION_DESK, parentCode: %s, country: PH, locality: Lipa }
                partners:
                  - { id: %s, name: Test cooperative, types: [COOPERATIVE], country: PH }
                serviceTypes:
                  - { code: %s, name: Test service, category: CIVIC, phases: [PRE_DEPARTURE], side: ORIGIN }
                """.formatted(centre, desk, centre, partnerId, typeCode));

        Bootstrap.Counts first = bootstrap.apply(bootstrap.read(file));
        Bootstrap.Counts again = bootstrap.apply(bootstrap.read(file));

        assertEquals(2, first.offices);
        assertEquals(1, first.partners);
        assertEquals(1, first.serviceTypes);
        assertEquals(0, first.present);
        assertEquals(0, again.offices + again.partners + again.serviceTypes, "a second start creates nothing");
        assertEquals(4, again.present);

        JsonPath scope = Api.as(Tokens.staff("coordinator", centre))
                .get("/offices/in-my-scope")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String centreId = scope.getString("find { it.code == '" + centre + "' }.id");
        assertEquals(centreId, scope.getString("find { it.code == '" + desk + "' }.parentId"));
        Api.asAdmin().get("/partners/" + partnerId).then().statusCode(200).body("name", equalTo("Test cooperative"));
        Api.asAdmin().get("/service-types/" + typeCode).then().statusCode(200).body("category", equalTo("CIVIC"));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", partnerId.toString())
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].actorSubject", equalTo(Bootstrap.SYSTEM.subject()))
                .body("items[0].action", equalTo("partner.create"));
    }

    @Test
    void anInvalidFileStopsTheStartAndCreatesNothing() throws IOException {
        String code = OfficeFixtures.uniqueCode();
        Path unknownParent = write("""
                offices:
                  - { code: %s, name: Orphan desk, kind: MIGRATION_DESK, parentCode: NOPE-%s, country: PH }
                """.formatted(code, code.substring(0, 4)));
        Path badKind = write("""
                offices:
                  - { code: %s, name: Desk, kind: KIOSK, country: PH }
                """.formatted(code));
        Path badCountry = write("""
                offices:
                  - { code: %s, name: Desk, kind: MIGRATION_DESK, country: Philippines }
                """.formatted(code));

        assertThrows(IllegalArgumentException.class, () -> bootstrap.apply(bootstrap.read(unknownParent)));
        assertThrows(IllegalStateException.class, () -> bootstrap.read(badKind));
        IllegalStateException invalid = assertThrows(IllegalStateException.class, () -> bootstrap.read(badCountry));
        assertTrue(invalid.getMessage().contains("offices[0].country"), invalid.getMessage());
        Api.as(Tokens.staff("caseworker", code))
                .get("/offices/in-my-scope")
                .then()
                .statusCode(403);
    }

    private static Path write(String yaml) throws IOException {
        Path file = Files.createTempFile("bootstrap", ".yaml");
        Files.writeString(file, yaml);
        file.toFile().deleteOnExit();
        return file;
    }
}
