package org.mrc.casework.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.AdministrativeStatus;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.Vulnerability;
import org.mrc.casework.client.episode.ReadinessAnswer;
import org.mrc.casework.client.schooling.SchoolLevel;
import org.mrc.casework.client.schooling.SchoolStatus;
import org.mrc.casework.client.schooling.SchoolingRequests;
import org.mrc.casework.handover.HandoverRequests;
import org.mrc.casework.hsds.HsdsDirectory;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ServiceFixtures;
import org.mrc.casework.support.ServiceTypeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * The firewall sweep: a client carrying every S2 fact the model can hold, then every GET operation of the live
 * OpenAPI document called by everyone who must not learn those facts, asserting that no response body contains any
 * of them. Built like {@link RoleMatrixTest}: a GET the sweep neither calls nor excludes with a reason fails it.
 *
 * <p>Two kinds of value are looked for. Client facts (marker codes, status, deportation, the confidential note, the
 * gender identity, the sensitive records' ids, the minor relative's S1 data) must appear nowhere. Reference values
 * (the S2 service type's code, the anti-trafficking partner's id and name) are public in the catalogue and the
 * directory, where they say nothing about anyone: only those operations may show them. A positive control reads the
 * same operations as the owning office and requires every value to be found there, so the sweep cannot pass by
 * looking for values that were never stored.
 */
@QuarkusTest
class FirewallSweepTest {

    private static final String WEBHOOKS = "subscriptions and their delivery log hold a receiver's URL, event types,"
            + " event ids and HTTP statuses only, never a client's data; their owner alone reads them"
            + " (WebhookDeliveryTest checks events carry no personal data)";

    private static final String RETENTION = "admin only: retention rules (configuration) and run counts by rule and"
            + " office, no client data (RetentionJobTest)";

    private static final String HOLDS =
            "a legal hold holds a coded reason and dates only; coordinators and admins read it (LegalHoldTest)";

    /** GET operations the sweep does not call, each with the reason. */
    private static final Map<String, String> NOT_CALLED = Map.ofEntries(
            Map.entry(
                    "getClientMerge",
                    "the sweep client is never merged, so there is no merge id to fill; a merge holds ids and dates"
                            + " only"),
            Map.entry(
                    "getErasureRequest",
                    "the sweep client is never erased (that would remove what the sweep looks for); an erasure"
                            + " request holds ids, codes and dates only (ErasureScanTest covers erasure)"),
            Map.entry("listLegalHolds", HOLDS),
            Map.entry("getLegalHold", HOLDS),
            Map.entry("listRetentionRules", RETENTION),
            Map.entry("getLatestRetentionRun", RETENTION),
            Map.entry("getRetentionDryRun", RETENTION),
            Map.entry("listPartnerWebhooks", WEBHOOKS),
            Map.entry("getPartnerWebhook", WEBHOOKS),
            Map.entry("listPartnerWebhookDeliveries", WEBHOOKS),
            Map.entry("listInternalWebhooks", WEBHOOKS),
            Map.entry("getInternalWebhook", WEBHOOKS),
            Map.entry("listInternalWebhookDeliveries", WEBHOOKS),
            Map.entry(
                    "getHsdsTaxonomyTerm",
                    "a catalogue code read by id: the same terms listHsdsTaxonomyTerms shows, and that is swept"));

    /** Operations that publish reference data (the catalogue, the directory): they may name the S2 type or partner. */
    private static final Set<String> REFERENCE_DATA = Set.of(
            "listServiceTypes",
            "getServiceType",
            "listPartners",
            "getPartner",
            "listPartnerLocations",
            "getPartnerLocation",
            "searchOfferings",
            "getOffering",
            "getHsdsApiInfo",
            "listHsdsServices",
            "getHsdsService",
            "listHsdsServiceAtLocations",
            "getHsdsServiceAtLocation",
            "listHsdsOrganizations",
            "getHsdsOrganization",
            "listHsdsTaxonomies",
            "getHsdsTaxonomy",
            "listHsdsTaxonomyTerms");

    /**
     * The audit trail names records by id (action, resource type, id), which says nothing of what they hold; the
     * auditor reads it to supervise access. Only there may the sensitive records' ids (and the directory's partner
     * ids, as records changed) appear.
     */
    private static final Set<String> AUDIT_TRAIL = Set.of("searchAudit");

    private record Call(String operationId, String path) {}

    /** The kinds of value an operation may show: reference values in reference data, record ids in the audit trail. */
    private static Set<Kind> allowedIn(String operationId) {
        if (REFERENCE_DATA.contains(operationId)) {
            return Set.of(Kind.REFERENCE);
        }
        if (AUDIT_TRAIL.contains(operationId)) {
            return Set.of(Kind.RECORD_ID, Kind.REFERENCE);
        }
        return Set.of();
    }

    private enum Kind {
        CLIENT_FACT,
        RECORD_ID,
        REFERENCE
    }

    private record Caller(String name, String token) {}

    @Test
    void noCallerBelowS2LearnsAnyProtectedFactThroughAnyGetOperation() {
        Fixture f = Fixture.create();
        Map<String, List<String>> paths = f.paths();

        Set<String> gets = new TreeSet<>();
        for (RoleMatrixTest.Endpoint endpoint : RoleMatrixTest.endpoints()) {
            if (endpoint.method().equals("GET")) {
                gets.add(endpoint.operationId());
            }
        }
        Set<String> unclassified = new TreeSet<>(gets);
        unclassified.removeAll(paths.keySet());
        unclassified.removeAll(NOT_CALLED.keySet());
        assertEquals(Set.of(), unclassified, "every GET operation is swept or excluded with a reason");
        Set<String> stale = new TreeSet<>(paths.keySet());
        stale.addAll(NOT_CALLED.keySet());
        stale.removeAll(gets);
        assertEquals(Set.of(), stale, "the sweep names only operations that exist");

        List<Call> calls = new ArrayList<>();
        paths.forEach((operation, concrete) -> concrete.forEach(path -> calls.add(new Call(operation, path))));

        List<Caller> callers = List.of(
                new Caller("out-of-scope caseworker with a reason", Tokens.staff("caseworker", f.otherOffice)),
                new Caller("out-of-scope coordinator with a reason", Tokens.staff("coordinator", f.otherOffice)),
                new Caller("partner without a naming consent", Tokens.partner(f.plainPartner)),
                new Caller("analyst", Tokens.of("analyst")),
                new Caller("auditor", Tokens.of("auditor")),
                new Caller("admin", Tokens.admin()));

        List<String> leaks = new ArrayList<>();
        int checked = 0;
        int answered = 0;
        for (Caller caller : callers) {
            for (Call call : calls) {
                Response response = get(caller.token(), call.path());
                checked++;
                if (response.statusCode() == 200) {
                    answered++;
                }
                String body = response.asString();
                f.found(body, allowedIn(call.operationId()), call.path())
                        .forEach(label -> leaks.add(caller.name() + " " + call.operationId() + " " + call.path()
                                + " -> " + response.statusCode() + " shows " + label));
            }
        }

        // positive control: the owning office sees every one of the values somewhere, so they are really held
        Set<String> seenByOwner = new TreeSet<>();
        String owner = Tokens.staff("caseworker", f.office);
        for (Call call : calls) {
            seenByOwner.addAll(f.found(get(owner, call.path()).asString(), Set.of(), ""));
        }
        Set<String> neverSeen = new TreeSet<>(f.values.keySet());
        neverSeen.removeAll(seenByOwner);

        System.out.printf(
                "Firewall sweep: %d GET operations (%d calls) x %d callers = %d responses checked (%d answered 200)"
                        + " for %d protected values; %d S2 values found%n",
                paths.size(), calls.size(), callers.size(), checked, answered, f.values.size(), leaks.size());
        assertEquals(
                Set.of(),
                neverSeen,
                "the owning office must see every protected value (else the sweep proves" + " nothing)");
        assertTrue(answered > calls.size(), "the sweep must reach data, not only refusals");
        if (!leaks.isEmpty()) {
            fail("Protected facts reached callers below S2:\n" + String.join("\n", leaks));
        }
    }

    private static Response get(String token, String path) {
        RequestSpecification request = given().auth()
                .oauth2(token)
                .accept("application/json")
                .header(AccessReasons.HEADER, AccessReasons.VALID);
        return request.get(path);
    }

    /** The client and everything around it, created through the API; the values the sweep looks for. */
    private static final class Fixture {

        String office;
        String officeId;
        String otherOffice;
        String client;
        String minor;
        String plainPartner;
        /** label -> value looked for. */
        final Map<String, String> values = new LinkedHashMap<>();

        final Map<String, Kind> kinds = new HashMap<>();
        final Map<String, List<String>> paths = new LinkedHashMap<>();

        static Fixture create() {
            Fixture f = new Fixture();
            f.build();
            return f;
        }

        private void build() {
            String marker = UUID.randomUUID().toString().substring(0, 8);
            HouseholdFixtures.Office home = HouseholdFixtures.office("RESOURCE_CENTRE", null);
            office = home.code();
            officeId = home.id();
            otherOffice = HouseholdFixtures.office("RESOURCE_CENTRE", null).code();
            String staff = Tokens.staff("caseworker", office);

            // an S2 service type of its own, so that its code is distinctive
            String s2Type = "SWEEP_PROTECTION_" + marker.toUpperCase();
            Api.asAdmin()
                    .body(ServiceTypeFixtures.type(s2Type, "PROTECTION").name("Sweep protection service " + marker))
                    .post("/service-types")
                    .then()
                    .statusCode(201);

            // the revealing partner offers the S2 service; the plain partner a language course
            String shelter = Api.asAdmin()
                    .body(DirectoryFixtures.partner("Sweep anti-trafficking shelter " + marker, "NGO"))
                    .post("/partners")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String shelterLocation = DirectoryFixtures.addLocation(shelter, DirectoryFixtures.uniqueLocality());
            String shelterOffering = DirectoryFixtures.offer(s2Type, shelter, shelterLocation, "en");
            plainPartner = DirectoryFixtures.registerPartner("TRAINING_PROVIDER");
            String plainLocation = DirectoryFixtures.addLocation(plainPartner, DirectoryFixtures.uniqueLocality());
            String plainOffering = DirectoryFixtures.offer("LANGUAGE_COURSE", plainPartner, plainLocation, "tl");

            // the client: markers, status, gender identity
            String family = ClientFixtures.uniqueName();
            ClientFixtures.Person person = ClientFixtures.person("Sweep", family);
            // also abroad in contact with the centre, so that the minor's school status may be recorded
            person.roles(Set.of(ClientRole.RETURNEE, ClientRole.EMIGRANT_DIASPORA));
            person.administrativeStatus(AdministrativeStatus.IRREGULAR);
            person.vulnerabilities(Set.of(Vulnerability.TRAFFICKING_SURVIVOR, Vulnerability.GBV_SURVIVOR));
            person.genderIdentity("sweep-identity-" + marker);
            client = ClientFixtures.registerId(office, person);

            // deportation and a confidential note
            String confidential = "Sweep confidential " + marker;
            EpisodeFixtures.Opening abroad = EpisodeFixtures.labour("2023-01-10");
            abroad.phase(MigrationPhase.PRE_DEPARTURE);
            String episode = EpisodeFixtures.openId(staff, client, abroad);
            EpisodeFixtures.PhaseChange arrived = EpisodeFixtures.move("MIGRATION", "ARRIVAL", "2023-02-01");
            arrived.note(confidential);
            arrived.confidentialNote(true);
            EpisodeFixtures.moved(staff, client, episode, arrived);
            EpisodeFixtures.PhaseChange back = EpisodeFixtures.move("RETURN", "REINTEGRATING", "2024-05-01");
            back.returnDetails(EpisodeFixtures.returnDetails(
                    "DEPORTED_EXPELLED",
                    "INTERRUPTED",
                    new EpisodeFixtures.Readiness().expelled(ReadinessAnswer.YES),
                    null));
            EpisodeFixtures.moved(staff, client, episode, back);
            // a permit held abroad (S2) on the journey's one leg
            EpisodeFixtures.JourneyLeg leg = EpisodeFixtures.leg("SA", "2023-02-01", "2024-05-01", "WORK")
                    .permit(EpisodeFixtures.permit("HUMANITARIAN", null, "2024-04-30"));
            EpisodeFixtures.recordLegs(staff, client, episode, List.of(leg))
                    .then()
                    .statusCode(200);

            // the sensitive consent (names the shelter, lists LEGAL_AND_PROTECTION) and a sensitive referral
            String sensitiveConsent = ConsentFixtures.recordId(
                    office, client, ConsentFixtures.sharingWithPartner(shelter, "IDENTITY", "LEGAL_AND_PROTECTION"));
            ReferralFixtures.Setup toShelter = new ReferralFixtures.Setup(office, client, shelter, shelterOffering);
            String sensitiveReferral = ReferralFixtures.draft(toShelter, "IDENTITY");
            ReferralFixtures.staffMove(toShelter, sensitiveReferral, 0, ReferralFixtures.move("requested"))
                    .then()
                    .statusCode(200);

            // a plain referral to the plain partner, under a consent that names only its type (never S2)
            String plainConsent = ConsentFixtures.recordId(
                    office, client, ConsentFixtures.sharingWithType("TRAINING_PROVIDER", "IDENTITY", "SKILLS"));
            ReferralFixtures.Setup toPlain = new ReferralFixtures.Setup(office, client, plainPartner, plainOffering);
            String plainReferral = ReferralFixtures.draft(toPlain, "IDENTITY", "SKILLS");
            ReferralFixtures.staffMove(toPlain, plainReferral, 0, ReferralFixtures.move("requested"))
                    .then()
                    .statusCode(200);

            // a sensitive service delivered, and a session of the sensitive type attended
            String delivery = Api.as(staff)
                    .body(ServiceFixtures.service(s2Type, LocalDate.now().minusDays(3)))
                    .post("/clients/" + client + "/services")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String sessionId = Api.as(staff)
                    .body(ServiceFixtures.session(s2Type, LocalDate.now().minusDays(2))
                            .place("Sweep hall " + marker))
                    .post("/group-sessions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Api.as(staff)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("clientId", client))
                    .post("/group-sessions/" + sessionId + "/attendees")
                    .then()
                    .statusCode(200);

            // a minor relative with S1 data
            ClientFixtures.Person child = ClientFixtures.person("Sweepchild", family);
            child.birthDate(LocalDate.now().minusYears(16).minusDays(30).toString());
            child.phone("+63 917 " + (1000000 + Math.abs(marker.hashCode() % 8999999)));
            child.email("sweep-child-" + marker + "@example.org");
            child.address("Sweep street " + marker);
            child.administrativeStatus(null);
            child.vulnerabilities(null);
            child.genderIdentity(null);
            child.roles(Set.of(ClientRole.ACCOMPANYING_FAMILY));
            minor = ClientFixtures.registerId(office, child);
            // the minor's S1 data beyond the record: an episode's type and a plain (not confidential) note, a job
            String childEpisode = EpisodeFixtures.openId(staff, minor, EpisodeFixtures.labour("2025-01-10"));
            EpisodeFixtures.PhaseChange childMove = EpisodeFixtures.move(
                            "PRE_DEPARTURE", null, LocalDate.now().toString())
                    .note("Sweep child note " + marker);
            EpisodeFixtures.moved(staff, minor, childEpisode, childMove);
            HumanCapitalFixtures.Employment job = HumanCapitalFixtures.employment(
                            "BEFORE",
                            "Sweep child job " + marker,
                            9,
                            "INFORMAL",
                            LocalDate.now().minusMonths(6).toString(),
                            null,
                            true)
                    .country("PH");
            Api.as(staff)
                    .body(job)
                    .post("/clients/" + minor + "/employment")
                    .then()
                    .statusCode(201);

            String link = HouseholdFixtures.linked(
                            staff, client, HouseholdFixtures.link(minor, "CHILD_OF", "LIVES_WITH"))
                    .path("id");
            // the minor's school status (S2: a minor's data), recorded while the parent is abroad in contact
            SchoolingRequests.RecordSchooling schooling = new SchoolingRequests.RecordSchooling(
                    SchoolStatus.DROPPED_OUT,
                    SchoolLevel.LOWER_SECONDARY,
                    null,
                    LocalDate.now().minusMonths(2));
            String school = Api.as(staff)
                    .body(schooling)
                    .post("/clients/" + minor + "/schooling")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            // a handover proposed to a fourth office, the minor moving with the case
            String handoverTarget =
                    HouseholdFixtures.office("RESOURCE_CENTRE", null).id();
            ConsentFixtures.Consent handoverConsent = ConsentFixtures.consent("CASE_HANDOVER", "IDENTITY", "HOUSEHOLD");
            handoverConsent.recipientOfficeId(handoverTarget);
            ConsentFixtures.record(office, client, handoverConsent);
            String handover = Api.as(staff)
                    .body(new HandoverRequests.ProposeHandover(
                            UUID.fromString(handoverTarget),
                            "Sweep handover " + marker,
                            List.of(UUID.fromString(minor))))
                    .post("/clients/" + client + "/handovers")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            // what must not be learnt
            values.put("marker TRAFFICKING_SURVIVOR", "\"TRAFFICKING_SURVIVOR\"");
            values.put("marker GBV_SURVIVOR", "\"GBV_SURVIVOR\"");
            values.put("status IRREGULAR", "\"IRREGULAR\"");
            values.put("return DEPORTED_EXPELLED", "\"DEPORTED_EXPELLED\"");
            values.put("readiness factor expelled", "\"expelled\"");
            values.put("permit held abroad", "\"HUMANITARIAN\"");
            values.put("confidential note", confidential);
            values.put("gender identity", "sweep-identity-" + marker);
            values.put("sensitive referral id", sensitiveReferral);
            values.put("sensitive service id", delivery);
            values.put("sensitive session id", sessionId);
            values.put("sensitive consent id", sensitiveConsent);
            values.put("minor's phone", child.build().phone());
            values.put("minor's email", child.build().email());
            values.put("minor's address", child.build().address());
            values.put("household link to the minor", link);
            values.put("minor's school status id", school);
            values.put("minor's episode note", "Sweep child note " + marker);
            values.put("minor's job", "Sweep child job " + marker);
            values.put("S2 service type code", s2Type);
            values.put("revealing partner id", shelter);
            values.put("revealing partner name", "Sweep anti-trafficking shelter " + marker);
            values.keySet().forEach(label -> kinds.put(label, Kind.CLIENT_FACT));
            List.of(
                            "sensitive referral id",
                            "sensitive service id",
                            "sensitive session id",
                            "sensitive consent id",
                            "minor's school status id")
                    .forEach(label -> kinds.put(label, Kind.RECORD_ID));
            List.of("S2 service type code", "revealing partner id", "revealing partner name")
                    .forEach(label -> kinds.put(label, Kind.REFERENCE));

            String c = "/clients/" + client;
            paths.put("searchAudit", List.of("/audit?resourceId=" + client, "/audit?limit=200"));
            paths.put("verifyAuditChain", List.of("/audit/verification"));
            paths.put("searchClients", List.of("/clients?name=" + family));
            String m = "/clients/" + minor;
            paths.put("listEpisodes", List.of(c + "/episodes", m + "/episodes"));
            paths.put("getEpisode", List.of(c + "/episodes/" + episode, m + "/episodes/" + childEpisode));
            paths.put("getClientTimeline", List.of(c + "/timeline?limit=200", m + "/timeline?limit=200"));
            paths.put("getClient", List.of(c, m));
            // out-of-scope staff are refused even with a reason; the owner's positive control reads every value here
            paths.put("getSubjectAccessReport", List.of(c + "/subject-access", m + "/subject-access"));
            paths.put("listConsents", List.of(c + "/consents"));
            paths.put("getConsent", List.of(c + "/consents/" + sensitiveConsent, c + "/consents/" + plainConsent));
            paths.put("getHousehold", List.of(c + "/household", "/clients/" + minor + "/household"));
            paths.put(
                    "getHouseholdLink",
                    List.of(c + "/household-links/" + link, "/clients/" + minor + "/household-links/" + link));
            paths.put("getHumanCapital", List.of(c + "/human-capital", "/clients/" + minor + "/human-capital"));
            paths.put("listClientMerges", List.of(c + "/merges"));
            paths.put("listReferrals", List.of(c + "/referrals"));
            paths.put("suggestOfferings", List.of(c + "/suggestions?top=100", m + "/suggestions?top=100"));
            paths.put("listChildSchooling", List.of(m + "/schooling"));
            paths.put("getChildSchooling", List.of(m + "/schooling/" + school));
            paths.put("exportLocalMigrationProfile", List.of("/reports/local-migration-profile?office=" + office));
            paths.put("listClientHandovers", List.of(c + "/handovers", m + "/handovers"));
            paths.put("listHandovers", List.of("/handovers?direction=INCOMING", "/handovers?direction=OUTGOING"));
            paths.put("getHandover", List.of("/handovers/" + handover));
            paths.put("listIncomingReferrals", List.of("/incoming-referrals"));
            paths.put(
                    "getIncomingReferral",
                    List.of("/incoming-referrals/" + sensitiveReferral, "/incoming-referrals/" + plainReferral));
            paths.put("getReferral", List.of(c + "/referrals/" + sensitiveReferral, c + "/referrals/" + plainReferral));
            paths.put("listServiceDeliveries", List.of(c + "/services"));
            paths.put("getServiceDelivery", List.of(c + "/services/" + delivery));
            paths.put("listGroupSessions", List.of("/group-sessions", "/group-sessions?serviceType=" + s2Type));
            paths.put("getGroupSession", List.of("/group-sessions/" + sessionId));
            paths.put("searchOfferings", List.of("/offerings?serviceType=" + s2Type, "/offerings?limit=200"));
            paths.put("getOffering", List.of("/offerings/" + shelterOffering));
            paths.put("getHsdsApiInfo", List.of("/hsds"));
            paths.put("listHsdsServices", List.of("/hsds/services?per_page=200", "/hsds/services?search=shelter"));
            paths.put("getHsdsService", List.of("/hsds/services/" + shelterOffering));
            paths.put("listHsdsServiceAtLocations", List.of("/hsds/service_at_locations?per_page=200"));
            paths.put("getHsdsServiceAtLocation", List.of("/hsds/service_at_locations/" + shelterOffering));
            paths.put("listHsdsOrganizations", List.of("/hsds/organizations?per_page=200"));
            paths.put("getHsdsOrganization", List.of("/hsds/organizations/" + shelter));
            paths.put("listHsdsTaxonomies", List.of("/hsds/taxonomies"));
            paths.put("getHsdsTaxonomy", List.of("/hsds/taxonomies/" + HsdsDirectory.CATALOGUE));
            paths.put("listHsdsTaxonomyTerms", List.of("/hsds/taxonomy_terms?per_page=200"));
            paths.put("listOffices", List.of("/offices"));
            paths.put("listOfficesInMyScope", List.of("/offices/in-my-scope"));
            paths.put("getOfficeTree", List.of("/offices/tree"));
            paths.put("getOffice", List.of("/offices/" + officeId));
            paths.put("listOwnOfferings", List.of("/partner/offerings"));
            paths.put("getOwnOffering", List.of("/partner/offerings/" + plainOffering));
            paths.put("getOwnOrganisation", List.of("/partner/organisation"));
            paths.put("listPartnerReferrals", List.of("/partner/referrals"));
            paths.put(
                    "getPartnerReferral",
                    List.of("/partner/referrals/" + plainReferral, "/partner/referrals/" + sensitiveReferral));
            paths.put("listPartners", List.of("/partners?limit=200"));
            paths.put("getPartner", List.of("/partners/" + shelter));
            paths.put("listPartnerLocations", List.of("/partners/" + shelter + "/locations"));
            paths.put("getPartnerLocation", List.of("/partners/" + shelter + "/locations/" + shelterLocation));
            for (String report : List.of(
                    "reportCaseload:caseload",
                    "reportFamiliesLeftBehind:families-left-behind",
                    "reportMovements:movements",
                    "reportReferrals:referrals",
                    "reportReturnees:returnees",
                    "reportServicesDelivered:services-delivered",
                    "reportDeskilling:skills/deskilling",
                    "reportSkillsRecognition:skills/recognition",
                    "reportChildrenSchooling:children-left-behind/schooling")) {
                String[] parts = report.split(":");
                paths.put(parts[0], List.of("/reports/" + parts[1]));
            }
            paths.put("listServiceTypes", List.of("/service-types?limit=200"));
            paths.put("getServiceType", List.of("/service-types/" + s2Type));
        }

        Map<String, List<String>> paths() {
            return paths;
        }

        /**
         * The labels of the values {@code body} shows, leaving out those of the {@code allowed} kinds and those the
         * caller itself sent in the request {@code path} (an id a problem document's {@code instance} repeats is not
         * learnt from the response).
         */
        List<String> found(String body, Set<Kind> allowed, String path) {
            List<String> labels = new ArrayList<>();
            values.forEach((label, value) -> {
                if (body.contains(value) && !allowed.contains(kinds.get(label)) && !path.contains(value)) {
                    labels.add(label);
                }
            });
            return labels;
        }
    }
}
