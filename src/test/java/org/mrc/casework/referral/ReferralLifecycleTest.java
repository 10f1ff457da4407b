package org.mrc.casework.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ReferralFixtures.Setup;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class ReferralLifecycleTest {

    @Test
    void aReferralStartsAsADraftAndARetryWithTheSameKeyCreatesNoSecond() {
        Setup s = ReferralFixtures.setup("TRAINING_PROVIDER");
        ReferralFixtures.Referral body =
                ReferralFixtures.referral(s.offering(), LocalDate.now().plusDays(7), "IDENTITY");
        String staff = s.staff();
        Response first = Api.as(staff)
                .header("Idempotency-Key", "create-" + s.client())
                .body(body)
                .post("/clients/" + s.client() + "/referrals");
        first.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("draft"))
                .body("partnerId", equalTo(s.partner()))
                .body("serviceType", equalTo("LANGUAGE_COURSE"))
                .body("sharedCategories", contains("IDENTITY"));
        Api.as(staff)
                .header("Idempotency-Key", "create-" + s.client())
                .body(body)
                .post("/clients/" + s.client() + "/referrals")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals")
                .then()
                .statusCode(200)
                .body("items.id", contains((String) first.path("id")));
    }

    @Test
    void sendingWithoutConsentForEveryCategoryIsRefusedNamingWhatIsMissing() {
        Setup s = ReferralFixtures.setup("TRAINING_PROVIDER");
        ConsentFixtures.record(s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY"));
        String referral = ReferralFixtures.draft(s, "IDENTITY", "CONTACT", "SKILLS");
        ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:consent-required"))
                .body("missingCategories", containsInAnyOrder("CONTACT", "SKILLS"));
        // a consent naming the partner's type covers the rest
        ConsentFixtures.record(
                s.office(), s.client(), ConsentFixtures.sharingWithType("TRAINING_PROVIDER", "CONTACT", "SKILLS"));
        ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("requested"))
                .body("requestedAt", notNullValue());
    }

    @Test
    void aMoveTheCallerMayNotMakeIsRefusedListingTheMovesItHas() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        ReferralFixtures.staffMove(s, referral, 1, ReferralFixtures.move("accepted"))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:transition-not-allowed"))
                .body("status", equalTo("requested"))
                .body("allowed", containsInAnyOrder("cancelled", "entered-in-error"));
        ReferralFixtures.partnerMove(s.partnerToken(), referral, 1, ReferralFixtures.move("entered-in-error"))
                .then()
                .statusCode(409)
                .body("allowed", containsInAnyOrder("received", "accepted", "rejected"));
    }

    @Test
    void thePartnerAnswersAndCompletesWithAnOutcomeWhileTheReferrerFollowsTheHistory() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        String partner = s.partnerToken();
        ReferralFixtures.partnerMove(partner, referral, 1, ReferralFixtures.move("received"))
                .then()
                .statusCode(200)
                .body("firstResponseAt", notNullValue());
        ReferralFixtures.partnerMove(partner, referral, 2, ReferralFixtures.move("accepted"))
                .then()
                .statusCode(200);
        ReferralFixtures.partnerMove(partner, referral, 3, ReferralFixtures.move("in-progress"))
                .then()
                .statusCode(200);
        ReferralFixtures.partnerMove(partner, referral, 4, ReferralFixtures.move("completed"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("$.outcome"));
        ReferralFixtures.Move incomplete = ReferralFixtures.move("completed");
        incomplete.outcome(new ReferralRequests.OutcomeReport(ReferralOutcome.DELIVERED, null, null));
        ReferralFixtures.partnerMove(partner, referral, 4, incomplete)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("$.outcome.date", "$.outcome.note"));
        ReferralFixtures.Move done = ReferralFixtures.move("completed");
        done.outcome(new ReferralRequests.OutcomeReport(
                ReferralOutcome.PARTLY_DELIVERED, LocalDate.parse("2026-11-20"), "Attended 8 of 10"));
        ReferralFixtures.partnerMove(partner, referral, 4, done)
                .then()
                .statusCode(200)
                .body("status", equalTo("completed"))
                .body("outcome.result", equalTo("PARTLY_DELIVERED"))
                .body("completedAt", notNullValue())
                .body("client", nullValue());
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + referral)
                .then()
                .statusCode(200)
                .header("ETag", "\"5\"")
                .body("status", equalTo("completed"))
                .body("outcome.note", equalTo("Attended 8 of 10"))
                .body("history.to", contains("draft", "requested", "received", "accepted", "in-progress", "completed"))
                .body("history.actor", contains("REFERRER", "REFERRER", "PARTNER", "PARTNER", "PARTNER", "PARTNER"))
                .body("history[5].organisationId", equalTo(s.partner()))
                .body("history[5].outcome.result", equalTo("PARTLY_DELIVERED"));
    }

    @Test
    void closingMovesNeedACodedReasonAndOtherNeedsText() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        String partner = s.partnerToken();
        ReferralFixtures.partnerMove(partner, referral, 1, ReferralFixtures.move("rejected"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.reason"));
        ReferralFixtures.partnerMove(partner, referral, 1, ReferralFixtures.move("rejected", "OTHER"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.reasonText"));
        ReferralFixtures.partnerMove(partner, referral, 1, ReferralFixtures.move("rejected", "EXPIRED"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.reason"));
        ReferralFixtures.partnerMove(partner, referral, 1, ReferralFixtures.move("received", "NO_CAPACITY"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.reason"));
        ReferralFixtures.Move other = ReferralFixtures.move("rejected", "OTHER");
        other.reasonText("Course moved to another town");
        ReferralFixtures.partnerMove(partner, referral, 1, other)
                .then()
                .statusCode(200)
                .body("status", equalTo("rejected"))
                .body("closeReason", equalTo("OTHER"))
                .body("closeReasonText", equalTo("Course moved to another town"));
    }

    @Test
    void staffOfAnotherOfficeCannotMoveTheReferral() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.draft(s, "IDENTITY");
        String elsewhere = Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        Api.as(elsewhere)
                .header("If-Match", "\"0\"")
                .body(ReferralFixtures.move("entered-in-error"))
                .post("/clients/" + s.client() + "/referrals/" + referral + "/status")
                .then()
                .statusCode(404);
    }

    @Test
    void aStaleEtagIsRefusedAndAMissingOneIsRequired() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("cancelled", "CLIENT_DECLINED"))
                .then()
                .statusCode(412);
        Api.as(s.staff())
                .body(ReferralFixtures.move("cancelled", "CLIENT_DECLINED"))
                .post("/clients/" + s.client() + "/referrals/" + referral + "/status")
                .then()
                .statusCode(428);
    }

    @Test
    void concurrentMovesWithTheSameEtagLetOneWinAndRefuseTheOther() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        String partner = s.partnerToken();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (String status : List.of("received", "accepted")) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ReferralFixtures.partnerMove(partner, referral, 1, ReferralFixtures.move(status))
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> call : calls) {
            statuses.add(call.get());
        }
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 412), statuses);
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + referral)
                .then()
                .header("ETag", "\"2\"")
                .body("history", org.hamcrest.Matchers.hasSize(3));
    }

    @Test
    void aMoveRetriedWithItsIdempotencyKeyIsAppliedOnce() {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        String partner = s.partnerToken();
        for (int attempt = 0; attempt < 2; attempt++) {
            Api.as(partner)
                    .header("If-Match", "\"1\"")
                    .header("Idempotency-Key", "receive-" + referral)
                    .body(ReferralFixtures.move("received"))
                    .post("/partner/referrals/" + referral + "/status")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"2\"")
                    .header("Idempotent-Replayed", attempt == 0 ? nullValue() : equalTo("true"));
        }
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/referrals/" + referral)
                .then()
                .header("ETag", "\"2\"")
                .body("history.to", contains("draft", "requested", "received"));
    }

    @Test
    void everyStatusChangeOfAReferralIsOnTheClientsTimeline() {
        ReferralFixtures.Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        ReferralFixtures.partnerMove(s.partnerToken(), referral, 1, ReferralFixtures.move("received"))
                .then()
                .statusCode(200);
        io.restassured.response.Response timeline =
                org.mrc.casework.support.Api.as(s.staff()).get("/clients/" + s.client() + "/timeline");
        timeline.then().statusCode(200);
        java.util.List<String> to = timeline.path("items.findAll { it.kind == 'REFERRAL_STATUS_CHANGED' }.details.to");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("draft", "requested", "received"), to);
    }
}
