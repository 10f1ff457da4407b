package org.mrc.casework.eligibility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Eligibility as data on offerings, walked through the API as the actors would: a coordinator states who an
 * offering is for; a caseworker's enrolment (a referral) of a client the rules exclude is refused with a problem
 * naming the rule; a caseworker may not override, a coordinator may with a reason, which the audit trail keeps; the
 * suggestions list what the client is eligible for, best fit first, with the rules matched, never deciding on
 * administrative status nor on what the caller may not see.
 */
@QuarkusTest
class EligibilityTest {

    /** A country of its own per test run is not possible (codes are ISO); the tests use their own localities. */
    private static final String COUNTRY = "IS";

    private String office;
    private String caseworker;
    private String coordinator;
    private String locality;

    @BeforeEach
    void office() {
        office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        caseworker = Tokens.staff("caseworker", office);
        coordinator = Tokens.staff("coordinator", office);
        locality = DirectoryFixtures.uniqueLocality();
    }

    @Test
    void anOfferingStatesItsEligibilityAsDataAndShowsIt() {
        Map<String, Object> rules = womenReturneesHere();
        String offering = offer("RETURNEE_ENTREPRENEURSHIP", rules, 18, 60);
        Api.as(caseworker)
                .get("/offerings/" + offering)
                .then()
                .statusCode(200)
                .body("rules.phases", equalTo(List.of("RETURN")))
                .body("rules.roles", equalTo(List.of("RETURNEE")))
                .body("rules.sexes", equalTo(List.of("FEMALE")))
                .body("rules.territorySide", equalTo("ORIGIN"))
                .body("rules.languages", equalTo(List.of("uk")))
                .body("rules.residenceAreas", equalTo(List.of(locality)))
                .body("rules.extendedMainstream", equalTo(false));
    }

    @Test
    void enrolmentOfAClientTheRulesExcludeIsRefusedNamingTheRuleUnlessACoordinatorOverridesWithAReason() {
        String offering = offer("RETURNEE_ENTREPRENEURSHIP", womenReturneesHere(), 18, 60);
        Map<String, Object> man = returnee("MALE");
        String client = ClientFixtures.registerId(office, man);
        returned(client);

        Response refused = refer(caseworker, client, offering, null);
        refused.then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:offering-eligibility"))
                .body("errors.field", equalTo(List.of("rules.SEX")))
                .body("detail", containsString("SEX"));
        assertFalse(refused.asString().contains(client), "the problem does not echo the client");

        refer(caseworker, client, offering, "Only returnee business course within reach this year")
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:problem-type:mrc:eligibility-override-forbidden"));

        String reason = "Only returnee business course within reach this year";
        String referral = refer(coordinator, client, offering, reason)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", referral)
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.reasonCode", hasItem("ELIGIBILITY_OVERRIDE"))
                .body("items.reason", hasItem(containsString(reason)))
                .body("items.reason", hasItem(containsString("SEX")));
    }

    @Test
    void aFactNotRecordedNeverExcludesAndAnUndisclosedSexIsNeverRefused() {
        String offering = offer("RETURNEE_ENTREPRENEURSHIP", womenReturneesHere(), 18, 60);
        Map<String, Object> person = returnee("UNDISCLOSED");
        person.remove("birthDate");
        person.remove("preferredLanguages");
        person.remove("currentLocality");
        String client = ClientFixtures.registerId(office, person);
        // no episode either: the phase is not recorded
        refer(caseworker, client, offering, null).then().statusCode(201);
    }

    @Test
    void theAgeRangeOfTheTermsIsARuleToo() {
        String offering = offer("UPSKILLING_RETRAINING", Map.of(), 18, 30);
        String client = ClientFixtures.registerId(office, returnee("FEMALE"));
        refer(caseworker, client, offering, null)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("rules.AGE")));
    }

    @Test
    void suggestionsListTheOfferingsTheClientIsEligibleForBestFitFirstWithTheRulesMatched() {
        String targeted = offer("RETURNEE_ENTREPRENEURSHIP", womenReturneesHere(), 18, 60);
        String open = offer("UPSKILLING_RETRAINING", Map.of(), null, null);
        Map<String, Object> menOnly = new HashMap<>(womenReturneesHere());
        menOnly.put("sexes", List.of("MALE"));
        String forMen = offer("RETURNEE_ENTREPRENEURSHIP", menOnly, null, null);
        Map<String, Object> abroad = Map.of("territorySide", "DESTINATION", "residenceAreas", List.of(locality));
        String forAbroad = offer("LANGUAGE_COURSE", abroad, null, null);

        String client = ClientFixtures.registerId(office, returnee("FEMALE"));
        returned(client);

        Response suggestions = Api.as(caseworker).get("/clients/" + client + "/suggestions?top=100");
        suggestions.then().statusCode(200).body("clientId", equalTo(client));
        List<String> ids = suggestions.path("suggestions.offeringId");
        assertTrue(ids.contains(targeted) && ids.contains(open), "eligible offerings are suggested");
        assertFalse(ids.contains(forMen), "a rule the client does not meet leaves the offering out");
        assertFalse(ids.contains(forAbroad), "an offering for the other side of the journey is left out");
        assertTrue(ids.indexOf(targeted) < ids.indexOf(open), "the offering targeted at the client ranks first");
        Map<String, Object> first = suggestions.path("suggestions.find { it.offeringId == '" + targeted + "' }");
        assertEquals(
                List.of("PHASE", "ROLE", "AGE", "SEX", "TERRITORY_SIDE", "LANGUAGE", "RESIDENCE_AREA"),
                first.get("matched"));
        assertTrue(((List<?>) first.get("fit")).contains("SERVICE_TYPE_SERVES_PHASE"));
        List<Integer> ranks = suggestions.path("suggestions.rank");
        for (int i = 0; i < ranks.size(); i++) {
            assertEquals(i + 1, ranks.get(i));
        }
    }

    @Test
    void administrativeStatusNeverChangesWhatIsSuggested() {
        offer("RETURNEE_ENTREPRENEURSHIP", womenReturneesHere(), 18, 60);
        offer("UPSKILLING_RETRAINING", Map.of("residenceAreas", List.of(locality)), null, null);
        Map<String, Object> irregular = returnee("FEMALE");
        irregular.put("administrativeStatus", "IRREGULAR");
        Map<String, Object> national = returnee("FEMALE");
        national.put("administrativeStatus", "NATIONAL");
        String one = ClientFixtures.registerId(office, irregular);
        String other = ClientFixtures.registerId(office, national);
        returned(one);
        returned(other);
        Object first = Api.as(caseworker)
                .get("/clients/" + one + "/suggestions?top=100")
                .path("suggestions");
        Object second = Api.as(caseworker)
                .get("/clients/" + other + "/suggestions?top=100")
                .path("suggestions");
        assertEquals(first, second);
    }

    @Test
    void suggestionsFollowTheClientsReadGrantAndLeaveOutTypesAboveWhatTheCallerMaySee() {
        String s2Type = "ELIG_PROTECTION_"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> type = new HashMap<>();
        type.put("code", s2Type);
        type.put("name", "Eligibility protection service");
        type.put("category", "PROTECTION");
        type.put("phases", List.of("RETURN"));
        type.put("side", "BOTH");
        type.put("tier", "S2");
        Api.asAdmin().body(type).post("/service-types").then().statusCode(201);
        String protection = offer(s2Type, Map.of("residenceAreas", List.of(locality)), null, null);
        String client = ClientFixtures.registerId(office, returnee("FEMALE"));
        returned(client);

        List<String> owner = Api.as(caseworker)
                .get("/clients/" + client + "/suggestions?top=100")
                .path("suggestions.offeringId");
        assertTrue(owner.contains(protection), "the owning office sees the S2 type suggested");

        String elsewhere = Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        Api.as(elsewhere).get("/clients/" + client + "/suggestions").then().statusCode(404);
        Response withReason = Api.as(elsewhere)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + client + "/suggestions?top=100");
        withReason.then().statusCode(200);
        assertFalse(withReason.asString().contains(s2Type), "an S2 service type is not suggested below S2");
        assertFalse(withReason.asString().contains(protection));
    }

    private Map<String, Object> womenReturneesHere() {
        Map<String, Object> rules = new HashMap<>();
        rules.put("phases", List.of("RETURN"));
        rules.put("roles", List.of("RETURNEE"));
        rules.put("sexes", List.of("FEMALE"));
        rules.put("territorySide", "ORIGIN");
        rules.put("languages", List.of("uk"));
        rules.put("residenceAreas", List.of(locality));
        return rules;
    }

    private Map<String, Object> returnee(String sex) {
        Map<String, Object> person = ClientFixtures.person("Irina", ClientFixtures.uniqueName());
        person.put("sex", sex);
        person.put("originCountry", COUNTRY);
        person.put("currentCountry", COUNTRY);
        person.put("currentLocality", locality);
        return person;
    }

    private void returned(String client) {
        Map<String, Object> journey = EpisodeFixtures.labour("2020-01-10");
        journey.put("originCountry", COUNTRY);
        journey.put("phase", "PRE_DEPARTURE");
        String episode = EpisodeFixtures.openId(caseworker, client, journey);
        EpisodeFixtures.moved(caseworker, client, episode, EpisodeFixtures.move("MIGRATION", null, "2020-03-01"));
        EpisodeFixtures.moved(
                caseworker, client, episode, EpisodeFixtures.returning("2024-06-01", "FAMILY_DECISION", "INCOMPLETE"));
    }

    private String offer(String serviceType, Map<String, Object> rules, Integer minAge, Integer maxAge) {
        String partner = DirectoryFixtures.registerPartner("NGO");
        Map<String, Object> place = DirectoryFixtures.location(locality);
        place.put("country", COUNTRY);
        String location = Api.asAdmin()
                .body(place)
                .post("/partners/" + partner + "/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> terms = DirectoryFixtures.terms("en");
        terms.put("minAge", minAge);
        terms.put("maxAge", maxAge);
        terms.put("rules", rules);
        return Api.asAdmin()
                .body(DirectoryFixtures.partnerOffering(serviceType, partner, location, terms))
                .post("/offerings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response refer(String token, String client, String offering, String override) {
        Map<String, Object> body =
                ReferralFixtures.referral(offering, LocalDate.now().plusDays(14), "IDENTITY");
        if (override != null) {
            body.put("eligibilityOverride", override);
        }
        return Api.as(token).body(body).post("/clients/" + client + "/referrals");
    }
}
