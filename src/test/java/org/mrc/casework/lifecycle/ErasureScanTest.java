package org.mrc.casework.lifecycle;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.handover.HandoverRequests;
import org.mrc.casework.referral.ReferralOutcome;
import org.mrc.casework.referral.ReferralRequests;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.Tokens;

/**
 * THE erasure test. A client gets a distinctive value in every free-text and identifying field the model has; which
 * fields those are is read from the live schema (every text, varchar, json and array column of every table linked to
 * {@code client} by foreign keys), and a column that is neither filled with a distinctive value here nor declared a
 * code (with the reason) fails the test, so a new field cannot escape. After the erasure every text, json and array
 * column of every table in the schema (again from {@code information_schema}, so a new table cannot escape) is
 * searched for every value: none may be found. The partners see the erasure, and the person can be registered again
 * without any link to the tombstone.
 */
@QuarkusTest
public class ErasureScanTest {

    /**
     * Columns of client-linked tables that hold no value about the person that could be distinctive: codes from closed
     * lists, staff subjects, and values derived from other columns. Each with the reason; the tombstone check below
     * requires the client's coded values to be emptied anyway.
     */
    /** Text columns of client-linked tables that hold codes, ids or staff subjects, never a person's value. */
    public static final Map<String, String> NOT_DISTINCTIVE = Map.ofEntries(
            Map.entry("client.sex", "code"),
            Map.entry("client.nationalities", "country codes"),
            Map.entry("client.country_of_birth", "country code"),
            Map.entry("client.preferred_languages", "language codes"),
            Map.entry("client.origin_country", "country code"),
            Map.entry("client.current_country", "country code"),
            Map.entry("client.education_level", "code"),
            Map.entry("client.employment_status", "code"),
            Map.entry("client.social_protection", "code"),
            Map.entry("client.remittances_sent", "code"),
            Map.entry("client.remittances_received", "code"),
            Map.entry("client.administrative_status", "code"),
            Map.entry("client.vulnerabilities", "codes"),
            Map.entry("client.roles", "codes"),
            Map.entry("client.current_phase", "code"),
            Map.entry("client.name_codes", "double-metaphone codes of the names, recomputed by trigger (emptied)"),
            Map.entry("client_merge.moved", "ids and counts of the moved records"),
            Map.entry("client_merge.merged_by", "staff subject"),
            Map.entry("client_merge.undone_by", "staff subject"),
            Map.entry("migration_episode.type", "code"),
            Map.entry("migration_episode.origin_country", "country code"),
            Map.entry("migration_episode.destination_country", "country code"),
            Map.entry("migration_episode.current_phase", "code"),
            Map.entry("migration_episode.current_sub_stage", "code"),
            Map.entry("migration_episode.opened_by", "staff subject"),
            Map.entry("migration_episode.closed_by", "staff subject"),
            Map.entry("phase_change.from_phase", "code"),
            Map.entry("phase_change.phase", "code"),
            Map.entry("phase_change.sub_stage", "code"),
            Map.entry("phase_change.return_circumstance", "code"),
            Map.entry("phase_change.return_completeness", "code"),
            Map.entry("phase_change.return_intention", "code"),
            Map.entry("phase_change.recorded_by", "staff subject"),
            Map.entry("client_link.type", "code"),
            Map.entry("client_link.residence", "code"),
            Map.entry("consent.purpose", "code"),
            Map.entry("consent.recipient_partner_type", "code"),
            Map.entry("consent.data_categories", "codes"),
            Map.entry("consent.given_how", "code"),
            Map.entry("consent.withdrawal_recorded_by", "staff subject"),
            Map.entry("consent.recorded_by", "staff subject"),
            Map.entry("client_diploma.level", "code"),
            Map.entry("client_diploma.issuing_country", "country code"),
            Map.entry("diploma_recognition.country", "country code"),
            Map.entry("diploma_recognition.status", "code"),
            Map.entry("diploma_recognition.recorded_by", "staff subject"),
            Map.entry("client_skill.acquired", "code"),
            Map.entry("client_skill.country", "country code"),
            Map.entry("client_language.language", "language code"),
            Map.entry("client_language.level", "code"),
            Map.entry("client_employment.period", "code"),
            Map.entry("client_employment.country", "country code"),
            Map.entry("client_employment.employment_status", "code"),
            Map.entry("referral.service_type_code", "catalogue code"),
            Map.entry("referral.priority", "code"),
            Map.entry("referral.shared_categories", "codes"),
            Map.entry("referral.status", "code"),
            Map.entry("referral.close_reason", "code"),
            Map.entry("referral.outcome", "code"),
            Map.entry("referral.created_by", "staff subject"),
            Map.entry("referral_event.from_status", "code"),
            Map.entry("referral_event.to_status", "code"),
            Map.entry("referral_event.actor", "code"),
            Map.entry("referral_event.actor_subject", "staff or partner subject"),
            Map.entry("referral_event.reason", "code"),
            Map.entry("referral_event.outcome", "code"),
            Map.entry("service_delivery.service_type_code", "catalogue code"),
            Map.entry("service_delivery.recorded_by", "staff subject"),
            Map.entry("group_session_attendee.added_by", "staff subject"),
            Map.entry("erasure_request.requested_by", "code"),
            Map.entry("erasure_request.ground", "code"),
            Map.entry("erasure_request.status", "code"),
            Map.entry("erasure_request.refusal_reason", "code"),
            Map.entry("erasure_request.recorded_by", "staff subject"),
            Map.entry("legal_hold.reason", "code"),
            Map.entry("client.match_keys", "sound codes of the name words with the birth facts, recomputed by trigger"),
            Map.entry("case_handover.status", "code"),
            Map.entry("case_handover.member_ids", "ids of the household members who moved with the case"),
            Map.entry("case_handover.proposed_by", "staff subject"),
            Map.entry("case_handover.decided_by", "staff subject"),
            Map.entry("legal_hold.placed_by", "staff subject"),
            Map.entry("journey_leg.country", "country code"),
            Map.entry("journey_leg.activity", "code"),
            Map.entry("journey_leg.permit_type", "code"),
            Map.entry("journey_leg.contribution_country", "country code"),
            Map.entry("child_schooling.status", "code"),
            Map.entry("child_schooling.level", "code"),
            Map.entry("child_schooling.recorded_by", "staff subject"),
            Map.entry("client_rectification.fields", "names of the corrected fields"),
            Map.entry("client_rectification.actor_subject", "staff subject"),
            Map.entry("client_rectification.actor_roles", "role codes"),
            Map.entry("client_rectification.actor_office", "office code"),
            Map.entry("legal_hold.released_by", "staff subject"));

    /** Client columns an erasure keeps: ids, the tombstone's own facts, times, and the neutral defaults. */
    private static final Set<String> TOMBSTONE_KEEPS = Set.of(
            "id",
            "office_id",
            "reference",
            "erased_at",
            "erasure_request_id",
            "created_at",
            "updated_at",
            "version",
            "current_phase",
            "merged_into",
            "sex",
            "administrative_status",
            "birth_year_estimated",
            "search_name");

    @Inject
    DataSource dataSource;

    /** label -> distinctive value (compared lower-case). */
    private final Map<String, String> values = new LinkedHashMap<>();

    private String marker(String label) {
        StringBuilder letters = new StringBuilder("Qz");
        for (int i = 0; i < 10; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        values.put(label, letters.toString());
        return letters.toString();
    }

    @Test
    void anErasedPersonLeavesNoValueInAnyColumnOfAnyTableAndPartnersSeeTheErasure() throws SQLException {
        // the chain is verified from here on: other tests break earlier links on purpose (AuditChainTest)
        Number lastLink =
                Api.as(Tokens.of("auditor")).get("/audit/verification").path("lastSequence");
        long firstLink = lastLink == null ? 1 : lastLink.longValue() + 1;
        ReferralFixtures.Setup s = ReferralFixtures.setup("TRAINING_PROVIDER");
        String staff = s.staff();
        String otherOffice = OfficeFixtures.openCode("RESOURCE_CENTRE", null);

        // the person, with a distinctive value in every identifying and free-text field
        ClientFixtures.Person person = ClientFixtures.person(marker("given name"), marker("family name"));
        person.pseudonym(marker("pseudonym"));
        person.otherNames(List.of(marker("other name")));
        person.genderIdentity(marker("gender identity"));
        String digits = String.valueOf(1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        person.phone("+63 917 " + digits);
        values.put("phone", digits);
        person.email(marker("email") + "@example.org");
        person.address(marker("address") + " street 12");
        person.originLocality(marker("origin locality"));
        person.currentLocality(marker("current locality"));
        person.birthDate("1979-11-23");
        String client = ClientFixtures.registerId(s.office(), person);
        String reference = Api.as(staff).get("/clients/" + client).path("reference");
        values.put("case reference", reference);
        // a correction: the rectification history keeps the old address, which the erasure must remove too
        Api.as(staff)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("address", marker("corrected address") + " street 14"))
                .patch("/clients/" + client)
                .then()
                .statusCode(200);

        // a second record of the same person, merged into the first
        ClientFixtures.Person twin = ClientFixtures.person(marker("twin given name"), marker("twin family name"));
        twin.address(marker("twin address"));
        String duplicate = ClientFixtures.registerId(s.office(), twin);
        values.put("twin reference", Api.as(staff).get("/clients/" + duplicate).path("reference"));
        Api.as(Tokens.staff("coordinator", s.office()))
                .body(Map.of("duplicateId", duplicate))
                .post("/clients/" + client + "/merges")
                .then()
                .statusCode(201);

        // a journey with localities and notes
        EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2024-01-10");
        journey.originLocality(marker("episode origin"));
        journey.destinationLocality(marker("episode destination"));
        journey.note(marker("first phase note"));
        // its legs: a locality and the social-security scheme of the contributions paid there
        EpisodeFixtures.JourneyLeg leg = EpisodeFixtures.leg("SA", "2024-01-10", null, "WORK");
        leg.locality(marker("leg locality"));
        leg.permit(EpisodeFixtures.permit("RESIDENCE_AND_WORK", "2024-01-10", null));
        leg.contributions(EpisodeFixtures.contributions("SA", "1", marker("contribution scheme")));
        journey.legs(leg);
        String episode = EpisodeFixtures.openId(staff, client, journey);
        EpisodeFixtures.PhaseChange move = EpisodeFixtures.move("PRE_DEPARTURE", null, "2024-02-01");
        move.note(marker("phase note"));
        EpisodeFixtures.moved(staff, client, episode, move);

        // a relative, linked
        String relative = ClientFixtures.registerId(s.office(), ClientFixtures.person("Relative", "Kin"));
        HouseholdFixtures.linked(staff, client, HouseholdFixtures.link(relative, "SIBLING", "LIVES_WITH"));

        // human capital
        HumanCapitalFixtures.Recognition recognition =
                HumanCapitalFixtures.recognition("FR", "PENDING", "2020-01-01").note(marker("recognition"));
        HumanCapitalFixtures.Diploma diploma = new HumanCapitalFixtures.Diploma()
                .title(marker("diploma title"))
                .field(marker("diploma field"))
                .level(EducationLevel.MASTER)
                .issuingCountry("IN")
                .recognitions(List.of(recognition.build()));
        post(staff, "/clients/" + client + "/diplomas", diploma);
        post(staff, "/clients/" + client + "/skills", HumanCapitalFixtures.skill(marker("skill"), "ABROAD", "DE"));
        post(
                staff,
                "/clients/" + client + "/languages",
                HumanCapitalFixtures.language("fr", "B2", true, marker("certificate")));
        post(
                staff,
                "/clients/" + client + "/employment",
                HumanCapitalFixtures.employment("BEFORE", marker("occupation"), 9, "INFORMAL", null, null, null));

        // a consent withdrawn with a note, a service with a note
        String statistics =
                ConsentFixtures.recordId(s.office(), client, ConsentFixtures.consent("STATISTICS", "IDENTITY"));
        Api.as(staff)
                .header("If-Match", "\"0\"")
                .body(new ConsentFixtures.Withdrawal().note(marker("withdrawal note")))
                .post("/clients/" + client + "/consents/" + statistics + "/withdraw")
                .then()
                .statusCode(200);
        post(
                staff,
                "/clients/" + client + "/services",
                Map.of(
                        "serviceType",
                        "LANGUAGE_COURSE",
                        "deliveredOn",
                        LocalDate.now().minusDays(1).toString(),
                        "note",
                        marker("service note")));

        // referrals: one open, one rejected with a text, one completed with an outcome note
        ConsentFixtures.record(
                s.office(), client, ConsentFixtures.sharingWithPartner(s.partner(), "IDENTITY", "CONTACT"));
        String open = sentReferral(s, client, marker("open referral reason"), marker("open referral note"));
        String rejected = sentReferral(s, client, marker("rejected referral reason"), marker("rejected referral note"));
        ReferralFixtures.Move reject = ReferralFixtures.move("rejected", "OTHER");
        reject.reasonText(marker("rejection text"));
        ReferralFixtures.partnerMove(s.partnerToken(), rejected, 1, reject)
                .then()
                .statusCode(200);
        String completed =
                sentReferral(s, client, marker("completed referral reason"), marker("completed referral note"));
        ReferralFixtures.partnerMove(s.partnerToken(), completed, 1, ReferralFixtures.move("accepted"))
                .then()
                .statusCode(200);
        ReferralFixtures.partnerMove(s.partnerToken(), completed, 2, ReferralFixtures.move("in-progress"))
                .then()
                .statusCode(200);
        ReferralFixtures.Move complete = ReferralFixtures.move("completed");
        complete.outcome(
                new ReferralRequests.OutcomeReport(ReferralOutcome.DELIVERED, LocalDate.now(), marker("outcome note")));
        ReferralFixtures.partnerMove(s.partnerToken(), completed, 3, complete)
                .then()
                .statusCode(200);
        Api.as(s.partnerToken()).get("/partner/referrals/" + open).then().statusCode(200);

        // an out-of-scope read whose justification names the person
        Api.as(Tokens.staff("caseworker", otherOffice))
                .header("X-Access-Reason", "CONTINUITY_OF_CARE; " + marker("justification") + " came to our desk")
                .get("/clients/" + client)
                .then()
                .statusCode(200);

        // a case handover to another office with a summary, declined there with a note
        HouseholdFixtures.Office receiving = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        ConsentFixtures.Consent handoverConsent = ConsentFixtures.consent("CASE_HANDOVER", "IDENTITY");
        handoverConsent.recipientOfficeId(receiving.id());
        ConsentFixtures.record(s.office(), client, handoverConsent);
        HandoverRequests.ProposeHandover proposal = new HandoverRequests.ProposeHandover(
                UUID.fromString(receiving.id()), marker("handover summary"), List.of(UUID.fromString(relative)));
        String handover = Api.as(staff)
                .body(proposal)
                .post("/clients/" + client + "/handovers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(Tokens.staff("caseworker", receiving.code()))
                .header("If-Match", "\"0\"")
                .body(Map.of("note", marker("handover decline note")))
                .post("/handovers/" + handover + "/decline")
                .then()
                .statusCode(200);

        Map<String, Map<String, Integer>> before = scan(allTextColumns());
        Set<String> undeclared = new TreeSet<>();
        for (String column : linkedTextColumns()) {
            if (!NOT_DISTINCTIVE.containsKey(column) && !before.containsKey(column)) {
                undeclared.add(column);
            }
        }
        assertEquals(
                Set.of(),
                undeclared,
                "every text column of a client-linked table holds a distinctive value of this person here,"
                        + " or is declared a code with its reason");
        Set<String> planted = new TreeSet<>();
        before.values().forEach(found -> planted.addAll(found.keySet()));
        assertEquals(new TreeSet<>(values.keySet()), planted, "every distinctive value was stored somewhere");

        // erase
        JsonPath decided = Api.as(staff)
                .body(Map.of("requestedBy", "DATA_SUBJECT", "ground", "CONSENT_WITHDRAWN", "receivedOn", today()))
                .post("/clients/" + client + "/erasure-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("EXECUTED"))
                .extract()
                .jsonPath();
        String requestId = decided.getString("id");
        Api.as(staff)
                .get("/erasure-requests/" + requestId)
                .then()
                .statusCode(200)
                .body("clientId", equalTo(client));

        // the reports are rebuilt (as the schedule does), then nothing of the person is left anywhere
        Api.asAdmin().post("/reports/refresh").then().statusCode(200);
        List<String> columns = allTextColumns();
        Map<String, Map<String, Integer>> after = scan(columns);
        long tables = columns.stream().map(c -> c.split("\\.")[0]).distinct().count();
        System.out.printf(
                "Erasure scan: %d tables, %d text/varchar/json/array columns scanned for %d distinctive values;"
                        + " before erasure found in %d columns, after: values found: %d%n",
                tables,
                columns.size(),
                values.size(),
                before.size(),
                after.values().stream().mapToInt(Map::size).sum());
        assertEquals(Map.of(), after, "no distinctive value of the erased person survives in any column");

        assertTombstone(client, requestId);
        assertTombstone(duplicate, requestId);
        assertEquals(0, count("select count(*) from client_link where ? in (client_id, related_client_id)", client));

        // the record answers 410 to its office; the audit chain still verifies
        Api.as(staff)
                .get("/clients/" + client)
                .then()
                .statusCode(410)
                .body("type", equalTo("urn:problem-type:mrc:client-erased"));
        Api.as(Tokens.of("auditor"))
                .queryParam("from", firstLink)
                .get("/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true));

        // partners: the open referral cancelled for the erasure, every referral marked erased in the feed, 410 on read
        JsonPath feed = Api.as(s.partnerToken())
                .get("/partner/referrals?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> openItem = item(feed, open);
        assertEquals("cancelled", openItem.get("status"));
        assertEquals("SUBJECT_ERASURE", openItem.get("closeReason"));
        for (String referral : List.of(open, rejected, completed)) {
            assertTrue(item(feed, referral).get("erasedAt") != null, "the feed shows the erasure of " + referral);
            assertEquals(
                    1,
                    count(
                            "select count(*) from webhook_event where type = 'referral.erased' and resource_id = ?",
                            referral),
                    "a referral.erased event for " + referral);
            Api.as(s.partnerToken())
                    .get("/partner/referrals/" + referral)
                    .then()
                    .statusCode(410)
                    .body("type", equalTo("urn:problem-type:mrc:referral-erased"))
                    .body("client", org.hamcrest.Matchers.nullValue());
        }

        // the same person registers again later: no duplicate warning, a new record, no link to the tombstone
        ClientFixtures.Person again = person;
        String fresh = Api.as(staff)
                .body(again)
                .post("/clients")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .extract()
                .path("id");
        assertNotEquals(client, fresh);
        assertEquals(0, count("select count(*) from client where id = ? and merged_into is not null", fresh));
        assertEquals(0, count("select count(*) from client_link where ? in (client_id, related_client_id)", fresh));
        assertEquals(0, count("select count(*) from client_merge where ? in (survivor_id, merged_id)", fresh));
        assertEquals(0, count("select count(*) from client where id = ? and given_name is not null", client));
    }

    @Test
    void anErasureIsRefusedUnderALegalHoldAndWhileASafeguardingReferralIsOpen() throws SQLException {
        ReferralFixtures.Setup s = ReferralFixtures.setup("TRAINING_PROVIDER");
        Api.as(Tokens.staff("coordinator", s.office()))
                .body(Map.of(
                        "reason",
                        "LITIGATION",
                        "endsOn",
                        LocalDate.now().plusDays(30).toString()))
                .post("/clients/" + s.client() + "/legal-holds")
                .then()
                .statusCode(201);
        Api.as(s.staff())
                .body(Map.of("requestedBy", "LEGAL_REPRESENTATIVE", "ground", "OBJECTION", "receivedOn", today()))
                .post("/clients/" + s.client() + "/erasure-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("LEGAL_HOLD"));
        Api.as(s.staff()).get("/clients/" + s.client()).then().statusCode(200);

        ReferralFixtures.Setup t = ReferralFixtures.setup("NGO");
        String location = DirectoryFixtures.addLocation(t.partner(), DirectoryFixtures.uniqueLocality());
        String shelter = DirectoryFixtures.offer("TRAFFICKING_SURVIVOR_SUPPORT", t.partner(), location, "en");
        Api.as(t.staff())
                .body(ReferralFixtures.referral(shelter, LocalDate.now().plusDays(7), "IDENTITY"))
                .post("/clients/" + t.client() + "/referrals")
                .then()
                .statusCode(201);
        Api.as(t.staff())
                .body(Map.of("requestedBy", "DATA_SUBJECT", "ground", "NO_LONGER_NECESSARY", "receivedOn", today()))
                .post("/clients/" + t.client() + "/erasure-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("OPEN_SAFEGUARDING_CASE"));
        Api.as(t.staff()).get("/clients/" + t.client()).then().statusCode(200);

        // another office's staff cannot ask, nor read the requests
        String stranger = Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        Api.as(stranger)
                .body(Map.of("requestedBy", "DATA_SUBJECT", "ground", "NO_LONGER_NECESSARY", "receivedOn", today()))
                .post("/clients/" + s.client() + "/erasure-requests")
                .then()
                .statusCode(404);
    }

    private static String today() {
        return LocalDate.now().toString();
    }

    private static void post(String token, String path, Object body) {
        Api.as(token).body(body).post(path).then().log().ifValidationFails().statusCode(201);
    }

    private static String sentReferral(ReferralFixtures.Setup s, String client, String reason, String note) {
        ReferralFixtures.Referral body =
                ReferralFixtures.referral(s.offering(), LocalDate.now().plusDays(14), "IDENTITY", "CONTACT");
        body.reason(reason);
        body.note(note);
        String id = Api.as(s.staff())
                .body(body)
                .post("/clients/" + client + "/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(s.staff())
                .header("If-Match", "\"0\"")
                .body(ReferralFixtures.move("requested"))
                .post("/clients/" + client + "/referrals/" + id + "/status")
                .then()
                .statusCode(200);
        return id;
    }

    private static Map<String, Object> item(JsonPath feed, String id) {
        List<Map<String, Object>> items = feed.getList("items");
        return items.stream()
                .filter(i -> id.equals(i.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("referral " + id + " missing from the partner feed"));
    }

    private void assertTombstone(String client, String requestId) throws SQLException {
        List<String> kept = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select * from client where id = ?::uuid")) {
            query.setString(1, client);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    String column = row.getMetaData().getColumnName(i);
                    Object value = row.getObject(i);
                    boolean empty = value == null
                            || (value instanceof java.sql.Array array && ((Object[]) array.getArray()).length == 0);
                    if (!empty && !TOMBSTONE_KEEPS.contains(column)) {
                        kept.add(column);
                    }
                }
                assertEquals(requestId, row.getString("erasure_request_id"));
                assertTrue(row.getString("reference").startsWith("ERASED-"));
                assertEquals("UNDISCLOSED", row.getString("sex"));
                assertEquals("", row.getString("search_name"));
            }
        }
        assertEquals(List.of(), kept, "the tombstone keeps no personal column");
    }

    private int count(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql.replace("?", "?::uuid"))) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setString(i, id);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Every text, varchar, char, json, jsonb and array column of every table of the schema, as table.column. */
    private List<String> allTextColumns() throws SQLException {
        return columns("""
                select c.table_name || '.' || c.column_name
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
                  and t.table_name <> 'flyway_schema_history'
                order by 1""");
    }

    /** The text columns of the tables that reference {@code client}, directly or through other tables. */
    private List<String> linkedTextColumns() throws SQLException {
        return columns("""
                with recursive linked(rel) as (
                    select 'client'::regclass
                    union
                    select con.conrelid::regclass from pg_constraint con join linked l on con.confrelid = l.rel
                    where con.contype = 'f')
                select c.table_name || '.' || c.column_name
                from information_schema.columns c
                where c.table_schema = current_schema()
                  and c.table_name in (select rel::text from linked)
                  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
                order by 1""");
    }

    private List<String> columns(String sql) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    /** column -> (label -> rows) for every column in which some value is found, compared lower-case. */
    private Map<String, Map<String, Integer>> scan(List<String> columns) throws SQLException {
        Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String column : columns) {
                String[] parts = column.split("\\.");
                String sql = "select count(*) from \"" + parts[0] + "\" where strpos(lower(\"" + parts[1]
                        + "\"::text), ?) > 0";
                try (PreparedStatement query = connection.prepareStatement(sql)) {
                    for (Map.Entry<String, String> value : values.entrySet()) {
                        query.setString(1, value.getValue().toLowerCase());
                        try (ResultSet row = query.executeQuery()) {
                            row.next();
                            if (row.getInt(1) > 0) {
                                found.computeIfAbsent(column, c -> new LinkedHashMap<>())
                                        .put(value.getKey(), row.getInt(1));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
