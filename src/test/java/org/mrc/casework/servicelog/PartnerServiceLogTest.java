package org.mrc.casework.servicelog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class PartnerServiceLogTest {

    private static Map<String, Object> delivered() {
        return Map.of(
                "deliveredOn",
                LocalDate.now().minusDays(1).toString(),
                "durationMinutes",
                120,
                "note",
                "Module 1 attended");
    }

    @Test
    void aPartnerRecordsAServiceForAnAcceptedReferralAndTheCentreSeesIt() {
        ReferralFixtures.Setup s = ReferralFixtures.setup("TRAINING_PROVIDER");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        Api.as(s.partnerToken())
                .body(delivered())
                .post("/partner/referrals/" + referral + "/services")
                .then()
                .statusCode(404);
        ReferralFixtures.partnerMove(s.partnerToken(), referral, 1, ReferralFixtures.move("accepted"))
                .then()
                .statusCode(200);
        Api.as(s.partnerToken())
                .body(delivered())
                .post("/partner/referrals/" + referral + "/services")
                .then()
                .statusCode(201)
                .body("serviceType", equalTo("LANGUAGE_COURSE"))
                .body("partnerId", equalTo(s.partner()))
                .body("referralId", equalTo(referral))
                .body("$", not(hasKey("clientId")));
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/services")
                .then()
                .statusCode(200)
                .body("items.referralId", hasItem(referral))
                .body("items.partnerId", hasItem(s.partner()));
    }

    @Test
    void anotherPartnerCannotRecordForThisReferral() {
        ReferralFixtures.Setup s = ReferralFixtures.setup("TRAINING_PROVIDER");
        ReferralFixtures.Setup other = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        ReferralFixtures.partnerMove(s.partnerToken(), referral, 1, ReferralFixtures.move("accepted"))
                .then()
                .statusCode(200);
        Api.as(Tokens.partner(other.partner()))
                .body(delivered())
                .post("/partner/referrals/" + referral + "/services")
                .then()
                .statusCode(404);
        Api.as(s.partnerToken())
                .body(Map.of("deliveredOn", LocalDate.now().plusDays(3).toString()))
                .post("/partner/referrals/" + referral + "/services")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.deliveredOn"));
    }
}
