package org.mrc.casework.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.LiveContract;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Every operation the service exposes (read from its live OpenAPI document, so a new endpoint cannot escape)
 * called by every role and anonymously. The expected roles are written here independently of the annotations.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String CW = Roles.CASEWORKER;
    private static final String CO = Roles.COORDINATOR;
    private static final String PA = Roles.PARTNER;
    private static final String AN = Roles.ANALYST;
    private static final String AU = Roles.AUDITOR;
    private static final String AD = Roles.ADMIN;

    /** operationId -> roles that may call it. */
    static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("openOffice", Set.of(AD)),
            Map.entry("listOffices", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("getOfficeTree", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("listOfficesInMyScope", Set.of(CW, CO)),
            Map.entry("getOffice", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("renameOffice", Set.of(AD)),
            Map.entry("setOfficeTerritorySide", Set.of(AD)),
            Map.entry("moveOffice", Set.of(AD)),
            Map.entry("deactivateOffice", Set.of(AD)),
            Map.entry("reactivateOffice", Set.of(AD)),
            Map.entry("searchAudit", Set.of(AU, AD)),
            Map.entry("verifyAuditChain", Set.of(AU)),
            Map.entry("registerClient", Set.of(CW, CO)),
            Map.entry("searchClients", Set.of(CW, CO)),
            Map.entry("getClient", Set.of(CW, CO)),
            Map.entry("updateClient", Set.of(CW, CO)),
            Map.entry("getHumanCapital", Set.of(CW, CO)),
            Map.entry("addClientDiploma", Set.of(CW, CO)),
            Map.entry("recordDiplomaRecognition", Set.of(CW, CO)),
            Map.entry("removeClientDiploma", Set.of(CW, CO)),
            Map.entry("addClientSkill", Set.of(CW, CO)),
            Map.entry("removeClientSkill", Set.of(CW, CO)),
            Map.entry("addClientLanguage", Set.of(CW, CO)),
            Map.entry("removeClientLanguage", Set.of(CW, CO)),
            Map.entry("addClientEmployment", Set.of(CW, CO)),
            Map.entry("endClientEmployment", Set.of(CW, CO)),
            Map.entry("removeClientEmployment", Set.of(CW, CO)),
            Map.entry("openEpisode", Set.of(CW, CO)),
            Map.entry("listEpisodes", Set.of(CW, CO)),
            Map.entry("getEpisode", Set.of(CW, CO)),
            Map.entry("changeEpisodePhase", Set.of(CW, CO)),
            Map.entry("closeEpisode", Set.of(CW, CO)),
            Map.entry("recordJourneyLegs", Set.of(CW, CO)),
            Map.entry("openNextSeason", Set.of(CW, CO)),
            Map.entry("getClientTimeline", Set.of(CW, CO)),
            Map.entry("getSubjectAccessReport", Set.of(CW, CO)),
            Map.entry("mergeClients", Set.of(CO)),
            Map.entry("listClientMerges", Set.of(CW, CO)),
            Map.entry("getClientMerge", Set.of(CW, CO)),
            Map.entry("undoClientMerge", Set.of(CO)),
            Map.entry("linkHouseholdMember", Set.of(CW, CO)),
            Map.entry("getHouseholdLink", Set.of(CW, CO)),
            Map.entry("endHouseholdLink", Set.of(CW, CO)),
            Map.entry("getHousehold", Set.of(CW, CO)),
            Map.entry("recordConsent", Set.of(CW, CO)),
            Map.entry("listConsents", Set.of(CW, CO)),
            Map.entry("getConsent", Set.of(CW, CO)),
            Map.entry("recordServiceDelivery", Set.of(CW, CO)),
            Map.entry("listServiceDeliveries", Set.of(CW, CO)),
            Map.entry("getServiceDelivery", Set.of(CW, CO)),
            Map.entry("recordGroupSession", Set.of(CW, CO)),
            Map.entry("listGroupSessions", Set.of(CW, CO)),
            Map.entry("getGroupSession", Set.of(CW, CO)),
            Map.entry("addGroupSessionAttendee", Set.of(CW, CO)),
            Map.entry("removeGroupSessionAttendee", Set.of(CW, CO)),
            Map.entry("replaceGroupSessionHeadcounts", Set.of(CW, CO)),
            Map.entry("withdrawConsent", Set.of(CW, CO)),
            Map.entry("listServiceTypes", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("getServiceType", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("addServiceType", Set.of(AD)),
            Map.entry("editServiceType", Set.of(AD)),
            Map.entry("deactivateServiceType", Set.of(AD)),
            Map.entry("reactivateServiceType", Set.of(AD)),
            Map.entry("registerPartner", Set.of(CO, AD)),
            Map.entry("listPartners", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("getPartner", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("updatePartner", Set.of(CO, AD)),
            Map.entry("deactivatePartner", Set.of(CO, AD)),
            Map.entry("reactivatePartner", Set.of(CO, AD)),
            Map.entry("addPartnerLocation", Set.of(CO, AD)),
            Map.entry("listPartnerLocations", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("getPartnerLocation", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("updatePartnerLocation", Set.of(CO, AD)),
            Map.entry("createOffering", Set.of(CO, AD)),
            Map.entry("searchOfferings", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("getOffering", Set.of(CW, CO, AN, AU, AD)),
            Map.entry("reviseOffering", Set.of(CO, AD)),
            Map.entry("changeOfferingStatus", Set.of(CO, AD)),
            Map.entry("getOwnOrganisation", Set.of(PA)),
            Map.entry("listOwnOfferings", Set.of(PA)),
            Map.entry("getOwnOffering", Set.of(PA)),
            Map.entry("reviseOwnOffering", Set.of(PA)),
            Map.entry("changeOwnOfferingStatus", Set.of(PA)),
            Map.entry("createReferral", Set.of(CW, CO)),
            Map.entry("listReferrals", Set.of(CW, CO)),
            Map.entry("getReferral", Set.of(CW, CO)),
            Map.entry("changeReferralStatus", Set.of(CW, CO)),
            Map.entry("listPartnerReferrals", Set.of(PA)),
            Map.entry("getPartnerReferral", Set.of(PA)),
            Map.entry("changePartnerReferralStatus", Set.of(PA)),
            Map.entry("recordPartnerReferralService", Set.of(PA)),
            Map.entry("reportCaseload", Set.of(CO, AN, AD)),
            Map.entry("reportMovements", Set.of(CO, AN, AD)),
            Map.entry("reportReturnees", Set.of(CO, AN, AD)),
            Map.entry("reportFamiliesLeftBehind", Set.of(CO, AN, AD)),
            Map.entry("reportReferrals", Set.of(CO, AN, AD)),
            Map.entry("reportServicesDelivered", Set.of(CO, AN, AD)),
            Map.entry("reportSkillsRecognition", Set.of(CO, AN, AD)),
            Map.entry("reportDeskilling", Set.of(CO, AN, AD)),
            Map.entry("reportChildrenSchooling", Set.of(CO, AN, AD)),
            Map.entry("exportLocalMigrationProfile", Set.of(CO, AN, AD)),
            Map.entry("suggestOfferings", Set.of(CW, CO)),
            Map.entry("recordChildSchooling", Set.of(CW, CO)),
            Map.entry("listChildSchooling", Set.of(CW, CO)),
            Map.entry("getChildSchooling", Set.of(CW, CO)),
            Map.entry("refreshReports", Set.of(AD)),
            Map.entry("requestClientErasure", Set.of(CW, CO)),
            Map.entry("getErasureRequest", Set.of(CW, CO)),
            Map.entry("placeLegalHold", Set.of(CO, AD)),
            Map.entry("listLegalHolds", Set.of(CO, AD)),
            Map.entry("getLegalHold", Set.of(CO, AD)),
            Map.entry("releaseLegalHold", Set.of(CO, AD)),
            Map.entry("listRetentionRules", Set.of(AD)),
            Map.entry("changeRetentionRule", Set.of(AD)),
            Map.entry("previewRetention", Set.of(AD)),
            Map.entry("getLatestRetentionRun", Set.of(AD)),
            Map.entry("getRetentionDryRun", Set.of(AD)),
            Map.entry("proposeCaseHandover", Set.of(CW, CO)),
            Map.entry("listClientHandovers", Set.of(CW, CO)),
            Map.entry("listHandovers", Set.of(CW, CO)),
            Map.entry("getHandover", Set.of(CW, CO)),
            Map.entry("acceptHandover", Set.of(CW, CO)),
            Map.entry("declineHandover", Set.of(CW, CO)),
            Map.entry("withdrawHandover", Set.of(CW, CO)),
            Map.entry("listIncomingReferrals", Set.of(CW, CO)),
            Map.entry("getIncomingReferral", Set.of(CW, CO)),
            Map.entry("changeIncomingReferralStatus", Set.of(CW, CO)),
            Map.entry("createPartnerWebhook", Set.of(PA)),
            Map.entry("listPartnerWebhooks", Set.of(PA)),
            Map.entry("getPartnerWebhook", Set.of(PA)),
            Map.entry("revisePartnerWebhook", Set.of(PA)),
            Map.entry("deletePartnerWebhook", Set.of(PA)),
            Map.entry("rotatePartnerWebhookSecret", Set.of(PA)),
            Map.entry("listPartnerWebhookDeliveries", Set.of(PA)),
            Map.entry("replayPartnerWebhook", Set.of(PA)),
            Map.entry("createInternalWebhook", Set.of(AD)),
            Map.entry("listInternalWebhooks", Set.of(AD)),
            Map.entry("getInternalWebhook", Set.of(AD)),
            Map.entry("reviseInternalWebhook", Set.of(AD)),
            Map.entry("deleteInternalWebhook", Set.of(AD)),
            Map.entry("rotateInternalWebhookSecret", Set.of(AD)),
            Map.entry("listInternalWebhookDeliveries", Set.of(AD)),
            Map.entry("replayInternalWebhook", Set.of(AD)),
            Map.entry("getHsdsApiInfo", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("listHsdsServices", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("getHsdsService", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("listHsdsServiceAtLocations", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("getHsdsServiceAtLocation", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("listHsdsOrganizations", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("getHsdsOrganization", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("listHsdsTaxonomies", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("getHsdsTaxonomy", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("listHsdsTaxonomyTerms", Set.of(CW, CO, PA, AN, AU, AD)),
            Map.entry("getHsdsTaxonomyTerm", Set.of(CW, CO, PA, AN, AU, AD)));

    private static String officeCode;

    record Endpoint(String method, String path, String operationId) {}

    @Test
    void everyOperationIsInTheMatrixAndEveryMatrixEntryExists() {
        Set<String> documented =
                new TreeSet<>(endpoints().stream().map(Endpoint::operationId).toList());
        assertEquals(
                new TreeSet<>(EXPECTED.keySet()),
                documented,
                "the role matrix must list exactly the documented operations");
    }

    @Test
    void everyRoleGetsExactlyTheOperationsItIsAllowed() {
        officeCode = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Set<String> allowed = EXPECTED.getOrDefault(endpoint.operationId(), Set.of());
            for (String role : Roles.ALL) {
                int status = call(endpoint, token(role));
                boolean permitted = status != 401 && status != 403;
                if (permitted != allowed.contains(role)) {
                    wrong.add(endpoint + " as " + role + " -> " + status);
                }
            }
            int anonymous = call(endpoint, null);
            if (anonymous != 401) {
                wrong.add(endpoint + " anonymously -> " + anonymous);
            }
        }
        if (!wrong.isEmpty()) {
            fail("Unexpected access decisions:\n" + String.join("\n", wrong));
        }
    }

    private static String token(String role) {
        return switch (role) {
            case CW, CO -> Tokens.staff(role, officeCode);
            case PA -> Tokens.partner("partner-" + UUID.randomUUID());
            default -> Tokens.of(role);
        };
    }

    private static int call(Endpoint endpoint, String token) {
        RequestSpecification request = given().accept("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (!endpoint.method().equals("GET")) {
            request.contentType("application/json").body("{}");
        }
        String path = endpoint.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        Response response = request.request(endpoint.method(), path);
        return response.statusCode();
    }

    static List<Endpoint> endpoints() {
        return LiveContract.operations().stream()
                .map(operation -> new Endpoint(operation.method(), operation.path(), operation.operationId()))
                .toList();
    }
}
