package org.mrc.casework.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mrc.casework.referral.ReferralExpiry;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ReferralFixtures.Setup;
import org.mrc.casework.support.Tokens;

/**
 * Webhooks end to end: real subscriptions made through the API, events published by real changes (or by the outbox's
 * API in a test transaction), delivered by the running dispatcher to a real HTTP receiver started here, and every
 * signature checked by the Standard Webhooks project's own Java verifier. The test profile runs the retry schedule in
 * seconds (application.properties).
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookEvents events;

    @Inject
    EntityManager entityManager;

    @Inject
    ReferralExpiry expiry;

    record Subscription(String id, String secret) {}

    static Subscription subscribe(String token, String path, String url, String... types) {
        WebhookRequests.Subscription body = new WebhookRequests.Subscription(
                url,
                Stream.of(types)
                        .map(wire -> Stream.of(WebhookEventType.values())
                                .filter(type -> type.wire().equals(wire))
                                .findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("no event type " + wire)))
                        .toList(),
                "test receiver",
                null);
        Response created = Api.as(token).body(body).post(path);
        created.then().statusCode(201).body("secret", org.hamcrest.Matchers.startsWith("whsec_"));
        return new Subscription(created.path("subscription.id"), created.path("secret"));
    }

    static Subscription subscribePartner(Setup s, String url, String... types) {
        return subscribe(s.partnerToken(), "/partner/webhooks", url, types);
    }

    static void verify(String secret, Receiver.Request request) {
        try {
            new Webhook(secret).verify(request.body(), request.headers());
        } catch (Exception e) {
            throw new AssertionError("signature does not verify: " + e.getMessage(), e);
        }
    }

    UUID publish(WebhookEventType type, UUID resource, UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> events.publish(type, resource, partner));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String body) {
        try {
            return JSON.readValue(body, Map.class);
        } catch (Exception e) {
            throw new AssertionError("not JSON", e);
        }
    }

    @Test
    void aSentReferralReachesThePartnersReceiverSignedAndThin() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        try (Receiver receiver = Receiver.ok()) {
            Subscription sub = subscribePartner(s, receiver.url(), "referral.sent", "referral.cancelled");
            String referral = ReferralFixtures.sent(s, "IDENTITY");
            Receiver.await(
                    WAIT, "the referral.sent event", () -> receiver.requests().size() == 1);
            Receiver.Request request = receiver.requests().get(0);
            verify(sub.secret(), request);
            Map<String, Object> event = json(request.body());
            assertEquals(Set.of("id", "type", "timestamp", "data"), event.keySet());
            assertEquals("referral.sent", event.get("type"));
            assertEquals(request.header("webhook-id"), event.get("id"));
            Map<String, Object> data = (Map<String, Object>) event.get("data");
            assertEquals(Set.of("resourceType", "resourceId", "url"), data.keySet());
            assertEquals(referral, data.get("resourceId"));
            assertTrue(((String) data.get("url")).endsWith("/partner/referrals/" + referral));
            assertFalse(request.body().contains(s.client()), "no client id in an event");
            assertFalse(request.body().contains("Olena"), "no personal data in an event");
            // the receiver reads the resource through the API, where consent rules apply
            Api.as(s.partnerToken())
                    .get("/partner/referrals/" + referral)
                    .then()
                    .statusCode(200);

            ReferralFixtures.staffMove(s, referral, 1, ReferralFixtures.move("cancelled", "CLIENT_DECLINED"))
                    .then()
                    .statusCode(200);
            Receiver.await(
                    WAIT,
                    "the referral.cancelled event",
                    () -> receiver.requests().size() == 2);
            verify(sub.secret(), receiver.requests().get(1));
            assertEquals(
                    "referral.cancelled",
                    json(receiver.requests().get(1).body()).get("type"));
        }
    }

    @Test
    void expiryAndConsentWithdrawalAreAnnouncedAsSuch() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        try (Receiver receiver = Receiver.ok()) {
            subscribePartner(s, receiver.url(), "referral.expired", "referral.withdrawn");
            String consent = ConsentFixtures.recordId(
                    s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY"));
            String overdue = ReferralFixtures.draft(s, java.time.LocalDate.now().minusDays(1), "IDENTITY");
            String open = ReferralFixtures.draft(s, "IDENTITY");
            for (String referral : List.of(overdue, open)) {
                ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                        .then()
                        .statusCode(200);
            }
            expiry.expireOverdue();
            ConsentFixtures.withdraw(s.office(), s.client(), consent, null);
            Receiver.await(WAIT, "two events", () -> receiver.requests().size() == 2);
            Map<String, String> typeByResource = new HashMap<>();
            for (Receiver.Request request : receiver.requests()) {
                Map<String, Object> event = json(request.body());
                typeByResource.put((String) ((Map<String, Object>) event.get("data")).get("resourceId"), (String)
                        event.get("type"));
            }
            assertEquals(Map.of(overdue, "referral.expired", open, "referral.withdrawn"), typeByResource);
        }
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheEventOnceMoreAfterRecovering() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        try (Receiver receiver = Receiver.answering(n -> n < 3 ? 503 : 200)) {
            Subscription sub = subscribePartner(s, receiver.url(), "referral.sent");
            ReferralFixtures.sent(s, "IDENTITY");
            Receiver.await(WAIT, "the fourth attempt", () -> receiver.requests().size() == 4);
            Thread.sleep(800);
            List<Receiver.Request> requests = receiver.requests();
            assertEquals(4, requests.size(), "delivered once after recovery, not again");
            assertEquals(
                    1,
                    requests.stream()
                            .map(r -> r.header("webhook-id"))
                            .distinct()
                            .count());
            requests.forEach(r -> verify(sub.secret(), r));
            Api.as(s.partnerToken())
                    .get("/partner/webhooks/" + sub.id() + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items[0].state", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(4))
                    .body("items[0].log.status", equalTo(List.of(503, 503, 503, 200)))
                    .body(
                            "items[0].log.error",
                            equalTo(java.util.Arrays.asList("http-status", "http-status", "http-status", null)));
        }
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsDeliveredOnceItsLeaseExpires() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        UUID partner = UUID.fromString(s.partner());
        try (Receiver receiver = Receiver.ok()) {
            Subscription sub = subscribePartner(s, receiver.url(), "offering.changed");
            UUID resource = UUID.randomUUID();
            // the state a crashed dispatcher leaves: the delivery claimed (lease taken, attempt counted), never
            // finished
            UUID event = QuarkusTransaction.requiringNew().call(() -> {
                UUID id = events.publish(WebhookEventType.OFFERING_CHANGED, resource, partner);
                entityManager.createNativeQuery("""
                                update webhook_delivery
                                set lease_until = now() + interval '2 seconds', attempts = 1, first_attempt_at = now()
                                where event_id = ?1""").setParameter(1, id).executeUpdate();
                return id;
            });
            long committed = System.nanoTime();
            Thread.sleep(1000);
            assertEquals(0, receiver.requests().size(), "nobody sends a delivery another instance holds");
            Receiver.await(WAIT, "the redelivery", () -> receiver.requests().size() == 1);
            long after = Duration.ofNanos(receiver.requests().get(0).receivedNanos() - committed)
                    .toMillis();
            assertTrue(after >= 1900, "not before the lease expired: " + after + " ms");
            assertEquals(event.toString(), receiver.requests().get(0).header("webhook-id"));
            verify(sub.secret(), receiver.requests().get(0));
            Api.as(s.partnerToken())
                    .get("/partner/webhooks/" + sub.id() + "/deliveries")
                    .then()
                    .body("items[0].state", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(2))
                    .body("items[0].log.attempt", equalTo(List.of(2)));
        }
    }

    @Test
    void aRolledBackTransactionPublishesNothing() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        UUID partner = UUID.fromString(s.partner());
        try (Receiver receiver = Receiver.ok()) {
            subscribePartner(s, receiver.url(), "offering.changed");
            List<UUID> resources = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                UUID resource = UUID.randomUUID();
                resources.add(resource);
                assertThrows(
                        IllegalStateException.class,
                        () -> QuarkusTransaction.requiringNew().run(() -> {
                            events.publish(WebhookEventType.OFFERING_CHANGED, resource, partner);
                            throw new IllegalStateException("the change fails after its event was written");
                        }));
            }
            UUID committed = UUID.randomUUID();
            publish(WebhookEventType.OFFERING_CHANGED, committed, partner);
            Receiver.await(
                    WAIT, "the committed event", () -> receiver.requests().size() >= 1);
            Thread.sleep(500);
            assertEquals(1, receiver.requests().size(), "only the committed change's event");
            assertTrue(receiver.requests().get(0).body().contains(committed.toString()));
            Number stored = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                    .createNativeQuery("select count(*) from webhook_event where resource_id = any (?1)")
                    .setParameter(1, resources.toArray(UUID[]::new))
                    .getSingleResult());
            assertEquals(0, stored.intValue(), "0 events stored for 20 rolled-back transactions");
        }
    }

    @Test
    void eachSubscriptionGetsItsEventsInOrderEvenThroughRetries() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        UUID partner = UUID.fromString(s.partner());
        // every fourth request fails once: a retried event must still arrive before the ones after it
        try (Receiver receiver = Receiver.answering(n -> n % 4 == 1 ? 500 : 200);
                Receiver second = Receiver.ok()) {
            Subscription sub = subscribePartner(s, receiver.url(), "offering.changed");
            subscribePartner(s, second.url(), "offering.changed");
            List<String> published = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                published.add(publish(WebhookEventType.OFFERING_CHANGED, UUID.randomUUID(), partner)
                        .toString());
            }
            Receiver.await(
                    WAIT,
                    "30 deliveries",
                    () -> receiver.requests().stream()
                                            .filter(r -> r.status() < 300)
                                            .count()
                                    == 30
                            && second.requests().size() == 30);
            List<String> firstDelivered = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Receiver.Request request : receiver.requests()) {
                String id = request.header("webhook-id");
                if (seen.add(id)) {
                    firstDelivered.add(id);
                }
                verify(sub.secret(), request);
            }
            assertEquals(published, firstDelivered, "first attempts in publication order");
            List<String> successes = receiver.requests().stream()
                    .filter(r -> r.status() < 300)
                    .map(r -> r.header("webhook-id"))
                    .toList();
            assertEquals(published, successes, "deliveries in publication order");
            assertEquals(
                    published,
                    second.requests().stream().map(r -> r.header("webhook-id")).toList());
        }
    }

    @Test
    void aReceiverThatKeepsFailingIsSwitchedOffAndTheOwnerIsToldWhy() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        UUID partner = UUID.fromString(s.partner());
        try (Receiver receiver = Receiver.answering(n -> 500)) {
            Subscription sub = subscribePartner(s, receiver.url(), "offering.changed");
            publish(WebhookEventType.OFFERING_CHANGED, UUID.randomUUID(), partner);
            Receiver.await(
                    Duration.ofSeconds(20), "the subscription switched off", () -> !(Boolean) Api.as(s.partnerToken())
                            .get("/partner/webhooks/" + sub.id())
                            .path("active"));
            Api.as(s.partnerToken())
                    .get("/partner/webhooks/" + sub.id())
                    .then()
                    .body("disabledReason", containsString("failed attempts"))
                    .body("disabledReason", containsString("HTTP 500"))
                    .body("disabledAt", org.hamcrest.Matchers.notNullValue());
            Api.as(s.partnerToken())
                    .get("/partner/webhooks/" + sub.id() + "/deliveries?state=FAILED")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].state", equalTo("FAILED"));
            int attempts = receiver.requests().size();
            assertTrue(attempts >= 3, "retried before giving up: " + attempts);
            // switched off: new events are not sent to it
            publish(WebhookEventType.OFFERING_CHANGED, UUID.randomUUID(), partner);
            Thread.sleep(500);
            assertEquals(attempts, receiver.requests().size());
        }
    }

    @Test
    void aPartnerCanReplayOneEventOrEverythingSinceAnInstantWithTheSameWebhookId() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        UUID partner = UUID.fromString(s.partner());
        try (Receiver receiver = Receiver.ok()) {
            Subscription sub = subscribePartner(s, receiver.url(), "offering.changed");
            // after the subscription: the offering the fixture created was announced before it, and would be replayed
            Thread.sleep(5);
            Instant before = Instant.now();
            UUID first = publish(WebhookEventType.OFFERING_CHANGED, UUID.randomUUID(), partner);
            UUID second = publish(WebhookEventType.OFFERING_CHANGED, UUID.randomUUID(), partner);
            Receiver.await(WAIT, "two events", () -> receiver.requests().size() == 2);

            Api.as(s.partnerToken())
                    .body(Map.of("eventId", first.toString()))
                    .post("/partner/webhooks/" + sub.id() + "/replay")
                    .then()
                    .statusCode(202)
                    .body("queued", equalTo(1));
            Receiver.await(WAIT, "the replay", () -> receiver.requests().size() == 3);
            assertEquals(first.toString(), receiver.requests().get(2).header("webhook-id"));

            Api.as(s.partnerToken())
                    .body(Map.of("since", before.toString()))
                    .post("/partner/webhooks/" + sub.id() + "/replay")
                    .then()
                    .statusCode(202)
                    .body("queued", equalTo(2));
            Receiver.await(WAIT, "the replay since", () -> receiver.requests().size() == 5);
            assertEquals(
                    List.of(first.toString(), second.toString()),
                    receiver.requests().subList(3, 5).stream()
                            .map(r -> r.header("webhook-id"))
                            .toList());
            receiver.requests().forEach(r -> verify(sub.secret(), r));
            Api.as(s.partnerToken())
                    .body(Map.of("eventId", first.toString(), "since", before.toString()))
                    .post("/partner/webhooks/" + sub.id() + "/replay")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("$.since"));
        }
    }

    @Test
    void afterARotationDeliveriesAreSignedWithTheNewAndTheOldSecret() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        UUID partner = UUID.fromString(s.partner());
        try (Receiver receiver = Receiver.ok()) {
            Subscription sub = subscribePartner(s, receiver.url(), "offering.changed");
            Response rotated = Api.as(s.partnerToken()).post("/partner/webhooks/" + sub.id() + "/rotate-secret");
            rotated.then().statusCode(200).body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue());
            String secret = rotated.path("secret");
            assertFalse(secret.equals(sub.secret()));
            publish(WebhookEventType.OFFERING_CHANGED, UUID.randomUUID(), partner);
            Receiver.await(WAIT, "the event", () -> receiver.requests().size() == 1);
            Receiver.Request request = receiver.requests().get(0);
            verify(secret, request);
            verify(sub.secret(), request);
            assertEquals(2, request.header("webhook-signature").split(" ").length);
            assertThrows(
                    WebhookVerificationException.class,
                    () -> new Webhook(Signatures.newSecret()).verify(request.body(), request.headers()));
        }
    }

    @Test
    void offeringChangesReachTheOfferingsPartnerAndNoOtherPartner() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        Setup other = ReferralFixtures.setup("NGO");
        try (Receiver mine = Receiver.ok();
                Receiver theirs = Receiver.ok()) {
            subscribePartner(s, mine.url(), "offering.changed");
            subscribePartner(other, theirs.url(), "offering.changed");
            Api.as(Tokens.admin())
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "TEMPORARILY_CLOSED"))
                    .post("/offerings/" + s.offering() + "/status")
                    .then()
                    .statusCode(200);
            Receiver.await(
                    WAIT, "the offering.changed event", () -> mine.requests().size() == 1);
            Map<String, Object> event = json(mine.requests().get(0).body());
            assertEquals("offering.changed", event.get("type"));
            assertTrue(mine.requests().get(0).body().contains("/partner/offerings/" + s.offering()));
            Thread.sleep(300);
            assertEquals(0, theirs.requests().size(), "another partner hears nothing of it");
        }
    }

    @Test
    void anInternalSubscriptionHearsThatReportsWereRefreshed() throws Exception {
        try (Receiver receiver = Receiver.ok()) {
            Subscription sub = subscribe(Tokens.admin(), "/webhooks", receiver.url(), "report.refreshed");
            Api.as(Tokens.admin()).post("/reports/refresh").then().statusCode(200);
            Receiver.await(
                    Duration.ofSeconds(60),
                    "report.refreshed",
                    () -> receiver.requests().stream().anyMatch(r -> r.body().contains("report.refreshed")));
            verify(sub.secret(), receiver.requests().get(0));
            Api.as(Tokens.admin()).delete("/webhooks/" + sub.id()).then().statusCode(204);
        }
    }

    @Test
    void partnersManageOnlyTheirOwnSubscriptionsAndOnlyTheirEvents() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        Setup other = ReferralFixtures.setup("NGO");
        try (Receiver receiver = Receiver.ok()) {
            Subscription sub = subscribePartner(s, receiver.url(), "referral.sent");
            Api.as(other.partnerToken())
                    .get("/partner/webhooks/" + sub.id())
                    .then()
                    .statusCode(404);
            Api.as(other.partnerToken())
                    .post("/partner/webhooks/" + sub.id() + "/rotate-secret")
                    .then()
                    .statusCode(404);
            Api.as(Tokens.admin()).get("/webhooks/" + sub.id()).then().statusCode(404);
            Map<String, Object> internalOnly = Map.of("url", receiver.url(), "eventTypes", List.of("report.refreshed"));
            Api.as(s.partnerToken())
                    .body(internalOnly)
                    .post("/partner/webhooks")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("$.eventTypes"));
            Response page = Api.as(s.partnerToken()).get("/partner/webhooks");
            page.then().statusCode(200).body("items.id", equalTo(List.of(sub.id())));
            assertFalse(page.asString().contains("whsec_"), "the secret is shown once only");
            Response read = Api.as(s.partnerToken()).get("/partner/webhooks/" + sub.id());
            assertFalse(read.asString().contains("whsec_"));
            String etag = read.header("ETag");
            assertNotNull(etag);
            Api.as(s.partnerToken())
                    .header("If-Match", etag)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("referral.sent"), "active", false))
                    .put("/partner/webhooks/" + sub.id())
                    .then()
                    .statusCode(200)
                    .body("active", equalTo(false));
        }
    }

    @Test
    void targetsOnPrivateOrReservedAddressesAreRefused() {
        Setup s = ReferralFixtures.setup("NGO");
        for (String url : List.of(
                "http://10.0.0.8/hook",
                "http://172.16.3.4/hook",
                "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1]/hook",
                "http://[::ffff:10.0.0.1]/hook",
                "http://224.0.0.1/hook",
                "ftp://127.0.0.1/hook",
                "http://user:pw@127.0.0.1/hook",
                "not a url")) {
            Map<String, Object> body = Map.of("url", url, "eventTypes", List.of("referral.sent"));
            Response refused = Api.as(s.partnerToken()).body(body).post("/partner/webhooks");
            refused.then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("$.url"));
            assertFalse(refused.asString().contains(url), "the problem does not echo the URL: " + url);
        }
    }
}
