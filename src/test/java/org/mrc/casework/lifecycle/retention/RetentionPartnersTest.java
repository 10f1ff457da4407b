package org.mrc.casework.lifecycle.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.ReferralFixtures;

/**
 * Anonymisation under the retention rules reaches partners as an erasure does: a referral the partner received loses
 * its free text, shows again in the partner's feed marked erased, answers the partner's read with 410
 * {@code referral-erased}, and is announced as {@code referral.erased} to the partner's webhook subscription (an
 * outbox row per subscription, written in the batch's transaction). A draft the partner never saw is marked too but
 * announced to no one.
 */
@QuarkusTest
class RetentionPartnersTest {

    @Inject
    DataSource dataSource;

    @Inject
    RetentionJob job;

    @Test
    void anonymisingAClientErasesItsReferralsForThePartnersAndTellsThem() throws SQLException {
        RetentionFixtures.Office office = RetentionFixtures.office();
        String client = RetentionFixtures.closedCase(office, "Referred");
        String partner = DirectoryFixtures.registerPartner("NGO");
        String location = DirectoryFixtures.addLocation(partner, DirectoryFixtures.uniqueLocality());
        String offering = DirectoryFixtures.offer("LANGUAGE_COURSE", partner, location, "tl");
        ReferralFixtures.Setup s = new ReferralFixtures.Setup(office.code(), client, partner, offering);
        String subscription = Api.as(s.partnerToken())
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/hooks",
                        "eventTypes",
                        List.of("referral.erased"),
                        "description",
                        "retention test"))
                .post("/partner/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");

        String sent = ReferralFixtures.sent(s, "IDENTITY");
        Api.as(s.partnerToken()).get("/partner/referrals/" + sent).then().statusCode(200);
        ReferralFixtures.staffMove(s, sent, 1, ReferralFixtures.move("cancelled", "CLIENT_DECLINED"))
                .then()
                .statusCode(200);
        String draft = ReferralFixtures.draft(s, "IDENTITY");
        RetentionFixtures.backdate(dataSource, List.of(client), 7);
        backdateReferralsAndConsents(client, 7);

        assertEquals(
                Map.of("action", "ANONYMISE", "processed", 1, "held", 0, "waiting", 0),
                RetentionFixtures.line(job.run(), office.id(), "CLOSED_CASE"));

        JsonPath feed = Api.as(s.partnerToken())
                .get("/partner/referrals?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = feed.getList("items");
        Map<String, Object> item = items.stream()
                .filter(i -> sent.equals(i.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the referral is missing from the partner feed"));
        assertNotNull(item.get("erasedAt"), "the feed shows the referral erased");
        assertEquals("", item.get("reason"));
        assertNull(item.get("note"));
        Api.as(s.partnerToken())
                .get("/partner/referrals/" + sent)
                .then()
                .statusCode(410)
                .body("type", equalTo("urn:problem-type:mrc:referral-erased"));

        assertEquals(
                1,
                count("""
                        select count(*) from webhook_event e join webhook_delivery d on d.event_id = e.id
                        where e.type = 'referral.erased' and e.resource_id = cast(? as uuid)
                          and e.partner_id = cast(? as uuid) and d.subscription_id = cast(? as uuid)""", sent, partner, subscription),
                "a referral.erased event delivered to the partner's subscription");
        assertEquals(
                0,
                count("select count(*) from webhook_event where resource_id = cast(? as uuid)", draft),
                "no event for a draft the partner never saw");
        assertEquals(
                2,
                count(
                        "select count(*) from referral where client_id = cast(? as uuid) and erased_at is not null",
                        client),
                "both referrals marked erased");
    }

    /** Their referrals and consents moved back in time too (consents refuse changes: the triggers are bypassed). */
    private void backdateReferralsAndConsents(String client, int years) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
            }
            for (String sql : List.of(
                    "update referral set updated_at = updated_at - make_interval(years => ?) where client_id = ?::uuid",
                    """
                    update consent set given_at = given_at - make_interval(years => ?),
                        recorded_at = recorded_at - make_interval(years => ?)
                    where client_id = ?::uuid""")) {
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    int count = update.getParameterMetaData().getParameterCount();
                    for (int i = 1; i < count; i++) {
                        update.setInt(i, years);
                    }
                    update.setString(count, client);
                    update.executeUpdate();
                }
            }
            connection.commit();
        }
    }

    private long count(String sql, String... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
