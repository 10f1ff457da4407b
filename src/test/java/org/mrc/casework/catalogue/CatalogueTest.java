package org.mrc.casework.catalogue;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Pages;
import org.mrc.casework.support.ServiceTypeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class CatalogueTest {

    /** The default list from the domain brief, every one of which the seed migration must provide. */
    static final List<String> SEEDED = List.of(
            "MIGRATION_REALITIES_AWARENESS",
            "LOCAL_ALTERNATIVES_REFERRAL",
            "SAFE_MIGRATION_RISK_INFO",
            "PRE_DEPARTURE_ORIENTATION",
            "FAIR_RECRUITMENT_INFO",
            "SKILLS_DEVELOPMENT_CERTIFICATION",
            "PRE_DEPARTURE_FINANCIAL_LITERACY",
            "PRE_DEPARTURE_LANGUAGE",
            "TRAVEL_DOCUMENT_ASSISTANCE",
            "TRANSIT_EMERGENCY_CARE",
            "FAMILY_LEFT_BEHIND_SUPPORT",
            "CHILD_EDUCATION_SUPPORT",
            "FAMILY_FINANCIAL_LITERACY",
            "DIASPORA_INVESTMENT_INFO",
            "POST_ARRIVAL_INFORMATION",
            "LANGUAGE_COURSE",
            "INTERPRETATION",
            "LEGAL_AID",
            "HEALTH_ACCESS",
            "ANONYMOUS_HEALTH_CONSULTATION",
            "MUNICIPAL_ID",
            "EMPLOYMENT_PLACEMENT",
            "SKILLS_RECOGNITION",
            "VOCATIONAL_TRAINING",
            "ENTREPRENEURSHIP_SUPPORT",
            "ACCESS_TO_CREDIT",
            "REMITTANCE_COST_INFO",
            "HOUSING_SUPPORT",
            "RETURN_PREPAREDNESS_INFO",
            "SOCIAL_PROTECTION_PORTABILITY_INFO",
            "REINTEGRATION_INFORMATION",
            "JOB_MATCHING_RETURNEE",
            "SKILLS_CERTIFICATION_RETURNEE",
            "UPSKILLING_RETRAINING",
            "RETURNEE_ENTREPRENEURSHIP",
            "PSYCHOSOCIAL",
            "SHORT_TERM_HUMANITARIAN",
            "TRAFFICKING_SURVIVOR_SUPPORT",
            "RETURNEE_CHILD_SCHOOLING",
            "CIVIC_PARTICIPATION");

    @Test
    void theSeededCatalogueCoversEveryPhaseWithSocialAndEconomicServices() {
        List<Map<String, Object>> seeded = Pages.all(Tokens.of("analyst"), "/service-types", Map.of()).stream()
                .filter(type -> SEEDED.contains(type.get("code")))
                .toList();
        assertEquals(SEEDED.size(), seeded.size(), "every code of the default list is seeded");

        Set<ServicePhase> phases = EnumSet.noneOf(ServicePhase.class);
        Set<Boolean> economic = new HashSet<>();
        for (Map<String, Object> type : seeded) {
            @SuppressWarnings("unchecked")
            List<String> served = (List<String>) type.get("phases");
            served.forEach(phase -> phases.add(ServicePhase.valueOf(phase)));
            economic.add(ServiceCategory.valueOf((String) type.get("category")).economic());
            assertEquals(true, type.get("active"));
        }
        assertEquals(EnumSet.allOf(ServicePhase.class), phases, "every phase is served");
        assertEquals(Set.of(true, false), economic, "social and economic services are both seeded");
    }

    @Test
    void everyRoleIncludingPartnersReadsTheCatalogue() {
        Api.as(Tokens.partner(UUID.randomUUID().toString()))
                .get("/service-types/LEGAL_AID")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("category", equalTo("LEGAL"))
                .body("phases", contains("TRANSIT", "MIGRATION", "RETURN"))
                .body("side", equalTo("BOTH"));
    }

    @Test
    void theCatalogueFiltersByPhaseCategoryAndSide() {
        Api.as(Tokens.of("auditor"))
                .queryParam("phase", "RETURN")
                .queryParam("category", "BUSINESS")
                .queryParam("limit", 200)
                .get("/service-types")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("RETURNEE_ENTREPRENEURSHIP", "DIASPORA_INVESTMENT_INFO"))
                .body("items.code", not(hasItem("ENTREPRENEURSHIP_SUPPORT")))
                .body("items.category", everyItem(equalTo("BUSINESS")))
                .body("items.phases", everyItem(hasItem("RETURN")));

        Api.as(Tokens.of("auditor"))
                .queryParam("side", "DESTINATION")
                .queryParam("limit", 200)
                .get("/service-types")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("MUNICIPAL_ID", "LEGAL_AID"))
                .body("items.code", not(hasItem("RETURNEE_CHILD_SCHOOLING")))
                .body("items.side", everyItem(in(List.of("DESTINATION", "BOTH"))));

        Api.as(Tokens.of("auditor"))
                .queryParam("phase", "NOT_MIGRATING")
                .get("/service-types")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("phase"))
                .body("errors[0].in", equalTo("query"));
    }

    @Test
    void theCatalogueIsPagedInCodeOrder() {
        Response first = Api.as(Tokens.of("analyst")).queryParam("limit", 5).get("/service-types");
        first.then().statusCode(200);
        List<String> firstCodes = first.path("items.code");
        String cursor = first.path("nextCursor");
        List<String> secondCodes = Api.as(Tokens.of("analyst"))
                .queryParam("limit", 5)
                .queryParam("cursor", cursor)
                .get("/service-types")
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        assertEquals(5, firstCodes.size());
        assertTrue(firstCodes.get(4).compareTo(secondCodes.get(0)) < 0);
    }

    @Test
    void anAdminAddsEditsAndDeactivatesACodeWhichIsNeverDeleted() {
        String code = uniqueCode();
        String admin = Tokens.admin();
        Response added = Api.as(admin)
                .header("Idempotency-Key", "add-" + code)
                .body(addBody(code))
                .post("/service-types");
        added.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("phases", contains("PRE_DEPARTURE", "RETURN"))
                .body("active", equalTo(true));
        assertTrue(added.header("Location").endsWith("/service-types/" + code));
        String id = added.path("id");

        Api.as(admin)
                .header("Idempotency-Key", "add-" + code)
                .body(addBody(code))
                .post("/service-types")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));

        CatalogueRequests.EditServiceType edit = editBody("Digital skills for returnees");
        Api.asAdmin().body(edit).put("/service-types/" + code).then().statusCode(428);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(edit)
                .put("/service-types/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Digital skills for returnees"))
                .body("code", equalTo(code))
                .body("phases", contains("RETURN"));
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(editBody("Lost update"))
                .put("/service-types/" + code)
                .then()
                .statusCode(412);

        Api.asAdmin()
                .header("If-Match", "\"1\"")
                .post("/service-types/" + code + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        List<Object> activeCodes = Pages.field(
                Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null)),
                "/service-types",
                Map.of("active", "true"),
                "code");
        assertFalse(activeCodes.isEmpty(), "the seeded types are still active");
        assertFalse(activeCodes.contains(code), "the retired type is not listed as active");

        Api.asAdmin().delete("/service-types/" + code).then().statusCode(405);
        Api.asAdmin().get("/service-types/" + code).then().statusCode(200).body("active", equalTo(false));

        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", id)
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("service-type.create", "service-type.update", "service-type.deactivate"))
                .body("items.resourceType", everyItem(equalTo("service-type")));
    }

    @Test
    void aCodeIsUniqueAndWellFormed() {
        String code = uniqueCode();
        Api.asAdmin().body(addBody(code)).post("/service-types").then().statusCode(201);
        Api.asAdmin()
                .body(addBody(code))
                .post("/service-types")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:service-type-code-taken"))
                .body("errors[0].field", equalTo("$.code"));

        ServiceTypeFixtures.NewServiceType bad =
                addBody("lower-case").phases(Set.of()).category(null);
        Api.asAdmin()
                .body(bad)
                .post("/service-types")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("$.code", "$.phases", "$.category"));

        Api.as(Tokens.staff("coordinator", OfficeFixtures.openCode("RESOURCE_CENTRE", null)))
                .body(addBody(uniqueCode()))
                .post("/service-types")
                .then()
                .statusCode(403);
    }

    private static String uniqueCode() {
        return "TEST_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static ServiceTypeFixtures.NewServiceType addBody(String code) {
        return ServiceTypeFixtures.type(code, "TRAINING")
                .name("Digital skills course")
                .description("Computer literacy for job seekers")
                .phases(new LinkedHashSet<>(List.of(ServicePhase.RETURN, ServicePhase.PRE_DEPARTURE)))
                .side(TerritorySide.ORIGIN);
    }

    private static CatalogueRequests.EditServiceType editBody(String name) {
        return new CatalogueRequests.EditServiceType(
                name, null, ServiceCategory.TRAINING, Set.of(ServicePhase.RETURN), TerritorySide.ORIGIN, null);
    }
}
