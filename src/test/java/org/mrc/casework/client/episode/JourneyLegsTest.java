package org.mrc.casework.client.episode;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * A journey across several countries, walked through the API as the actors would: the caseworker of the client's
 * office records the legs of a nurse's journey (seventeen years in Saudi Arabia, then the United Kingdom) with the
 * permit held (S2) and the contributions paid (S1); phase changes show the country of the leg in force; staff of
 * another office read with a reason and never see the permit; partners and dashboards are refused.
 */
@QuarkusTest
class JourneyLegsTest {

    private String office;
    private String owner;
    private String stranger;

    @BeforeEach
    void twoOffices() {
        office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        owner = Tokens.staff("caseworker", office);
        stranger = Tokens.staff("caseworker", OfficeFixtures.openCode("MIGRATION_DESK", null));
    }

    @Test
    void aNurseWhoWorkedInTwoCountriesIsOneEpisodeWithTwoLegsAndPhasesUseTheLegInForce() {
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Maria", ClientFixtures.uniqueName()));
        EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2003-01-10");
        journey.phase(MigrationPhase.PRE_DEPARTURE);
        String episode = EpisodeFixtures.openId(owner, client, journey);

        // a journey opened with one destination is a journey of one leg
        Api.as(owner)
                .get(EpisodeFixtures.path(client, episode))
                .then()
                .statusCode(200)
                .body("legs", hasSize(1))
                .body("legs[0].country", equalTo("SA"))
                .body("legs[0].locality", equalTo("Riyadh"))
                .body("legs[0].activity", equalTo("WORK"))
                .body("legs[0]", not(hasKey("fromDate")));

        EpisodeFixtures.JourneyLeg saudi = EpisodeFixtures.leg("SA", "2003-04-01", "2020-03-31", "WORK");
        saudi.locality("Riyadh");
        saudi.permit(EpisodeFixtures.permit("RESIDENCE_AND_WORK", "2003-04-01", "2020-03-31"));
        saudi.contributions(EpisodeFixtures.contributions("SA", "17", "GOSI"));
        EpisodeFixtures.JourneyLeg britain = EpisodeFixtures.leg("GB", "2020-03-31", null, "WORK");
        britain.contributions(EpisodeFixtures.contributions("GB", "3.5", "National Insurance"));
        EpisodeFixtures.recordLegs(owner, client, episode, List.of(saudi, britain))
                .then()
                .statusCode(200)
                .body("legs", hasSize(2))
                .body("legs.sequence", equalTo(List.of(1, 2)))
                .body("legs[0].permit.type", equalTo("RESIDENCE_AND_WORK"))
                .body("legs[0].permit.validUntil", equalTo("2020-03-31"))
                .body("legs[0].contributions.years", equalTo(17))
                .body("legs[1].contributions.scheme", equalTo("National Insurance"))
                .body("legs[1]", not(hasKey("toDate")));

        EpisodeFixtures.moved(owner, client, episode, EpisodeFixtures.move("MIGRATION", "ARRIVAL", "2003-04-01"));
        EpisodeFixtures.moved(
                owner, client, episode, EpisodeFixtures.move("MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", "2021-01-15"));
        EpisodeFixtures.PhaseChange back = EpisodeFixtures.returning("2024-05-01", "END_OF_CONTRACT", "COMPLETE");
        EpisodeFixtures.moved(owner, client, episode, back)
                .then()
                .body("phaseChanges.phase", equalTo(List.of("PRE_DEPARTURE", "MIGRATION", "MIGRATION", "RETURN")))
                // before the first leg started there is no country in force; then SA; then GB, also on return
                .body("phaseChanges[0]", not(hasKey("country")))
                .body("phaseChanges.country", equalTo(Arrays.asList(null, "SA", "GB", "GB")));

        // the timeline shows the same countries
        Api.as(owner)
                .get("/clients/" + client + "/timeline")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.kind == 'PHASE_CHANGED' }.details.country",
                        equalTo(Arrays.asList(null, "SA", "GB", "GB")));

        // another office reads with a reason: the legs and contributions (S1), never the permit (S2)
        Response seen = Api.as(stranger)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get(EpisodeFixtures.path(client, episode));
        seen.then()
                .statusCode(200)
                .body("visibility", equalTo("S1"))
                .body("legs.country", equalTo(List.of("SA", "GB")))
                .body("legs[0].contributions.scheme", equalTo("GOSI"))
                .body("legs", everyItem(not(hasKey("permit"))))
                .body(not(containsString("RESIDENCE_AND_WORK")));
        Api.as(stranger)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + client + "/episodes")
                .then()
                .statusCode(200)
                .body(not(containsString("RESIDENCE_AND_WORK")))
                .body(not(containsString("permit")));
    }

    @Test
    void onlyTheOwningOfficeRecordsLegsAndPartnersAndDashboardsAreRefused() {
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Pedro", ClientFixtures.uniqueName()));
        String episode = EpisodeFixtures.openId(owner, client, EpisodeFixtures.labour("2024-01-10"));
        String etag = EpisodeFixtures.etag(owner, client, episode);
        Map<String, Object> body = Map.of("legs", List.of(EpisodeFixtures.leg("AR", "2024-02-01", null, "WORK")));
        String legs = EpisodeFixtures.path(client, episode) + "/legs";

        // another office: 404, with or without a reason (out-of-scope staff never write)
        Api.as(stranger).header("If-Match", etag).body(body).put(legs).then().statusCode(404);
        Api.as(stranger)
                .header("If-Match", etag)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .body(body)
                .put(legs)
                .then()
                .statusCode(404);
        // a partner and a dashboard (analyst) are refused by role, for writing and for reading
        String partner = Tokens.partner(DirectoryFixtures.registerPartner("NGO"));
        for (String refused : List.of(partner, Tokens.of("analyst"))) {
            Api.as(refused).header("If-Match", etag).body(body).put(legs).then().statusCode(403);
            Api.as(refused).get(EpisodeFixtures.path(client, episode)).then().statusCode(403);
        }
        // a stale ETag is a 412, a missing one a 428; nothing was written by any of these
        Api.as(owner).header("If-Match", "\"99\"").body(body).put(legs).then().statusCode(412);
        Api.as(owner).body(body).put(legs).then().statusCode(428);
        Api.as(owner)
                .get(EpisodeFixtures.path(client, episode))
                .then()
                .body("legs.country", equalTo(List.of("SA")))
                .header("ETag", equalTo(etag));

        Api.as(owner).header("If-Match", etag).body(body).put(legs).then().statusCode(200);
        Api.as(owner)
                .get(EpisodeFixtures.path(client, episode))
                .then()
                .body("legs.country", equalTo(List.of("AR")))
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void inconsistentLegsAreOneProblemNamingEveryOffendingFieldAndWriteNothing() {
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Idriss", ClientFixtures.uniqueName()));
        String episode = EpisodeFixtures.openId(owner, client, EpisodeFixtures.labour("2024-01-10"));

        EpisodeFixtures.JourneyLeg first = EpisodeFixtures.leg("NE", null, "2019-06-30", "TRANSIT");
        EpisodeFixtures.JourneyLeg backwards = EpisodeFixtures.leg("LY", "2019-06-01", "2019-05-01", "TRANSIT");
        EpisodeFixtures.JourneyLeg noStart = EpisodeFixtures.leg("IT", null, "2020-01-01", "WORK");
        EpisodeFixtures.JourneyLeg open = EpisodeFixtures.leg("FR", "2020-02-01", null, "WORK");
        open.permit(EpisodeFixtures.permit("NONE", "2021-01-01", "2020-01-01"));
        EpisodeFixtures.JourneyLeg overlapping = EpisodeFixtures.leg("BE", "2021-01-01", null, "FAMILY");
        EpisodeFixtures.recordLegs(owner, client, episode, List.of(first, backwards, noStart, open, overlapping))
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", containsString("validation"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "$.legs[1].fromDate",
                                "$.legs[1].toDate",
                                "$.legs[2].fromDate",
                                "$.legs[3].permit.validUntil",
                                "$.legs[4].fromDate"))
                .body(not(containsString("2019-06-01")));

        // unknown country codes and activities are refused by the contract, naming the field
        EpisodeFixtures.JourneyLeg unknown = EpisodeFixtures.leg("XX", "2020-01-01", null, "WORK");
        unknown.contributions(EpisodeFixtures.contributions("ZZ", "2", null));
        EpisodeFixtures.recordLegs(owner, client, episode, List.of(unknown))
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors.field", containsInAnyOrder("$.legs[0].country", "$.legs[0].contributions.country"))
                .body(not(containsString("XX")));
        EpisodeFixtures.JourneyLeg tooMany = EpisodeFixtures.leg("FR", "2020-01-01", null, "WORK");
        tooMany.contributions(EpisodeFixtures.contributions("FR", "81", null));
        EpisodeFixtures.recordLegs(owner, client, episode, List.of(tooMany))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("$.legs[0].contributions.years"));
        Api.as(owner)
                .header("If-Match", EpisodeFixtures.etag(owner, client, episode))
                .body(Map.of("legs", List.of(Map.of("country", "FR", "fromDate", "2020-01-01", "activity", "PARTY"))))
                .put(EpisodeFixtures.path(client, episode) + "/legs")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body(not(containsString("PARTY")));

        // nothing was written: the journey still has its one leg from the opening
        Api.as(owner)
                .get(EpisodeFixtures.path(client, episode))
                .then()
                .body("legs.country", equalTo(List.of("SA")))
                .header("ETag", equalTo("\"0\""));

        // legs may touch: one starts on the day the previous ends
        EpisodeFixtures.recordLegs(
                        owner,
                        client,
                        episode,
                        List.of(
                                EpisodeFixtures.leg("NE", null, "2019-06-30", "TRANSIT"),
                                EpisodeFixtures.leg("LY", "2019-06-30", "2019-12-01", "TRANSIT"),
                                EpisodeFixtures.leg("IT", "2019-12-01", null, "WORK")))
                .then()
                .statusCode(200)
                .body("legs.country", equalTo(List.of("NE", "LY", "IT")));
    }

    @Test
    void theOpeningMayRecordTheLegsAndAnEmptyListRemovesThem() {
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Azfar", ClientFixtures.uniqueName()));
        EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2010-01-10");
        journey.destinationCountry("GB");
        journey.legs(
                EpisodeFixtures.leg("GB", "2010-02-01", "2015-01-31", "STUDY"),
                EpisodeFixtures.leg("FR", "2015-02-01", "2020-01-31", "WORK"));
        String episode = EpisodeFixtures.openId(owner, client, journey);
        Api.as(owner)
                .get(EpisodeFixtures.path(client, episode))
                .then()
                .body("legs.country", equalTo(List.of("GB", "FR")))
                .body("legs.activity", equalTo(List.of("STUDY", "WORK")));
        EpisodeFixtures.recordLegs(owner, client, episode, List.of())
                .then()
                .statusCode(200)
                .body("$", not(hasKey("legs")));
    }
}
