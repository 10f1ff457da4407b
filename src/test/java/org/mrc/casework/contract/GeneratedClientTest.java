package org.mrc.casework.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;
import org.mrc.generatedclient.ApiClient;
import org.mrc.generatedclient.ApiException;
import org.mrc.generatedclient.api.ClientsApi;
import org.mrc.generatedclient.api.ConsentsApi;
import org.mrc.generatedclient.api.MigrationEpisodesApi;
import org.mrc.generatedclient.api.PartnerReferralsApi;
import org.mrc.generatedclient.api.ReferralsApi;
import org.mrc.generatedclient.model.Client;
import org.mrc.generatedclient.model.ClientDetails;
import org.mrc.generatedclient.model.ClientSummary;
import org.mrc.generatedclient.model.ConsentMethod;
import org.mrc.generatedclient.model.ConsentPurpose;
import org.mrc.generatedclient.model.CreateReferral;
import org.mrc.generatedclient.model.DataCategory;
import org.mrc.generatedclient.model.Episode;
import org.mrc.generatedclient.model.EpisodeOpening;
import org.mrc.generatedclient.model.EpisodeType;
import org.mrc.generatedclient.model.OpenEpisode;
import org.mrc.generatedclient.model.PartnerReferral;
import org.mrc.generatedclient.model.Problem;
import org.mrc.generatedclient.model.RecordConsent;
import org.mrc.generatedclient.model.Referral;
import org.mrc.generatedclient.model.ReferralPriority;
import org.mrc.generatedclient.model.ReferralStatus;
import org.mrc.generatedclient.model.ReferralStatusChange;
import org.mrc.generatedclient.model.ReferralTimelineDetails;
import org.mrc.generatedclient.model.Sex;
import org.mrc.generatedclient.model.TimelineEntry;
import org.mrc.generatedclient.model.TimelineEntryKind;

/**
 * A Java client generated from the committed contract (openapi-generator, java generator, native library; see the
 * pom) runs a front-desk flow against the running service: register a client, find them, open an episode, record a
 * consent, send a referral, read the timeline (whose details are a discriminated union: each entry must deserialize
 * into exactly one type), let the partner pull the referral, and read a refused request as a typed problem. What the
 * contract says and what the service sends must agree for any of this to work.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aFrontDeskFlowRunsThroughAClientGeneratedFromTheContract() throws Exception {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String partner = DirectoryFixtures.registerPartner("NGO");
        String location = DirectoryFixtures.addLocation(partner, DirectoryFixtures.uniqueLocality());
        String offering = DirectoryFixtures.offer("LANGUAGE_COURSE", partner, location, "tl");
        ApiClient desk = client(Tokens.staff("caseworker", office));

        String family = ClientFixtures.uniqueName();
        Client registered = new ClientsApi(desk)
                .registerClient(
                        new ClientDetails()
                                .givenName("Olena")
                                .familyName(family)
                                .sex(Sex.FEMALE)
                                .birthDate(LocalDate.of(1988, 4, 2))
                                .nationalities(List.of("UA"))
                                .preferredLanguages(List.of("uk")),
                        "true",
                        null,
                        UUID.randomUUID().toString());
        UUID clientId = registered.getId();
        assertNotNull(clientId);

        List<ClientSummary> found = new ClientsApi(desk)
                .searchClients(null, null, null, null, family, null, null, null, null, null, null)
                .getItems();
        assertTrue(found.stream().anyMatch(summary -> clientId.equals(summary.getId())), "search finds the client");

        Episode episode = new MigrationEpisodesApi(desk)
                .openEpisode(
                        clientId,
                        new OpenEpisode()
                                .type(EpisodeType.LABOUR)
                                .originCountry("PH")
                                .originLocality("Lipa City")
                                .destinationCountry("SA")
                                .destinationLocality("Riyadh")
                                .effectiveDate(LocalDate.now().minusDays(3)),
                        UUID.randomUUID().toString());
        assertNotNull(episode.getId());

        new ConsentsApi(desk)
                .recordConsent(
                        clientId,
                        new RecordConsent()
                                .purpose(ConsentPurpose.REFERRAL_SHARING)
                                .recipientPartnerId(UUID.fromString(partner))
                                .dataCategories(Set.of(DataCategory.IDENTITY, DataCategory.CONTACT))
                                .givenHow(ConsentMethod.WRITTEN)
                                .givenAt(OffsetDateTime.now().minusHours(1)),
                        UUID.randomUUID().toString());
        ReferralsApi referrals = new ReferralsApi(desk);
        Referral draft = referrals.createReferral(
                clientId,
                new CreateReferral()
                        .offeringId(UUID.fromString(offering))
                        .reason("Needs Tagalog classes before job placement")
                        .priority(ReferralPriority.ROUTINE)
                        .dueDate(LocalDate.now().plusDays(14))
                        .sharedCategories(Set.of(DataCategory.IDENTITY, DataCategory.CONTACT)),
                UUID.randomUUID().toString());
        Referral sent = referrals.changeReferralStatus(
                clientId,
                draft.getId(),
                "\"" + draft.getVersion() + "\"",
                new ReferralStatusChange().status(ReferralStatus.REQUESTED),
                UUID.randomUUID().toString());
        assertEquals(ReferralStatus.REQUESTED, sent.getStatus());

        List<TimelineEntry> timeline = new ClientsApi(desk)
                .getClientTimeline(clientId, null, null, null)
                .getItems();
        Map<TimelineEntryKind, List<TimelineEntry>> byKind =
                timeline.stream().collect(Collectors.groupingBy(TimelineEntry::getKind));
        EpisodeOpening opening =
                byKind.get(TimelineEntryKind.EPISODE_OPENED).get(0).getDetails().getEpisodeOpening();
        assertEquals(EpisodeType.LABOUR, opening.getType());
        List<TimelineEntry> referralEntries = byKind.get(TimelineEntryKind.REFERRAL_STATUS_CHANGED);
        assertFalse(referralEntries.isEmpty(), "the referral is on the timeline: " + byKind.keySet());
        for (TimelineEntry entry : referralEntries) {
            ReferralTimelineDetails details = assertInstanceOf(
                    ReferralTimelineDetails.class, entry.getDetails().getActualInstance());
            assertEquals(draft.getId(), details.getReferralId());
        }

        List<Map<String, Object>> raw = given().auth()
                .oauth2(Tokens.staff("caseworker", office))
                .get("/clients/" + clientId + "/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.details != null }");
        for (Map<String, Object> entry : raw) {
            assertEquals(
                    entry.get("kind"),
                    ((Map<?, ?>) entry.get("details")).get("detailsKind"),
                    "details name the entry's kind");
        }

        List<PartnerReferral> pulled = new PartnerReferralsApi(client(Tokens.partner(partner)))
                .listPartnerReferrals(null, null, ReferralStatus.REQUESTED, null)
                .getItems();
        assertTrue(
                pulled.stream().anyMatch(referral -> draft.getId().equals(referral.getId())),
                "the partner pulls the referral");

        ApiException refused = assertThrows(
                ApiException.class,
                () -> new ClientsApi(desk)
                        .searchClients(null, null, null, 0, family, null, null, null, null, null, null));
        assertEquals(400, refused.getCode());
        Problem problem = desk.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals("urn:problem-type:mrc:validation-failed", problem.getType());
        assertEquals(400, problem.getStatus());
        assertFalse(problem.getErrors().isEmpty(), "the problem names the fields");
        System.out.printf(
                "generated client: %d timeline entries read (%s), %d referrals pulled by the partner, problem %s"
                        + " with %d field errors%n",
                timeline.size(),
                byKind.keySet(),
                pulled.size(),
                problem.getType(),
                problem.getErrors().size());
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
