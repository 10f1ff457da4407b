package org.mrc.casework.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.Tokens;

/**
 * A municipal desk refers a client to the provincial centre's in-house investment advice, walked through the API as
 * the desk's and the centre's staff would: the centre answers with the partner lifecycle through the staff API, reads
 * the client while the referral is open (S2 only with a consent naming it), and loses that access when it closes.
 */
@QuarkusTest
class InternalReferralTest {

    record Network(
            HouseholdFixtures.Office centre,
            HouseholdFixtures.Office desk,
            HouseholdFixtures.Office otherDesk,
            String centreOffering,
            String deskOffering,
            String client) {

        String deskStaff() {
            return Tokens.staff("caseworker", desk.code());
        }

        String centreStaff() {
            return Tokens.staff("caseworker", centre.code());
        }

        String otherDeskStaff() {
            return Tokens.staff("caseworker", otherDesk.code());
        }

        ReferralFixtures.Setup setup() {
            return new ReferralFixtures.Setup(desk.code(), client, null, centreOffering);
        }
    }

    private static String inHouse(HouseholdFixtures.Office office, String serviceType) {
        DirectoryFixtures.Offering body =
                DirectoryFixtures.officeOffering(serviceType, office.id(), DirectoryFixtures.terms("tl", "en"));
        return Api.asAdmin()
                .body(body)
                .post("/offerings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Network network() {
        HouseholdFixtures.Office centre = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        HouseholdFixtures.Office desk = HouseholdFixtures.office("MIGRATION_DESK", centre.id());
        HouseholdFixtures.Office otherDesk = HouseholdFixtures.office("MIGRATION_DESK", centre.id());
        String client =
                ClientFixtures.registerId(desk.code(), ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        return new Network(
                centre,
                desk,
                otherDesk,
                inHouse(centre, "DIASPORA_INVESTMENT_INFO"),
                inHouse(desk, "PRE_DEPARTURE_ORIENTATION"),
                client);
    }

    private static ConsentFixtures.Consent officeSharing(String office, String... categories) {
        ConsentFixtures.Consent consent = ConsentFixtures.consent("REFERRAL_SHARING", categories);
        consent.recipientOfficeId(office);
        return consent;
    }

    private static Response answer(Network n, String referral, long version, ReferralFixtures.Move move) {
        return Api.as(n.centreStaff())
                .header("If-Match", "\"" + version + "\"")
                .body(move)
                .post("/incoming-referrals/" + referral + "/status");
    }

    @Test
    void aDeskRefersToTheCentresInHouseOfferingAndTheCentreAnswersAndReadsOnlyWhileItIsOpen() {
        Network n = network();
        // the desk's own in-house offering is not referred to
        Api.as(n.deskStaff())
                .body(ReferralFixtures.referral(
                        n.deskOffering(), LocalDate.now().plusDays(10), "IDENTITY"))
                .post("/clients/" + n.client() + "/referrals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.offeringId"));

        Response drafted = Api.as(n.deskStaff())
                .body(ReferralFixtures.referral(
                        n.centreOffering(), LocalDate.now().plusDays(10), "IDENTITY", "CONTACT"))
                .post("/clients/" + n.client() + "/referrals");
        drafted.then()
                .statusCode(201)
                .body("providerOfficeId", equalTo(n.centre().id()))
                .body("partnerId", nullValue())
                .body("officeId", equalTo(n.desk().id()));
        String referral = drafted.path("id");

        // a draft grants nothing; the centre's caseworker is outside the desk's scope
        Api.as(n.centreStaff()).get("/clients/" + n.client()).then().statusCode(404);
        Api.as(n.centreStaff()).get("/incoming-referrals/" + referral).then().statusCode(404);

        // sending needs a consent naming the centre (a consent naming the other desk does not count)
        ConsentFixtures.record(
                n.desk().code(), n.client(), officeSharing(n.otherDesk().id(), "IDENTITY", "CONTACT"));
        ReferralFixtures.staffMove(n.setup(), referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:consent-required"));
        String consent = ConsentFixtures.recordId(
                n.desk().code(), n.client(), officeSharing(n.centre().id(), "IDENTITY", "CONTACT"));
        ReferralFixtures.staffMove(n.setup(), referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200)
                .body("status", equalTo("requested"));

        // the centre sees it in its incoming list and reads the client's S0/S1, without a reason, read-only
        assertTrue(Api.as(n.centreStaff())
                .get("/incoming-referrals")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.id")
                .contains(referral));
        Api.as(n.centreStaff())
                .get("/clients/" + n.client())
                .then()
                .statusCode(200)
                .body("phone", notNullValue())
                .body("officeId", equalTo(n.desk().id()))
                .body("administrativeStatus", nullValue())
                .body("vulnerabilities", nullValue())
                .body("genderIdentity", nullValue());
        Api.as(n.centreStaff())
                .body(ConsentFixtures.consent("STATISTICS", "IDENTITY"))
                .post("/clients/" + n.client() + "/consents")
                .then()
                .statusCode(404);
        // another desk learns nothing
        Api.as(n.otherDeskStaff()).get("/incoming-referrals/" + referral).then().statusCode(404);
        Api.as(n.otherDeskStaff()).get("/clients/" + n.client()).then().statusCode(404);
        Api.as(n.otherDeskStaff())
                .get("/incoming-referrals")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(referral)));
        // partners never see it
        Api.as(Tokens.partner(java.util.UUID.randomUUID().toString()))
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(404);

        // the centre answers with the partner lifecycle; the desk cannot make the receiver's moves
        answer(n, referral, 1, ReferralFixtures.move("accepted")).then().statusCode(200);
        ReferralFixtures.staffMove(n.setup(), referral, 2, ReferralFixtures.move("in-progress"))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:transition-not-allowed"));
        answer(n, referral, 2, ReferralFixtures.move("in-progress")).then().statusCode(200);
        answer(n, referral, 2, ReferralFixtures.move("on-hold")).then().statusCode(412);

        // S2 only once a consent names the centre for the S2 category
        ConsentFixtures.record(
                n.desk().code(), n.client(), officeSharing(n.centre().id(), "LEGAL_AND_PROTECTION"));
        Api.as(n.centreStaff())
                .get("/clients/" + n.client())
                .then()
                .statusCode(200)
                .body("administrativeStatus", equalTo("IRREGULAR"));

        ReferralFixtures.Move done = ReferralFixtures.move("completed");
        done.outcome(new ReferralRequests.OutcomeReport(
                ReferralOutcome.DELIVERED, LocalDate.now(), "Investment plan drafted"));
        answer(n, referral, 3, done).then().statusCode(200).body("status", equalTo("completed"));

        // the history says who moved it; the first response time is set as for a partner
        Response read = Api.as(n.deskStaff()).get("/clients/" + n.client() + "/referrals/" + referral);
        read.then().statusCode(200).body("firstResponseAt", notNullValue());
        assertEquals(List.of("REFERRER", "REFERRER", "OFFICE", "OFFICE", "OFFICE"), read.path("history.actor"));

        // the grant ended with the referral; the case never left the desk
        Api.as(n.centreStaff()).get("/clients/" + n.client()).then().statusCode(404);
        Api.as(n.deskStaff())
                .get("/clients/" + n.client())
                .then()
                .statusCode(200)
                .body("officeId", equalTo(n.desk().id()));

        // the grant reads were audited under their purpose, naming the referral
        List<Map<String, Object>> entries = Api.as(Tokens.of("auditor"))
                .get("/audit?resourceId=" + n.client() + "&limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.reasonCode == 'INTERNAL_REFERRAL' }");
        assertTrue(!entries.isEmpty());
        entries.forEach(e -> assertTrue(((String) e.get("reason")).contains(referral)));

        // withdrawing the office consent cancels an open internal referral it covered
        String second = Api.as(n.deskStaff())
                .body(ReferralFixtures.referral(
                        n.centreOffering(), LocalDate.now().plusDays(10), "IDENTITY"))
                .post("/clients/" + n.client() + "/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ReferralFixtures.staffMove(n.setup(), second, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);
        ConsentFixtures.withdraw(n.desk().code(), n.client(), consent, null);
        Api.as(n.deskStaff())
                .get("/clients/" + n.client() + "/referrals/" + second)
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("closeReason", equalTo("CONSENT_WITHDRAWN"));
        Api.as(n.centreStaff()).get("/clients/" + n.client()).then().statusCode(404);

        // the reports take referrals to an office (no partner) in every breakdown
        Api.asAdmin().post("/reports/refresh").then().statusCode(200);
        String month = java.time.YearMonth.now().toString();
        for (String dimensions : List.of("partner", "serviceType", "status", "outcome")) {
            Api.as(Tokens.of("analyst"))
                    .queryParams(
                            Map.of("office", n.centre().code(), "from", month, "to", month, "dimensions", dimensions))
                    .get("/reports/referrals")
                    .then()
                    .statusCode(200);
        }
    }
}
