package org.mrc.casework.catalogue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.Pages;
import org.mrc.casework.support.ServiceTypeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class ServiceTypeTierTest {

    /** The seeded codes whose records are S2 (protection, legal, psychosocial and health services). */
    private static final List<String> SEEDED_S2 = List.of(
            "TRANSIT_EMERGENCY_CARE",
            "LEGAL_AID",
            "HEALTH_ACCESS",
            "ANONYMOUS_HEALTH_CONSULTATION",
            "PSYCHOSOCIAL",
            "SHORT_TERM_HUMANITARIAN",
            "TRAFFICKING_SURVIVOR_SUPPORT",
            "GBV_SURVIVOR_SUPPORT");

    @Test
    void protectionLegalPsychosocialAndHealthServicesAreSeededAsS2AndTheRestAsS1() {
        List<Map<String, Object>> types = Pages.all(Tokens.of("analyst"), "/service-types", Map.of());
        int seeded = 0;
        for (Map<String, Object> type : types) {
            String code = (String) type.get("code");
            if (SEEDED_S2.contains(code)) {
                seeded++;
                assertEquals("S2", type.get("tier"), code);
            } else if (CatalogueTest.SEEDED.contains(code)) {
                seeded++;
                assertEquals("S1", type.get("tier"), code);
            }
        }
        assertEquals(CatalogueTest.SEEDED.size() + 1, seeded, "every seeded code, GBV support included");
        Api.as(Tokens.partner("p"))
                .get("/service-types/GBV_SURVIVOR_SUPPORT")
                .then()
                .statusCode(200)
                .body("category", equalTo("PROTECTION"))
                .body("tier", equalTo("S2"));
    }

    @Test
    void anAdminSetsTheTierAndAnEditThatDoesNotMentionItNeverLowersIt() {
        String plain = ServiceTypeFixtures.uniqueCode("TIER");
        Api.asAdmin()
                .body(ServiceTypeFixtures.type(plain, "TRAINING"))
                .post("/service-types")
                .then()
                .statusCode(201)
                .body("tier", equalTo("S1"));
        Api.asAdmin()
                .body(ServiceTypeFixtures.type(ServiceTypeFixtures.uniqueCode("TIER"), "PROTECTION"))
                .post("/service-types")
                .then()
                .statusCode(201)
                .body("tier", equalTo("S2"));
        ServiceTypeFixtures.NewServiceType explicit =
                ServiceTypeFixtures.type(ServiceTypeFixtures.uniqueCode("TIER"), "FAMILY_SUPPORT");
        explicit.tier(Tier.S2);
        String gbvCounselling = Api.asAdmin()
                .body(explicit)
                .post("/service-types")
                .then()
                .statusCode(201)
                .body("tier", equalTo("S2"))
                .extract()
                .path("code");

        ServiceTypeFixtures.NewServiceType edit = ServiceTypeFixtures.type(gbvCounselling, "FAMILY_SUPPORT");
        edit.code(null);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(edit)
                .put("/service-types/" + gbvCounselling)
                .then()
                .statusCode(200)
                .body("tier", equalTo("S2"));
        edit.tier(Tier.S1);
        Api.asAdmin()
                .header("If-Match", "\"1\"")
                .body(edit)
                .put("/service-types/" + gbvCounselling)
                .then()
                .statusCode(200)
                .body("tier", equalTo("S1"));

        ServiceTypeFixtures.NewServiceType intoProtection = ServiceTypeFixtures.type(plain, "PROTECTION");
        intoProtection.code(null);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(intoProtection)
                .put("/service-types/" + plain)
                .then()
                .statusCode(200)
                .body("tier", equalTo("S2"));

        // a tier outside the enum: only a raw body can carry it
        Map<String, Object> bad =
                Json.raw(ServiceTypeFixtures.type(ServiceTypeFixtures.uniqueCode("TIER"), "TRAINING"));
        bad.put("tier", "S9");
        Api.asAdmin().body(bad).post("/service-types").then().statusCode(400).body("errors.field", hasItem("$.tier"));
    }
}
