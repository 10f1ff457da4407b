package org.mrc.casework.partner;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Pages;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class PartnerDirectoryTest {

    @Test
    void aCoordinatorRegistersAPartnerThatStaffCanRead() {
        String coordinator = Tokens.staff("coordinator", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        DirectoryFixtures.Partner body = DirectoryFixtures.partner(
                "Batangas Returnee Cooperative", "COOPERATIVE", "MIGRANT_DIASPORA_ASSOCIATION");
        Response created = Api.as(coordinator)
                .header("Idempotency-Key", "partner-" + System.nanoTime())
                .body(body)
                .post("/partners");
        created.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("types", contains("MIGRANT_DIASPORA_ASSOCIATION", "COOPERATIVE"))
                .body("contacts[0].email", equalTo("desk@example.org"))
                .body("active", equalTo(true));
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/partners/" + id));

        Api.as(Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null)))
                .get("/partners/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Batangas Returnee Cooperative"));
        assertTrue(Pages.field(Tokens.of("analyst"), "/partners", Map.of("type", "COOPERATIVE"), "id")
                .contains(id));
        Api.as(Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null)))
                .body(body)
                .post("/partners")
                .then()
                .statusCode(403);
    }

    @Test
    void invalidPartnersAreRefusedFieldByField() {
        DirectoryFixtures.Partner body = DirectoryFixtures.partner("Bad", "NGO");
        body.types(Set.of());
        body.country("XX");
        body.contacts(new DirectoryFixtures.PartnerContact().name("Desk").email("not-an-email"));
        Api.asAdmin()
                .body(body)
                .post("/partners")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("$.types", "$.country", "$.contacts[0].email"));

        // a type outside the enum: only a raw body can carry it
        Map<String, Object> unknownType = Json.raw(DirectoryFixtures.partner("Smugglers Inc", "NGO"));
        unknownType.put("types", List.of("SMUGGLER"));
        Api.asAdmin()
                .body(unknownType)
                .post("/partners")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.types[0]"));
    }

    @Test
    void updatingAPartnerNeedsTheCurrentEtagAndIsAudited() {
        String id = DirectoryFixtures.registerPartner("TRAINING_PROVIDER");
        DirectoryFixtures.Partner changed =
                DirectoryFixtures.partner("Renamed Training Centre", "TRAINING_PROVIDER", "SCHOOL");
        changed.contacts(List.of());

        Api.asAdmin().body(changed).put("/partners/" + id).then().statusCode(428);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(changed)
                .put("/partners/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("types", contains("TRAINING_PROVIDER", "SCHOOL"))
                .body("contacts", equalTo(List.of()));
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/partners/" + id + "/deactivate")
                .then()
                .statusCode(412);
        Api.asAdmin()
                .header("If-Match", "\"1\"")
                .post("/partners/" + id + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));

        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", id)
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("partner.create", "partner.update", "partner.deactivate"))
                .body("items.resourceType", hasItem("partner"));
    }

    @Test
    void locationsCarryOptionalCoordinatesWithinRange() {
        String partner = DirectoryFixtures.registerPartner();
        DirectoryFixtures.Location farNorth = DirectoryFixtures.location("Batangas City");
        farNorth.latitude(91.0);
        Api.asAdmin()
                .body(farNorth)
                .post("/partners/" + partner + "/locations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.latitude"));

        DirectoryFixtures.Location halfPlaced = DirectoryFixtures.location("Batangas City");
        halfPlaced.longitude(null);
        Api.asAdmin()
                .body(halfPlaced)
                .post("/partners/" + partner + "/locations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.longitude"));

        DirectoryFixtures.Location unplaced = DirectoryFixtures.location("Lipa City");
        unplaced.latitude(null);
        unplaced.longitude(null);
        Api.asAdmin()
                .body(unplaced)
                .post("/partners/" + partner + "/locations")
                .then()
                .statusCode(201)
                .body("locality", equalTo("Lipa City"))
                .body("latitude", equalTo(null));

        Api.asAdmin()
                .body(unplaced)
                .post("/partners/" + UUID.randomUUID() + "/locations")
                .then()
                .statusCode(404);
    }

    @Test
    void anOfferingHasExactlyOneProviderAndValidTerms() {
        String partner = DirectoryFixtures.registerPartner();
        String other = DirectoryFixtures.registerPartner();
        String location = DirectoryFixtures.addLocation(partner, "Batangas City");
        String otherLocation = DirectoryFixtures.addLocation(other, "Batangas City");
        String office = OfficeFixtures.open("RESOURCE_CENTRE", null);

        DirectoryFixtures.Offering both =
                DirectoryFixtures.partnerOffering("LANGUAGE_COURSE", partner, location, DirectoryFixtures.terms("en"));
        both.providerOfficeId(office);
        Api.asAdmin()
                .body(both)
                .post("/offerings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("$.partnerId", "$.providerOfficeId"));

        Api.asAdmin()
                .body(DirectoryFixtures.partnerOffering(
                        "LANGUAGE_COURSE", partner, otherLocation, DirectoryFixtures.terms("en")))
                .post("/offerings")
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.locationId"));

        Api.asAdmin()
                .body(DirectoryFixtures.partnerOffering(
                        "NO_SUCH_SERVICE", partner, location, DirectoryFixtures.terms("en")))
                .post("/offerings")
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.serviceType"));

        DirectoryFixtures.OfferingTerms badTerms = DirectoryFixtures.terms("english");
        badTerms.minAge(-1);
        badTerms.maxAge(121);
        Api.asAdmin()
                .body(DirectoryFixtures.partnerOffering("LANGUAGE_COURSE", partner, location, badTerms))
                .post("/offerings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("$.terms.languages[0]", "$.terms.minAge", "$.terms.maxAge"));

        DirectoryFixtures.OfferingTerms upsideDown = DirectoryFixtures.terms("en");
        upsideDown.minAge(40);
        upsideDown.maxAge(18);
        Api.asAdmin()
                .body(DirectoryFixtures.partnerOffering("LANGUAGE_COURSE", partner, location, upsideDown))
                .post("/offerings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.terms.maxAge"));
    }

    @Test
    void anOfficeOfTheCentreCanOfferAServiceInHouse() {
        String centreCode = OfficeFixtures.uniqueCode();
        String centre = OfficeFixtures.openWithCode(centreCode, "RESOURCE_CENTRE", null)
                .extract()
                .path("id");
        String office = OfficeFixtures.open("MIGRATION_DESK", centre);
        DirectoryFixtures.Offering body = DirectoryFixtures.officeOffering(
                "PRE_DEPARTURE_ORIENTATION", office, DirectoryFixtures.terms("tl", "en"));
        String outsider = Tokens.staff("coordinator", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        Api.as(outsider)
                .body(body)
                .post("/offerings")
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:problem-type:mrc:offering-outside-scope"))
                .body("errors[0].field", equalTo("$.providerOfficeId"));

        Response created = Api.as(Tokens.staff("coordinator", centreCode))
                .header("Idempotency-Key", "in-house-" + office)
                .body(body)
                .post("/offerings");
        created.then()
                .statusCode(201)
                .body("providerOfficeId", equalTo(office))
                .body("partnerId", equalTo(null))
                .body("locality", equalTo("Batangas City"))
                .body("country", equalTo("PH"))
                .body("status", equalTo("ACTIVE"));
        String id = created.path("id");

        Api.as(outsider)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "INACTIVE"))
                .post("/offerings/" + id + "/status")
                .then()
                .statusCode(403);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "INACTIVE"))
                .post("/offerings/" + id + "/status")
                .then()
                .statusCode(200);

        Api.as(Tokens.of("analyst"))
                .queryParam("officeId", office)
                .get("/offerings")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));

        DirectoryFixtures.Offering withLocation =
                body.locationId(DirectoryFixtures.addLocation(DirectoryFixtures.registerPartner(), "Lipa"));
        Api.asAdmin()
                .body(withLocation)
                .post("/offerings")
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.locationId"));

        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", id)
                .get("/audit")
                .then()
                .body("items.action", hasItems("offering.create", "offering.status"))
                .body("items.resourceType", everyItem(equalTo("offering")));
    }

    @Test
    void newOfferingsNeedAnActiveServiceTypeAndAnActivePartnerAndAreCreatedOncePerKey() {
        String partner = DirectoryFixtures.registerPartner();
        String location = DirectoryFixtures.addLocation(partner, "Lipa City");
        String code = "TEST_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Api.asAdmin()
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        "Retired service",
                        "category",
                        "CIVIC",
                        "phases",
                        List.of("MIGRATION"),
                        "side",
                        "DESTINATION"))
                .post("/service-types")
                .then()
                .statusCode(201);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/service-types/" + code + "/deactivate")
                .then()
                .statusCode(200);
        Api.asAdmin()
                .body(DirectoryFixtures.partnerOffering(code, partner, location, DirectoryFixtures.terms("en")))
                .post("/offerings")
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.serviceType"));

        String coordinator = Tokens.staff("coordinator", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        DirectoryFixtures.Offering body =
                DirectoryFixtures.partnerOffering("HOUSING_SUPPORT", partner, location, DirectoryFixtures.terms("en"));
        String first = Api.as(coordinator)
                .header("Idempotency-Key", "offer-" + location)
                .body(body)
                .post("/offerings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(coordinator)
                .header("Idempotency-Key", "offer-" + location)
                .body(body)
                .post("/offerings")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertSearch(coordinator, Map.of("partnerId", partner), first);

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/partners/" + partner + "/deactivate")
                .then()
                .statusCode(200);
        Api.asAdmin()
                .body(body)
                .post("/offerings")
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.partnerId"));
    }

    @Test
    void offeringsAreSearchedByTypePhaseLanguageLocalityAndStatus() {
        String locality = DirectoryFixtures.uniqueLocality();
        String partner = DirectoryFixtures.registerPartner("NGO");
        String location = DirectoryFixtures.addLocation(partner, locality);
        String course = DirectoryFixtures.offer("LANGUAGE_COURSE", partner, location, "tl", "en");
        String awareness = DirectoryFixtures.offer("MIGRATION_REALITIES_AWARENESS", partner, location, "es");
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "TEMPORARILY_CLOSED"))
                .post("/offerings/" + awareness + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("TEMPORARILY_CLOSED"));

        String caseworker = Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        assertSearch(caseworker, Map.of("locality", locality.toUpperCase()), course, awareness);
        assertSearch(caseworker, Map.of("locality", locality, "serviceType", "LANGUAGE_COURSE"), course);
        assertSearch(caseworker, Map.of("locality", locality, "phase", "PRE_DECISION"), awareness);
        assertSearch(caseworker, Map.of("locality", locality, "phase", "RETURN"), course);
        assertSearch(caseworker, Map.of("locality", locality, "phase", "TRANSIT"));
        assertSearch(caseworker, Map.of("locality", locality, "language", "en"), course);
        assertSearch(caseworker, Map.of("locality", locality, "status", "TEMPORARILY_CLOSED"), awareness);
        assertSearch(caseworker, Map.of("locality", locality, "status", "ACTIVE", "language", "tl"), course);

        Api.as(caseworker)
                .queryParam("language", "english")
                .get("/offerings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        Api.as(caseworker)
                .queryParam("status", "OPEN")
                .get("/offerings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void offeringsFollowTheirLocationWhenItMoves() {
        String partner = DirectoryFixtures.registerPartner();
        String oldTown = DirectoryFixtures.uniqueLocality();
        String newTown = DirectoryFixtures.uniqueLocality();
        String location = DirectoryFixtures.addLocation(partner, oldTown);
        String offering = DirectoryFixtures.offer("LEGAL_AID", partner, location, "en");

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(DirectoryFixtures.location(newTown))
                .put("/partners/" + partner + "/locations/" + location)
                .then()
                .statusCode(200)
                .body("locality", equalTo(newTown));

        Api.as(Tokens.of("analyst"))
                .get("/offerings/" + offering)
                .then()
                .statusCode(200)
                .body("locality", equalTo(newTown));
        assertSearch(Tokens.of("analyst"), Map.of("locality", oldTown));
    }

    @Test
    void aPartnerManagesItsOwnOfferingsAndCannotSeeAnotherPartners() {
        String mine = DirectoryFixtures.registerPartner("TRAINING_PROVIDER");
        String theirs = DirectoryFixtures.registerPartner("TRAINING_PROVIDER");
        String myOffering =
                DirectoryFixtures.offer("VOCATIONAL_TRAINING", mine, DirectoryFixtures.addLocation(mine, "Lipa"), "en");
        String theirOffering = DirectoryFixtures.offer(
                "VOCATIONAL_TRAINING", theirs, DirectoryFixtures.addLocation(theirs, "Lipa"), "en");
        String partner = Tokens.partner(mine);

        Api.as(partner).get("/partner/organisation").then().statusCode(200).body("id", equalTo(mine));
        Api.as(partner).get("/partner/offerings").then().statusCode(200).body("items.id", contains(myOffering));

        DirectoryFixtures.OfferingTerms terms = DirectoryFixtures.terms("en", "uk");
        terms.capacityNote("Full until March");
        Api.as(partner)
                .header("If-Match", "\"0\"")
                .body(terms)
                .put("/partner/offerings/" + myOffering)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("capacityNote", equalTo("Full until March"))
                .body("languages", contains("en", "uk"));
        Api.as(partner)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "TEMPORARILY_CLOSED"))
                .post("/partner/offerings/" + myOffering + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("TEMPORARILY_CLOSED"));

        Api.as(partner)
                .header("If-Match", "\"0\"")
                .body(terms)
                .put("/partner/offerings/" + theirOffering)
                .then()
                .statusCode(404);
        Api.as(partner)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "INACTIVE"))
                .post("/partner/offerings/" + theirOffering + "/status")
                .then()
                .statusCode(404);
        Api.as(partner).get("/partner/offerings/" + theirOffering).then().statusCode(404);
        Api.asAdmin()
                .get("/offerings/" + theirOffering)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0));

        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", myOffering)
                .get("/audit")
                .then()
                .body("items.action", hasItems("offering.update", "offering.status"))
                .body("items.actorPartner", hasItem(mine));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", theirOffering)
                .queryParam("outcome", "DENIED")
                .get("/audit")
                .then()
                .body("items.actorPartner", hasItem(mine))
                .body("items.outcome", not(hasItem("SUCCESS")));
    }

    @Test
    void aPartnerTokenNamingNoKnownOrganisationSeesNothing() {
        String stranger = Tokens.partner("not-a-directory-id");
        Api.as(stranger).get("/partner/organisation").then().statusCode(404);
        Api.as(stranger).get("/partner/offerings").then().statusCode(200).body("items", equalTo(List.of()));
    }

    private static void assertSearch(String token, Map<String, Object> query, String... expected) {
        List<String> ids = Api.as(token)
                .queryParams(query)
                .queryParam("limit", 200)
                .get("/offerings")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertEquals(List.of(expected), ids, query.toString());
    }
}
