package org.mrc.casework.handover;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.Tokens;

/**
 * A destination-side centre hands a returning family to the origin centre of their return locality, walked through
 * the API as the two offices' staff would: consent, proposal, the receiving office's read grant, acceptance, and what
 * each office (and a third one) can reach before and after.
 */
@QuarkusTest
class CaseHandoverTest {

    @Inject
    DataSource dataSource;

    record Family(
            HouseholdFixtures.Office destination,
            HouseholdFixtures.Office origin,
            HouseholdFixtures.Office third,
            String father,
            String child,
            String spouse) {

        String sender() {
            return Tokens.staff("caseworker", destination.code());
        }

        String receiver() {
            return Tokens.staff("caseworker", origin.code());
        }

        String outsider() {
            return Tokens.staff("coordinator", third.code());
        }
    }

    private static Family family() {
        HouseholdFixtures.Office destination = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        HouseholdFixtures.Office origin = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        HouseholdFixtures.Office third = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        String name = ClientFixtures.uniqueName();
        String father = ClientFixtures.registerId(destination.code(), ClientFixtures.person("Ramon", name));
        String child = ClientFixtures.registerId(destination.code(), ClientFixtures.person("Lea", name));
        String spouse = ClientFixtures.registerId(destination.code(), ClientFixtures.person("Maria", name));
        String staff = Tokens.staff("caseworker", destination.code());
        HouseholdFixtures.linked(staff, father, HouseholdFixtures.link(child, "CHILD_OF", "LIVES_WITH"));
        HouseholdFixtures.linked(staff, father, HouseholdFixtures.link(spouse, "SPOUSE", "LIVES_WITH"));
        return new Family(destination, origin, third, father, child, spouse);
    }

    private static HandoverRequests.ProposeHandover proposal(String toOffice, List<String> members) {
        return new HandoverRequests.ProposeHandover(
                UUID.fromString(toOffice),
                "Family returning to Lipa in March; father seeks reintegration support",
                members.stream().map(UUID::fromString).toList());
    }

    private static ConsentFixtures.Consent handoverConsent(String office) {
        ConsentFixtures.Consent consent = ConsentFixtures.consent("CASE_HANDOVER", "IDENTITY", "HOUSEHOLD");
        consent.recipientOfficeId(office);
        return consent;
    }

    private static Response propose(Family f, List<String> members) {
        return Api.as(f.sender())
                .body(proposal(f.origin().id(), members))
                .post("/clients/" + f.father() + "/handovers");
    }

    @Test
    void aReturningFamilyIsHandedToTheOriginCentreWithTheChosenMembersAndTheFormerOfficeLosesIt() {
        Family f = family();
        // an open referral and an episode that must follow the case
        ReferralFixtures.Setup toPartner = ReferralFixtures.setup("TRAINING_PROVIDER");
        ReferralFixtures.Setup mine = new ReferralFixtures.Setup(
                f.destination().code(), f.father(), toPartner.partner(), toPartner.offering());
        String referral = ReferralFixtures.sent(mine, "IDENTITY");
        EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2020-03-01");
        journey.phase(MigrationPhase.PRE_DEPARTURE);
        String episode = EpisodeFixtures.openId(f.sender(), f.father(), journey);
        // a departure in 2020, while the destination centre owned the case
        EpisodeFixtures.moved(
                f.sender(), f.father(), episode, EpisodeFixtures.move("MIGRATION", "ARRIVAL", "2020-04-01"));

        // no consent yet: refused, nothing written
        propose(f, List.of(f.child()))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:consent-required"));
        // a consent naming another office does not count
        ConsentFixtures.record(
                f.destination().code(), f.father(), handoverConsent(f.third().id()));
        propose(f, List.of(f.child())).then().statusCode(409);
        ConsentFixtures.record(
                f.destination().code(), f.father(), handoverConsent(f.origin().id()));

        // a member must be linked to the client now and owned by the sending office
        String stranger = ClientFixtures.registerId(
                f.destination().code(), ClientFixtures.person("Pedro", ClientFixtures.uniqueName()));
        String elsewhere =
                ClientFixtures.registerId(f.third().code(), ClientFixtures.person("Ana", ClientFixtures.uniqueName()));
        propose(f, List.of(f.child(), stranger, elsewhere))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("$.memberIds[1]", "$.memberIds[2]")))
                .body(not(org.hamcrest.Matchers.containsString(stranger)));
        // the case cannot be handed to the office that owns it
        Api.as(f.sender())
                .body(proposal(f.destination().id(), List.of()))
                .post("/clients/" + f.father() + "/handovers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("$.toOfficeId"));

        Response proposed = propose(f, List.of(f.child()));
        proposed.then().statusCode(201).body("status", equalTo("PROPOSED"));
        String handover = proposed.path("id");
        assertTrue(proposed.header("Location").endsWith("/handovers/" + handover));
        propose(f, List.of()).then().statusCode(409).body("type", equalTo("urn:problem-type:mrc:handover-pending"));

        // while proposed: the receiving office sees it and reads the client and the moving member up to S1, no reason
        assertTrue(Api.as(f.receiver())
                .get("/handovers?direction=INCOMING")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.id")
                .contains(handover));
        Api.as(f.receiver())
                .get("/clients/" + f.father())
                .then()
                .statusCode(200)
                .body("phone", org.hamcrest.Matchers.notNullValue())
                .body("administrativeStatus", nullValue())
                .body("vulnerabilities", nullValue());
        Api.as(f.receiver()).get("/clients/" + f.child()).then().statusCode(200);
        Api.as(f.receiver()).get("/clients/" + f.spouse()).then().statusCode(404);
        // read-only
        Api.as(f.receiver())
                .body(ConsentFixtures.consent("STATISTICS", "IDENTITY"))
                .post("/clients/" + f.father() + "/consents")
                .then()
                .statusCode(404);
        // a third office learns nothing
        Api.as(f.outsider()).get("/handovers/" + handover).then().statusCode(404);
        Api.as(f.outsider()).get("/clients/" + f.father()).then().statusCode(404);
        Api.as(f.outsider())
                .header("If-Match", "\"0\"")
                .post("/handovers/" + handover + "/accept")
                .then()
                .statusCode(404);
        // the sending office cannot accept its own proposal
        Api.as(f.sender())
                .header("If-Match", "\"0\"")
                .post("/handovers/" + handover + "/accept")
                .then()
                .statusCode(404);
        Api.as(f.receiver()).post("/handovers/" + handover + "/accept").then().statusCode(428);

        Instant before = Instant.now();
        Api.as(f.receiver())
                .header("If-Match", "\"0\"")
                .post("/handovers/" + handover + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("memberIds", equalTo(List.of(f.child())));
        Api.as(f.receiver())
                .header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{}")
                .post("/handovers/" + handover + "/decline")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:handover-answered"));

        // the receiving office owns the case now: everything up to S2, the episode, the open referral
        Api.as(f.receiver())
                .get("/clients/" + f.father())
                .then()
                .statusCode(200)
                .body("officeId", equalTo(f.origin().id()))
                .body("administrativeStatus", equalTo("IRREGULAR"));
        Api.as(f.receiver())
                .get("/clients/" + f.child())
                .then()
                .statusCode(200)
                .body("officeId", equalTo(f.origin().id()));
        Api.as(f.receiver())
                .get("/clients/" + f.father() + "/episodes/" + episode)
                .then()
                .statusCode(200);
        Api.as(f.receiver())
                .header("If-Match", "\"1\"")
                .body(ReferralFixtures.move("cancelled", "CLIENT_DECLINED"))
                .post("/clients/" + f.father() + "/referrals/" + referral + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"));
        // the spouse was not chosen: still the destination centre's
        Api.as(f.sender()).get("/clients/" + f.spouse()).then().statusCode(200);

        // the former office is out of scope like any other office
        Api.as(f.sender()).get("/clients/" + f.father()).then().statusCode(404);
        Api.as(f.sender()).get("/clients/" + f.child()).then().statusCode(404);
        Api.as(f.sender()).get("/handovers/" + handover).then().statusCode(404);
        Api.as(f.sender())
                .get("/handovers?direction=OUTGOING")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(handover)));

        // the ownership history on the timeline, for the client and the member
        for (String client : List.of(f.father(), f.child())) {
            Response timeline = Api.as(f.receiver()).get("/clients/" + client + "/timeline?limit=200");
            timeline.then().statusCode(200);
            List<Map<String, Object>> handed = timeline.path("items.findAll { it.kind == 'CASE_HANDED_OVER' }.details");
            assertEquals(1, handed.size(), client);
            assertEquals(f.destination().id(), handed.get(0).get("fromOfficeId"));
            assertEquals(f.origin().id(), handed.get(0).get("toOfficeId"));
            assertEquals(!client.equals(f.father()), handed.get(0).get("asMember"));
        }

        // the grant reads were audited under their purpose; the acceptance by the receiving office
        String auditor = Tokens.of("auditor");
        List<String> purposes = Api.as(auditor)
                .get("/audit?resourceId=" + f.father() + "&limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.reasonCode");
        assertTrue(purposes.contains("CASE_HANDOVER"), purposes.toString());
        Api.as(auditor)
                .get("/audit?resourceId=" + handover + "&action=handover.accept&outcome=SUCCESS")
                .then()
                .statusCode(200)
                .body("items.actorOffice", equalTo(List.of(f.origin().code())));
        // the refused attempts (the sending office, a third office) are in the trail too
        Api.as(auditor)
                .get("/audit?resourceId=" + handover + "&action=handover.accept&outcome=DENIED")
                .then()
                .statusCode(200)
                .body(
                        "items.actorOffice",
                        org.hamcrest.Matchers.hasItems(
                                f.destination().code(), f.third().code()));

        // reports attribute events to the office that owned the case when they happened
        assertEquals(f.destination().id(), officeAt(f.father(), before));
        assertEquals(f.origin().id(), officeAt(f.father(), Instant.now()));
        assertEquals(f.destination().id(), officeAt(f.child(), before));
        assertEquals(f.destination().id(), officeAt(f.spouse(), Instant.now()));
        Api.asAdmin().post("/reports/refresh").then().statusCode(200);
        assertEquals(1, rolledUp("report_movement", "movements", f.destination().id()));
        assertEquals(0, rolledUp("report_movement", "movements", f.origin().id()));
        // this month's caseload snapshot (taken at the end of today) counts the open episode for the office that owns
        // the case now; the earlier months' snapshots stay with the office that owned it then
        assertEquals(
                1, rolledUpThisMonth("report_caseload", "clients", f.origin().id()));
        assertEquals(
                0,
                rolledUpThisMonth("report_caseload", "clients", f.destination().id()));
        assertEquals(1, rolledUp("report_caseload", "clients", f.origin().id()));
        assertTrue(rolledUp("report_caseload", "clients", f.destination().id()) > 0);
    }

    @Test
    void aDeclinedOrWithdrawnHandoverLeavesTheCaseWhereItWasAndEndsTheGrant() {
        Family f = family();
        ConsentFixtures.record(
                f.destination().code(), f.father(), handoverConsent(f.origin().id()));
        String first = propose(f, List.of()).then().statusCode(201).extract().path("id");
        Api.as(f.receiver()).get("/clients/" + f.father()).then().statusCode(200);
        Api.as(f.receiver())
                .header("If-Match", "\"0\"")
                .body(Map.of("note", "Return locality is served by another desk"))
                .post("/handovers/" + first + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        Api.as(f.receiver()).get("/clients/" + f.father()).then().statusCode(404);
        Api.as(f.receiver()).get("/handovers/" + first).then().statusCode(404);
        Api.as(f.sender())
                .get("/handovers/" + first)
                .then()
                .statusCode(200)
                .body("decisionNote", equalTo("Return locality is served by another desk"));

        String second = propose(f, List.of()).then().statusCode(201).extract().path("id");
        // only the sending office withdraws
        Api.as(f.receiver())
                .header("If-Match", "\"0\"")
                .body("{}")
                .post("/handovers/" + second + "/withdraw")
                .then()
                .statusCode(404);
        Api.as(f.sender())
                .header("If-Match", "\"0\"")
                .body("{}")
                .post("/handovers/" + second + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Api.as(f.receiver()).get("/clients/" + f.father()).then().statusCode(404);
        Api.as(f.sender())
                .get("/clients/" + f.father())
                .then()
                .statusCode(200)
                .body("officeId", equalTo(f.destination().id()));
        List<String> history = Api.as(f.sender())
                .get("/clients/" + f.father() + "/handovers")
                .then()
                .statusCode(200)
                .extract()
                .path("status");
        assertEquals(List.of("DECLINED", "WITHDRAWN"), history);
    }

    /** The sum of {@code measure} in a rollup for one office (the test's offices are its own). */
    private long rolledUp(String table, String measure, String office) {
        return rolledUp(table, measure, office, "");
    }

    private long rolledUpThisMonth(String table, String measure, String office) {
        return rolledUp(table, measure, office, " and month = date_trunc('month', current_date)::date");
    }

    private long rolledUp(String table, String measure, String office, String condition) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select coalesce(sum(" + measure
                        + "), 0) from " + table + " where office_id = ?" + condition)) {
            statement.setObject(1, UUID.fromString(office));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String officeAt(String client, Instant at) throws RuntimeException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select case_office_at(?, ?)::text")) {
            statement.setObject(1, UUID.fromString(client));
            statement.setTimestamp(2, Timestamp.from(at));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
