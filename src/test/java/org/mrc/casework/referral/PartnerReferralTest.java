package org.mrc.casework.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ReferralFixtures.Setup;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class PartnerReferralTest {

    /** Fields the fixture client has, by category (S2 ones included: the consent names the partner). */
    private static final Map<DataCategory, List<String>> FIELDS = Map.of(
            DataCategory.IDENTITY, List.of("givenName", "familyName", "birthDate", "nationalities", "genderIdentity"),
            DataCategory.CONTACT, List.of("phone", "email"),
            DataCategory.TERRITORY, List.of("originCountry", "currentCountry"),
            DataCategory.SKILLS, List.of("educationLevel"),
            DataCategory.SITUATION, List.of("employmentStatus"),
            DataCategory.LEGAL_AND_PROTECTION, List.of("administrativeStatus", "vulnerabilities"));

    private static final List<String> INTERNAL = List.of("id", "officeId", "reference", "version", "visibility");

    @ParameterizedTest
    @EnumSource(
            value = DataCategory.class,
            names = {"IDENTITY", "CONTACT", "TERRITORY", "SKILLS", "SITUATION", "LEGAL_AND_PROTECTION"})
    void thePartnerSeesExactlyTheSharedCategoryAndNoInternalIdentifier(DataCategory shared) {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, shared.name());
        Response read = Api.as(s.partnerToken()).get("/partner/referrals/" + referral);
        read.then().statusCode(200).body("clientRef", notNullValue()).body("status", equalTo("requested"));
        Map<String, Object> client = read.path("client");
        assertNotNull(client, "the client block of an open referral");
        for (Map.Entry<DataCategory, List<String>> category : FIELDS.entrySet()) {
            for (String field : category.getValue()) {
                assertEquals(
                        category.getKey() == shared,
                        client.containsKey(field),
                        field + " of " + category.getKey() + " when sharing " + shared);
            }
        }
        for (String field : INTERNAL) {
            assertFalse(client.containsKey(field), field + " must not reach a partner");
        }
        assertFalse(read.asString().contains(s.client()), "the internal client id must not reach a partner");
    }

    @Test
    void s2FieldsNeedAConsentThatNamesThisPartner() {
        Setup s = ReferralFixtures.setup("NGO");
        ConsentFixtures.record(
                s.office(), s.client(), ConsentFixtures.sharingWithType("NGO", "IDENTITY", "LEGAL_AND_PROTECTION"));
        String referral = ReferralFixtures.draft(s, "IDENTITY", "LEGAL_AND_PROTECTION");
        ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);
        String partner = s.partnerToken();
        Api.as(partner)
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(200)
                .body("client.givenName", equalTo("Olena"))
                .body("client", not(hasKey("genderIdentity")))
                .body("client", not(hasKey("administrativeStatus")))
                .body("client", not(hasKey("vulnerabilities")));
        ConsentFixtures.record(
                s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "LEGAL_AND_PROTECTION"));
        Api.as(partner)
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(200)
                .body("client.administrativeStatus", equalTo("IRREGULAR"))
                .body("client.vulnerabilities", hasItem("PSYCHOSOCIAL_NEED"))
                // the S2 identity field is still not named for this partner
                .body("client", not(hasKey("genderIdentity")));
    }

    @Test
    void aClosedReferralKeepsItsStatusAndOutcomeButLosesTheClientBlock() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY", "CONTACT");
        String partner = s.partnerToken();
        Api.as(partner).get("/partner/referrals/" + referral).then().body("client.phone", notNullValue());
        ReferralFixtures.partnerMove(partner, referral, 1, ReferralFixtures.move("rejected", "NO_CAPACITY"))
                .then()
                .statusCode(200)
                .body("client", nullValue());
        Api.as(partner)
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(200)
                .body("status", equalTo("rejected"))
                .body("closeReason", equalTo("NO_CAPACITY"))
                .body("$", not(hasKey("client")));
    }

    @Test
    void anotherPartnerAndDraftsDoNotExistForAPartner() {
        Setup s = ReferralFixtures.setup("NGO");
        String draft = ReferralFixtures.draft(s, "IDENTITY");
        Api.as(s.partnerToken()).get("/partner/referrals/" + draft).then().statusCode(404);
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        Setup other = ReferralFixtures.setup("NGO");
        String stranger = other.partnerToken();
        Api.as(stranger).get("/partner/referrals/" + referral).then().statusCode(404);
        ReferralFixtures.partnerMove(stranger, referral, 1, ReferralFixtures.move("received"))
                .then()
                .statusCode(404);
        Api.as(stranger).get("/partner/referrals").then().statusCode(200).body("items.id", not(hasItem(referral)));
        Api.as(s.partnerToken())
                .get("/partner/referrals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(referral))
                .body("items.id", not(hasItem(draft)))
                .body("items[0]", not(hasKey("client")));
    }

    @Test
    void everyPartnerReadOfClientDataIsAudited() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        Api.as(s.partnerToken()).get("/partner/referrals/" + referral).then().statusCode(200);
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", referral)
                .queryParam("action", "referral.partner-read")
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.resourceType", hasItem("referral"))
                .body("items.outcome", hasItem("SUCCESS"))
                .body("items.actorPartner", hasItem(s.partner()));
    }

    @Test
    void theFeedNeverSkipsNorRepeatsAReferralThatDidNotChangeWhilePaging() {
        Setup s = ReferralFixtures.setup("NGO");
        ConsentFixtures.record(s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY"));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String referral = ReferralFixtures.draft(s, "IDENTITY");
            ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                    .then()
                    .statusCode(200);
            sent.add(referral);
        }
        String partner = s.partnerToken();
        Response first = Api.as(partner).queryParam("limit", 2).get("/partner/referrals");
        List<String> firstIds = first.path("items.id");
        assertEquals(sent.subList(0, 2), firstIds);
        // while the partner pages: one referral it has seen and one it has not yet seen change
        ReferralFixtures.partnerMove(partner, sent.get(0), 1, ReferralFixtures.move("received"))
                .then()
                .statusCode(200);
        ReferralFixtures.partnerMove(partner, sent.get(3), 1, ReferralFixtures.move("accepted"))
                .then()
                .statusCode(200);
        List<Map<String, Object>> rest = new ArrayList<>();
        String cursor = first.path("nextCursor");
        while (cursor != null) {
            Response page = Api.as(partner)
                    .queryParam("limit", 2)
                    .queryParam("cursor", cursor)
                    .get("/partner/referrals");
            page.then().statusCode(200);
            rest.addAll(page.path("items"));
            cursor = page.path("nextCursor");
        }
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> restIds = new ArrayList<>();
        for (Map<String, Object> item : rest) {
            restIds.add((String) item.get("id"));
            seen.put((String) item.get("id"), (String) item.get("status"));
        }
        // the unchanged unseen ones once, then both changed ones in the order they changed: the seen one again
        assertEquals(List.of(sent.get(2), sent.get(4), sent.get(0), sent.get(3)), restIds);
        assertEquals("accepted", seen.get(sent.get(3)));
        assertEquals("received", seen.get(sent.get(0)));
        Set<String> all = new java.util.HashSet<>(firstIds);
        all.addAll(restIds);
        assertEquals(Set.copyOf(sent), all);
    }

    @Test
    void theFeedFiltersByStatusAndChangeTime() {
        Setup s = ReferralFixtures.setup("NGO");
        String early = ReferralFixtures.sent(s, "IDENTITY");
        String partner = s.partnerToken();
        String later = ReferralFixtures.draft(s, "IDENTITY");
        ReferralFixtures.staffMove(s, later, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);
        String since = Api.as(partner).get("/partner/referrals/" + later).path("updatedAt");
        ReferralFixtures.partnerMove(partner, early, 1, ReferralFixtures.move("received"))
                .then()
                .statusCode(200);
        Api.as(partner)
                .queryParam("status", "received")
                .get("/partner/referrals")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(early));
        Api.as(partner)
                .queryParam("updatedSince", since)
                .get("/partner/referrals")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(later, early));
        Api.as(partner)
                .queryParam("status", "nonsense")
                .get("/partner/referrals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aMinorsS1FieldsNeedAConsentThatNamesThisPartner() {
        Setup s = ReferralFixtures.setup("NGO");
        // open to children: the default terms (ages 16 to 65) would refuse a 12-year-old (offering-eligibility)
        DirectoryFixtures.OfferingTerms anyAge = DirectoryFixtures.terms("tl");
        anyAge.minAge(null);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(anyAge)
                .put("/offerings/" + s.offering())
                .then()
                .statusCode(200);
        ClientFixtures.Person child = ClientFixtures.person("Mira", ClientFixtures.uniqueName());
        child.birthDate(LocalDate.now().minusYears(12).toString());
        String minor = ClientFixtures.registerId(s.office(), child);
        ConsentFixtures.record(s.office(), minor, ConsentFixtures.sharingWithType("NGO", "IDENTITY", "CONTACT"));
        String referral = Api.as(s.staff())
                .body(ReferralFixtures.referral(s.offering(), LocalDate.now().plusDays(7), "IDENTITY", "CONTACT"))
                .post("/clients/" + minor + "/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(s.staff())
                .header("If-Match", "\"0\"")
                .body(ReferralFixtures.move("requested"))
                .post("/clients/" + minor + "/referrals/" + referral + "/status")
                .then()
                .statusCode(200);
        String partner = s.partnerToken();
        Api.as(partner)
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(200)
                .body("client.givenName", equalTo("Mira"))
                .body("client", not(hasKey("phone")))
                .body("client", not(hasKey("email")));
        ConsentFixtures.record(s.office(), minor, ConsentFixtures.sharingWithPartner(s.partner(), "CONTACT"));
        Api.as(partner)
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(200)
                .body("client.phone", notNullValue())
                .body("client.email", equalTo("someone@example.org"));
    }
}
