package org.mrc.casework.hsds;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ReferralFixtures.Setup;
import org.mrc.casework.support.Tokens;

/**
 * Every HSDS endpoint, read as a partner would, validated against the Open Referral HSDS 3.0 JSON schemas (copies
 * under src/test/resources/hsds, see the README there): list envelopes against the reference's Page schema and each
 * item against the list schema, single objects against the compiled schemas, the root against the reference's
 * inline schema. Formats (uuid, uri, date-time, email) are asserted, not just annotated.
 */
@QuarkusTest
class HsdsConformanceTest {

    private static final String BASE = "https://hsds.schemas.test/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchemaFactory factory;
    private static SchemaValidatorsConfig config;
    private static JsonNode openapi;

    private int responses;
    private int objects;
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void loadSchemas() throws Exception {
        factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:hsds/")));
        config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = HsdsConformanceTest.class.getResourceAsStream("/hsds/openapi.json")) {
            openapi = JSON.readTree(in);
        }
    }

    private JsonSchema schema(String file) {
        return factory.getSchema(SchemaLocation.of(BASE + file), config);
    }

    private void check(String what, JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> messages = schema.validate(node);
        objects++;
        messages.forEach(m -> errors.add(what + ": " + m.getMessage()));
    }

    private JsonNode get(String path) throws Exception {
        String body = Api.as(Tokens.partner(setup.partner()))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        responses++;
        return JSON.readTree(body);
    }

    /** A list response: the Page envelope, then each item against the list schema. */
    private JsonNode page(String path, String itemSchema) throws Exception {
        JsonNode page = get(path);
        check(path, factory.getSchema(openapi.at("/components/schemas/Page"), config), page);
        JsonSchema items = schema(itemSchema);
        assertTrue(page.get("contents").isArray(), path);
        for (JsonNode item : page.get("contents")) {
            check(path + " item", items, item);
        }
        return page;
    }

    private static Setup setup;

    @Test
    void everyEndpointAnswersWithDocumentsValidAgainstTheHsdsSchemas() throws Exception {
        setup = ReferralFixtures.setup("TRAINING_PROVIDER");
        String partner = setup.partner();
        String offering = setup.offering();
        String term =
                Api.asAdmin().get("/offerings/" + offering).then().extract().path("serviceTypeId");

        JsonNode root = get("/hsds");
        check(
                "/hsds",
                factory.getSchema(openapi.at("/paths/~1/get/responses/200/content/application~1json/schema"), config),
                root);
        assertEquals("3.0", root.get("version").asText());
        assertTrue(root.get("openapi_url").asText().startsWith("http"));

        page("/hsds/services", "compiled/service_list.json");
        JsonNode mine = page("/hsds/services?organization_id=" + partner, "compiled/service_list.json");
        assertEquals(1, mine.get("total_items").asInt());
        assertEquals(offering, mine.get("contents").get(0).get("id").asText());
        page("/hsds/services?per_page=2&page=2", "compiled/service_list.json");
        page("/hsds/services?search=language&modified_after=2020-01-01T00:00:00Z", "compiled/service_list.json");
        if (term != null) {
            page(
                    "/hsds/services?taxonomy_term_id=" + term + "&taxonomy_id=" + HsdsDirectory.CATALOGUE,
                    "compiled/service_list.json");
        }
        JsonNode service = get("/hsds/services/" + offering);
        check("service", schema("compiled/service.json"), service);
        assertEquals(
                "Language course".toLowerCase(), service.get("name").asText().toLowerCase());

        page("/hsds/service_at_locations", "compiled/service_at_location_list.json");
        page("/hsds/service_at_locations?organization_id=" + partner, "compiled/service_at_location_list.json");
        check("sal", schema("compiled/service_at_location.json"), get("/hsds/service_at_locations/" + offering));

        page("/hsds/organizations", "compiled/organization_list.json");
        page("/hsds/organizations?search=" + "a", "compiled/organization_list.json");
        JsonNode organization = get("/hsds/organizations/" + partner);
        check("organization", schema("compiled/organization.json"), organization);
        assertEquals(1, organization.get("services").size());

        JsonNode taxonomies = page("/hsds/taxonomies", "taxonomy.json");
        assertEquals(1, taxonomies.get("total_items").asInt());
        check("taxonomy", schema("taxonomy.json"), get("/hsds/taxonomies/" + HsdsDirectory.CATALOGUE));
        JsonNode terms = page("/hsds/taxonomy_terms?per_page=200", "taxonomy_term.json");
        assertTrue(terms.get("total_items").asInt() >= 40, "the catalogue's codes");
        page("/hsds/taxonomy_terms?search=language&taxonomy_id=" + HsdsDirectory.CATALOGUE, "taxonomy_term.json");
        String termId = terms.get("contents").get(0).get("id").asText();
        check("term", schema("taxonomy_term.json"), get("/hsds/taxonomy_terms/" + termId));

        System.out.printf(
                "HSDS validation: %d responses, %d documents validated, errors: %d%n",
                responses, objects, errors.size());
        assertEquals(List.of(), errors);
        assertTrue(responses >= 18 && objects > responses, responses + " responses, " + objects + " documents");
    }

    @Test
    void inHouseOfferingsAndInactivePartnersNeverAppear() {
        String office = OfficeFixtures.open("RESOURCE_CENTRE", null);
        String inHouse = Api.asAdmin()
                .body(Map.of(
                        "serviceType",
                        "LANGUAGE_COURSE",
                        "providerOfficeId",
                        office,
                        "terms",
                        DirectoryFixtures.terms("tl")))
                .post("/offerings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Setup closing = ReferralFixtures.setup("NGO");
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/partners/" + closing.partner() + "/deactivate")
                .then()
                .statusCode(200);
        String token = Tokens.of("analyst");
        for (String hidden : List.of(inHouse, closing.offering())) {
            Api.as(token).get("/hsds/services/" + hidden).then().statusCode(404);
            Api.as(token).get("/hsds/service_at_locations/" + hidden).then().statusCode(404);
        }
        Api.as(token).get("/hsds/organizations/" + closing.partner()).then().statusCode(404);
        String all =
                Api.as(token).get("/hsds/services?per_page=200&search=language").asString();
        assertFalse(all.contains(inHouse));
        assertFalse(all.contains(closing.offering()));
    }

    @Test
    void aReferralNamesTheHsdsServiceAtLocationOfItsOffering() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        String sal = Api.as(s.partnerToken())
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(200)
                .extract()
                .path("serviceAtLocationId");
        Api.as(s.partnerToken())
                .get("/hsds/service_at_locations/" + sal)
                .then()
                .statusCode(200)
                .body("service.organization_id", equalTo(s.partner()))
                .body("service_id", equalTo(s.offering()));
    }

    @Test
    void withoutATokenTheDirectoryIsClosedByDefault() {
        RestAssured.given().get("/hsds/services").then().statusCode(401);
        RestAssured.given().get("/hsds").then().statusCode(401);
        assertTrue(HsdsAccess.permits(HsdsConfig.Access.PUBLIC, true), "public read is possible when configured");
        assertFalse(HsdsAccess.permits(HsdsConfig.Access.AUTHENTICATED, true));
        assertTrue(HsdsAccess.permits(HsdsConfig.Access.AUTHENTICATED, false));
    }

    @Test
    void badPagingIsAProblemNotAFailure() {
        String token = Tokens.of("analyst");
        for (String path : List.of(
                "/hsds/services?page=0",
                "/hsds/services?per_page=100000",
                "/hsds/services?format=ndjson",
                "/hsds/services?organization_id=nope",
                "/hsds/services?modified_after=yesterday")) {
            Api.as(token).get(path).then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        }
    }
}
