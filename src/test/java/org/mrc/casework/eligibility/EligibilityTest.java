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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.catalogue.ServicePhase;
import org.mrc.casework.client.AdministrativeStatus;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.Sex;
import org.mrc.casework.partner.EligibilityRules;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ServiceTypeFixtures;
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
        EligibilityRules rules = womenReturneesHere();
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
        ClientFixtures.Person man = returnee("MALE");
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
        ClientFixtures.Person person = returnee("UNDISCLOSED");
        person.birthDate((LocalDate) null);
        person.preferredLanguages(null);
        person.currentLocality(null);
        String client = ClientFixtures.registerId(office, person);
        // no episode either: the phase is not recorded
        refer(caseworker, client, offering, null).then().statusCode(201);
    }

    @Test
    void theAgeRangeOfTheTermsIsARuleToo() {
        String offering = offer("UPSKILLING_RETRAINING", EligibilityRules.OPEN, 18, 30);
        String client = ClientFixtures.registerId(office, returnee("FEMALE"));
        refer(caseworker, client, offering, null)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("rules.AGE")));
    }

    @Test
    void suggestionsListTheOfferingsTheClientIsEligibleForBestFitFirstWithTheRulesMatched() {
        String targeted = offer("RETURNEE_ENTREPRENEURSHIP", womenReturneesHere(), 18, 60);
        String open = offer("UPSKILLING_RETRAINING", EligibilityRules.OPEN, null, null);
        EligibilityRules women = womenReturneesHere();
        EligibilityRules menOnly = new EligibilityRules(
                women.phases(),
                women.roles(),
                EnumSet.of(Sex.MALE),
                women.territorySide(),
                women.languages(),
                women.residenceAreas(),
                women.extendedMainstream());
        String forMen = offer("RETURNEE_ENTREPRENEURSHIP", menOnly, null, null);
        EligibilityRules abroad =
                new EligibilityRules(null, null, null, TerritorySide.DESTINATION, null, List.of(locality), null);
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
        offer("UPSKILLING_RETRAINING", livingHere(), null, null);
        ClientFixtures.Person irregular = returnee("FEMALE").administrativeStatus(AdministrativeStatus.IRREGULAR);
        ClientFixtures.Person national = returnee("FEMALE").administrativeStatus(AdministrativeStatus.NATIONAL);
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
        ServiceTypeFixtures.NewServiceType type = ServiceTypeFixtures.type(s2Type, "PROTECTION")
                .name("Eligibility protection service")
                .phases(Set.of(ServicePhase.RETURN))
                .tier(Tier.S2);
        Api.asAdmin().body(type).post("/service-types").then().statusCode(201);
        String protection = offer(s2Type, livingHere(), null, null);
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

    private EligibilityRules womenReturneesHere() {
        return new EligibilityRules(
                EnumSet.of(MigrationPhase.RETURN),
                EnumSet.of(ClientRole.RETURNEE),
                EnumSet.of(Sex.FEMALE),
                TerritorySide.ORIGIN,
                List.of("uk"),
                List.of(locality),
                null);
    }

    private EligibilityRules livingHere() {
        return new EligibilityRules(null, null, null, null, null, List.of(locality), null);
    }

    private ClientFixtures.Person returnee(String sex) {
        ClientFixtures.Person person = ClientFixtures.person("Irina", ClientFixtures.uniqueName());
        person.sex(Sex.valueOf(sex));
        person.originCountry(COUNTRY);
        person.currentCountry(COUNTRY);
        person.currentLocality(locality);
        return person;
    }

    private void returned(String client) {
        EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2020-01-10");
        journey.originCountry(COUNTRY);
        journey.phase(MigrationPhase.PRE_DEPARTURE);
        String episode = EpisodeFixtures.openId(caseworker, client, journey);
        EpisodeFixtures.moved(caseworker, client, episode, EpisodeFixtures.move("MIGRATION", null, "2020-03-01"));
        EpisodeFixtures.moved(
                caseworker, client, episode, EpisodeFixtures.returning("2024-06-01", "FAMILY_DECISION", "INCOMPLETE"));
    }

    private String offer(String serviceType, EligibilityRules rules, Integer minAge, Integer maxAge) {
        String partner = DirectoryFixtures.registerPartner("NGO");
        DirectoryFixtures.Location place = DirectoryFixtures.location(locality);
        place.country(COUNTRY);
        String location = Api.asAdmin()
                .body(place)
                .post("/partners/" + partner + "/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        DirectoryFixtures.OfferingTerms terms = DirectoryFixtures.terms("en");
        terms.minAge(minAge);
        terms.maxAge(maxAge);
        terms.rules(rules);
        return Api.asAdmin()
                .body(DirectoryFixtures.partnerOffering(serviceType, partner, location, terms))
                .post("/offerings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response refer(String token, String client, String offering, String override) {
        ReferralFixtures.Referral body = ReferralFixtures.referral(
                        offering, LocalDate.now().plusDays(14), "IDENTITY")
                .eligibilityOverride(override);
        return Api.as(token).body(body).post("/clients/" + client + "/referrals");
    }
}
