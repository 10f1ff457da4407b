package org.mrc.casework.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ReferralFixtures.Setup;

@QuarkusTest
class ReferralCascadeTest {

    @Inject
    ReferralExpiry expiry;

    @Test
    void withdrawingTheConsentCancelsTheOpenReferralsThatNeededIt() {
        Setup s = ReferralFixtures.setup("NGO");
        String consent = ConsentFixtures.recordId(
                s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY", "CONTACT"));
        String open = ReferralFixtures.draft(s, "IDENTITY", "CONTACT");
        ReferralFixtures.staffMove(s, open, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);
        String draft = ReferralFixtures.draft(s, "IDENTITY");
        ConsentFixtures.withdraw(s.office(), s.client(), consent, null);
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + open)
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("closeReason", equalTo("CONSENT_WITHDRAWN"))
                .body("history[2].actor", equalTo("SYSTEM"))
                .body("history[2].organisationId", nullValue());
        // a draft was never shared and depended on no consent
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + draft)
                .then()
                .body("status", equalTo("draft"));
        Api.as(s.partnerToken())
                .get("/partner/referrals/" + open)
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("client", nullValue());
    }

    @Test
    void aReferralStillCoveredByAnotherConsentIsKept() {
        Setup s = ReferralFixtures.setup("NGO");
        String byId = ConsentFixtures.recordId(
                s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY"));
        ConsentFixtures.record(s.office(), s.client(), ConsentFixtures.sharingWithType("NGO", "IDENTITY"));
        String referral = ReferralFixtures.draft(s, "IDENTITY");
        ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);
        ConsentFixtures.withdraw(s.office(), s.client(), byId, null);
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + referral)
                .then()
                .body("status", equalTo("requested"))
                .header("ETag", "\"1\"");
    }

    @Test
    void requestsUnansweredByTheirDueDateAreCancelledAsExpired() {
        Setup s = ReferralFixtures.setup("NGO");
        ConsentFixtures.record(s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY"));
        String overdue = ReferralFixtures.draft(s, LocalDate.now().minusDays(1), "IDENTITY");
        String dueTomorrow = ReferralFixtures.draft(s, LocalDate.now().plusDays(1), "IDENTITY");
        String overdueDraft = ReferralFixtures.draft(s, LocalDate.now().minusDays(3), "IDENTITY");
        for (String referral : new String[] {overdue, dueTomorrow}) {
            ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                    .then()
                    .statusCode(200);
        }
        expiry.expireOverdue();
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + overdue)
                .then()
                .body("status", equalTo("cancelled"))
                .body("closeReason", equalTo("EXPIRED"))
                .body("history[2].actor", equalTo("SYSTEM"));
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + dueTomorrow)
                .then()
                .body("status", equalTo("requested"));
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + overdueDraft)
                .then()
                .body("status", equalTo("draft"));
    }

    @Test
    void twoInstancesExpiringAtOnceCancelEachOverdueRequestOnce() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        ConsentFixtures.record(s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY"));
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String referral = ReferralFixtures.draft(s, LocalDate.now().minusDays(2), "IDENTITY");
            ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                    .then()
                    .statusCode(200);
            overdue.add(referral);
        }
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(expiry::expireOverdue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(expiry::expireOverdue);
        one.get();
        two.get();
        for (String referral : overdue) {
            Api.as(s.staff())
                    .get("/clients/" + s.client() + "/referrals/" + referral)
                    .then()
                    .body("status", equalTo("cancelled"))
                    .body("closeReason", equalTo("EXPIRED"))
                    .body("history.to", contains("draft", "requested", "cancelled"));
        }
    }
}
