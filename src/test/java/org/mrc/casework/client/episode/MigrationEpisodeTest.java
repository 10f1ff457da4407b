package org.mrc.casework.client.episode;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.SubStage;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class MigrationEpisodeTest {

    private String office;
    private String caseworker;

    @BeforeEach
    void newOffice() {
        office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        caseworker = Tokens.staff("caseworker", office);
    }

    private String newClient() {
        return ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
    }

    /** Opening an episode: defaults, one open episode per client, validation. */
    @Nested
    class Opening {

        @Test
        void anEpisodeOpensInPreDecisionByDefaultAndTheClientTakesItsPhase() {
            String client = newClient();
            Response created = EpisodeFixtures.open(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            created.then()
                    .statusCode(201)
                    .contentType("application/json")
                    .header("ETag", equalTo("\"0\""))
                    .header("Location", containsString("/clients/" + client + "/episodes/"))
                    .body("clientId", equalTo(client))
                    .body("type", equalTo("LABOUR"))
                    .body("destinationCountry", equalTo("SA"))
                    .body("phase", equalTo("PRE_DECISION"))
                    .body("phaseSince", equalTo("2024-01-10"))
                    .body("openedOn", equalTo("2024-01-10"))
                    .body("open", equalTo(true))
                    .body("closable", equalTo(false))
                    .body("allowedNextPhases", equalTo(List.of("NOT_MIGRATING", "PRE_DEPARTURE")))
                    .body("phaseChanges", hasSize(1))
                    .body("phaseChanges[0].sequence", equalTo(1))
                    .body("phaseChanges[0].phase", equalTo("PRE_DECISION"))
                    .body("phaseChanges[0]", not(hasKey("fromPhase")))
                    .body("visibility", equalTo("S2"))
                    .body("$", not(hasKey("previousEpisodeId")));
            Api.as(caseworker)
                    .get(created.header("Location"))
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("id", equalTo(created.path("id")));
            Api.as(caseworker).get("/clients/" + client).then().body("currentPhase", equalTo("PRE_DECISION"));
        }

        @Test
        void aClientHasAtMostOneOpenEpisode() {
            String client = newClient();
            String first = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            EpisodeFixtures.open(caseworker, client, EpisodeFixtures.labour("2024-02-10"))
                    .then()
                    .statusCode(409)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:problem-type:mrc:episode-already-open"))
                    .body("openEpisodeId", equalTo(first));
            Api.as(caseworker).get("/clients/" + client + "/episodes").then().body("items.id", equalTo(List.of(first)));
        }

        @Test
        void concurrentOpeningsForOneClientCreateExactlyOneEpisode() throws Exception {
            String client = newClient();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<Response>> calls = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    calls.add(pool.submit(
                            () -> EpisodeFixtures.open(caseworker, client, EpisodeFixtures.labour("2024-01-10"))));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> call : calls) {
                    statuses.add(call.get(60, TimeUnit.SECONDS).statusCode());
                }
                statuses.sort(null);
                assertEquals(List.of(201, 409, 409), statuses);
            } finally {
                pool.shutdownNow();
            }
            Api.as(caseworker).get("/clients/" + client + "/episodes").then().body("items", hasSize(1));
        }

        @Test
        void requestsAreValidatedFieldByField() {
            String client = newClient();
            EpisodeFixtures.Opening body = EpisodeFixtures.labour("2024-01-10");
            body.destinationCountry("Saudi Arabia");
            // a type outside the enum: only a raw body can carry it
            Map<String, Object> tourism = Json.raw(body);
            tourism.put("type", "TOURISM");
            Api.as(caseworker)
                    .body(tourism)
                    .post("/clients/" + client + "/episodes")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.type"));
            body.type(EpisodeType.LABOUR);
            body.note("x".repeat(2001));
            EpisodeFixtures.open(caseworker, client, body)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("$.destinationCountry"))
                    .body("errors.field", hasItem("$.note"))
                    .body(not(containsString("Saudi")));
            body.type(null);
            body.destinationCountry("SA");
            body.note(null);
            EpisodeFixtures.open(caseworker, client, body)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.type"));
            String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .body(new EpisodeFixtures.PhaseChange().effectiveDate("2024-02-01"))
                    .post(EpisodeFixtures.path(client, episode) + "/phase-changes")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.phase"));
        }
    }

    /** Moving through the cycle: the phase graph, sub-stages, dates, return details, ETags. */
    @Nested
    class Moving {

        @Test
        void aJourneyMovesThroughTheCycleAndTheActualDatesFollowThePhaseChanges() {
            String client = newClient();
            String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            EpisodeFixtures.moved(
                            caseworker, client, episode, EpisodeFixtures.move("PRE_DEPARTURE", null, "2024-02-01"))
                    .then()
                    .header("ETag", equalTo("\"1\""))
                    .body("allowedNextPhases", equalTo(List.of("PRE_DECISION", "TRANSIT", "MIGRATION")));
            EpisodeFixtures.moved(caseworker, client, episode, EpisodeFixtures.move("TRANSIT", null, "2024-03-01"))
                    .then()
                    .body("departureDate", equalTo("2024-03-01"));
            EpisodeFixtures.moved(
                    caseworker, client, episode, EpisodeFixtures.move("MIGRATION", "ARRIVAL", "2024-03-03"));
            Response integrating = EpisodeFixtures.moved(
                    caseworker,
                    client,
                    episode,
                    EpisodeFixtures.move("MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", "2024-03-03"));
            integrating
                    .then()
                    .body("subStage", equalTo("SOCIO_ECONOMIC_INTEGRATION"))
                    .body("allowedNextPhases", equalTo(List.of("TRANSIT", "MIGRATION", "RETURN")))
                    .body("departureDate", equalTo("2024-03-01"));
            EpisodeFixtures.PhaseChange back = EpisodeFixtures.returning("2025-06-30", "END_OF_CONTRACT", "COMPLETE");
            back.returnDetails(EpisodeFixtures.returnDetails(
                    "END_OF_CONTRACT",
                    "COMPLETE",
                    new EpisodeFixtures.Readiness()
                            .timeToOrganise(ReadinessAnswer.YES)
                            .capitalAccumulated(ReadinessAnswer.YES)
                            .formalWorkAbroad(ReadinessAnswer.NO),
                    "STAY"));
            EpisodeFixtures.moved(caseworker, client, episode, back)
                    .then()
                    .body("phase", equalTo("RETURN"))
                    .body("returnDate", equalTo("2025-06-30"))
                    .body("closable", equalTo(true))
                    .body("returnDetails.circumstance", equalTo("END_OF_CONTRACT"))
                    .body("returnDetails.completeness", equalTo("COMPLETE"))
                    .body("returnDetails.readiness.timeToOrganise", equalTo("YES"))
                    .body("returnDetails.readiness.capitalAccumulated", equalTo("YES"))
                    .body("returnDetails.readiness.formalWorkAbroad", equalTo("NO"))
                    .body("returnDetails.readiness.socialSecurityAfterReturn", equalTo("NOT_RECORDED"))
                    .body("returnDetails.readiness.expelled", equalTo("NOT_RECORDED"))
                    .body("returnDetails.readiness", aMapWithSize(11))
                    .body("returnDetails.intention", equalTo("STAY"));
            Response settled = EpisodeFixtures.moved(
                    caseworker, client, episode, EpisodeFixtures.move("RETURN", "SETTLED", "2025-12-01"));
            settled.then()
                    .header("ETag", equalTo("\"6\""))
                    .body(
                            "phaseChanges.phase",
                            equalTo(List.of(
                                    "PRE_DECISION",
                                    "PRE_DEPARTURE",
                                    "TRANSIT",
                                    "MIGRATION",
                                    "MIGRATION",
                                    "RETURN",
                                    "RETURN")))
                    .body("phaseChanges.fromPhase[1]", equalTo("PRE_DECISION"))
                    .body("phaseChanges.fromPhase[6]", equalTo("RETURN"))
                    .body("phaseChanges[5].returnDetails.circumstance", equalTo("END_OF_CONTRACT"))
                    .body("phaseChanges[6]", not(hasKey("returnDetails")))
                    .body("phaseChanges.sequence", equalTo(List.of(1, 2, 3, 4, 5, 6, 7)))
                    .body("phaseChanges[6].recordedBy", equalTo(subjectOf(caseworker)));
        }

        @Test
        void aMoveTheGraphDoesNotAllowIsAConflictListingTheAllowedPhases() {
            String client = newClient();
            String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            EpisodeFixtures.change(caseworker, client, episode, EpisodeFixtures.move("MIGRATION", null, "2024-02-01"))
                    .then()
                    .statusCode(409)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:problem-type:mrc:phase-change-not-allowed"))
                    .body("currentPhase", equalTo("PRE_DECISION"))
                    .body("allowed", equalTo(List.of("NOT_MIGRATING", "PRE_DEPARTURE")));
            EpisodeFixtures.change(
                            caseworker, client, episode, EpisodeFixtures.move("PRE_DECISION", null, "2024-02-01"))
                    .then()
                    .statusCode(409)
                    .body("allowed", equalTo(List.of("NOT_MIGRATING", "PRE_DEPARTURE")));
            EpisodeFixtures.moved(
                    caseworker, client, episode, EpisodeFixtures.move("PRE_DEPARTURE", null, "2024-02-01"));
            EpisodeFixtures.moved(
                    caseworker, client, episode, EpisodeFixtures.move("MIGRATION", "ARRIVAL", "2024-03-01"));
            EpisodeFixtures.change(
                            caseworker, client, episode, EpisodeFixtures.move("MIGRATION", "ARRIVAL", "2024-03-02"))
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:phase-change-not-allowed"))
                    .body("allowed", equalTo(List.of("TRANSIT", "MIGRATION", "RETURN")));
            EpisodeFixtures.change(
                            caseworker, client, episode, EpisodeFixtures.move("PRE_DECISION", null, "2024-03-02"))
                    .then()
                    .statusCode(409);
            Api.as(caseworker)
                    .get(EpisodeFixtures.path(client, episode))
                    .then()
                    .body("phaseChanges", hasSize(3))
                    .body("phase", equalTo("MIGRATION"));
        }

        @Test
        void aSubStageMustBelongToThePhaseItIsGivenWith() {
            String client = newClient();
            String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            EpisodeFixtures.moved(
                    caseworker, client, episode, EpisodeFixtures.move("PRE_DEPARTURE", null, "2024-02-01"));
            EpisodeFixtures.change(
                            caseworker,
                            client,
                            episode,
                            EpisodeFixtures.move("MIGRATION", "REINTEGRATING", "2024-03-01"))
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.subStage"))
                    .body("errors[0].message", containsString("ARRIVAL"));
            EpisodeFixtures.change(
                            caseworker, client, episode, EpisodeFixtures.move("TRANSIT", "ARRIVAL", "2024-03-01"))
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.subStage"));
        }

        @Test
        void datesCannotGoBackwardsNorIntoTheFuture() {
            String client = newClient();
            String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            EpisodeFixtures.moved(
                    caseworker, client, episode, EpisodeFixtures.move("PRE_DEPARTURE", null, "2024-02-01"));
            EpisodeFixtures.change(caseworker, client, episode, EpisodeFixtures.move("TRANSIT", null, "2024-01-31"))
                    .then()
                    .statusCode(409)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:problem-type:mrc:episode-date-order"))
                    .body("notBefore", equalTo("2024-02-01"))
                    .body("errors[0].field", equalTo("$.effectiveDate"));
            EpisodeFixtures.change(caseworker, client, episode, EpisodeFixtures.move("TRANSIT", null, "2099-01-01"))
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.effectiveDate"));
            EpisodeFixtures.Opening backwards = EpisodeFixtures.labour("2024-01-10");
            backwards.departureDate("2024-05-01");
            backwards.returnDate("2024-04-01");
            EpisodeFixtures.open(caseworker, newClient(), backwards)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.returnDate"));
            EpisodeFixtures.moved(caseworker, client, episode, EpisodeFixtures.move("TRANSIT", null, "2024-02-01"))
                    .then()
                    .body("phaseSince", equalTo("2024-02-01"));
        }

        @Test
        void returnDetailsAreRequiredWhenEnteringReturnAndRefusedOtherwise() {
            String client = newClient();
            EpisodeFixtures.Opening abroad = EpisodeFixtures.labour("2024-01-10");
            abroad.phase(MigrationPhase.MIGRATION);
            abroad.subStage(SubStage.ARRIVAL);
            String episode = EpisodeFixtures.openId(caseworker, client, abroad);
            EpisodeFixtures.change(caseworker, client, episode, EpisodeFixtures.move("RETURN", null, "2024-06-01"))
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("$.returnDetails"));
            EpisodeFixtures.PhaseChange incomplete = EpisodeFixtures.move("RETURN", null, "2024-06-01");
            incomplete.returnDetails(EpisodeFixtures.returnDetails("FAMILY_DECISION", null));
            EpisodeFixtures.change(caseworker, client, episode, incomplete)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("$.returnDetails.completeness"));
            EpisodeFixtures.PhaseChange notReturning = EpisodeFixtures.move("MIGRATION", "PARTICIPATION", "2024-06-01");
            notReturning.returnDetails(EpisodeFixtures.returnDetails("FAMILY_DECISION", "INCOMPLETE"));
            EpisodeFixtures.change(caseworker, client, episode, notReturning)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.returnDetails"));
            EpisodeFixtures.moved(
                    caseworker,
                    client,
                    episode,
                    EpisodeFixtures.returning("2024-06-01", "FAMILY_DECISION", "INCOMPLETE"));
            EpisodeFixtures.PhaseChange settledAgain =
                    EpisodeFixtures.returning("2024-09-01", "FAMILY_DECISION", "INCOMPLETE");
            settledAgain.subStage(SubStage.SETTLED);
            EpisodeFixtures.change(caseworker, client, episode, settledAgain)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.returnDetails"));

            EpisodeFixtures.Opening walkIn = EpisodeFixtures.labour("2024-01-10");
            walkIn.phase(MigrationPhase.RETURN);
            EpisodeFixtures.open(caseworker, newClient(), walkIn)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.returnDetails"));
            walkIn.returnDetails(EpisodeFixtures.returnDetails("ASSISTED_VOLUNTARY_RETURN", "INCOMPLETE"));
            EpisodeFixtures.open(caseworker, newClient(), walkIn)
                    .then()
                    .statusCode(201)
                    .body("returnDate", equalTo("2024-01-10"))
                    .body("returnDetails.circumstance", equalTo("ASSISTED_VOLUNTARY_RETURN"));
        }

        @Test
        void phaseChangesAndClosingNeedTheCurrentEtag() {
            String client = newClient();
            String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            String path = EpisodeFixtures.path(client, episode);
            Api.as(caseworker)
                    .body(EpisodeFixtures.move("PRE_DEPARTURE", null, "2024-02-01"))
                    .post(path + "/phase-changes")
                    .then()
                    .statusCode(428)
                    .contentType(Problem.MEDIA_TYPE);
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .body(EpisodeFixtures.move("PRE_DEPARTURE", null, "2024-02-01"))
                    .post(path + "/phase-changes")
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""));
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .body(EpisodeFixtures.move("PRE_DECISION", null, "2024-02-02"))
                    .post(path + "/phase-changes")
                    .then()
                    .statusCode(412)
                    .contentType(Problem.MEDIA_TYPE);
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("closedOn", "2024-02-02"))
                    .post(path + "/close")
                    .then()
                    .statusCode(412);
            Api.as(caseworker)
                    .body(Map.of("closedOn", "2024-02-02"))
                    .post(path + "/close")
                    .then()
                    .statusCode(428);
            Api.as(caseworker).get(path).then().body("phaseChanges", hasSize(2));
        }
    }

    /** Closing an episode, re-migration and the next season of circular migration. */
    @Nested
    class ClosingAndNextJourneys {

        @Test
        void closingNeedsAnEndPhaseAndLeavesTheClientWithoutACurrentPhase() {
            String client = newClient();
            String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            EpisodeFixtures.close(caseworker, client, episode, "2024-01-20")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-not-closable"))
                    .body("allowed", equalTo(List.of("NOT_MIGRATING", "PRE_DEPARTURE")))
                    .body("closableFrom", equalTo(List.of("NOT_MIGRATING", "RETURN")));
            EpisodeFixtures.moved(
                    caseworker, client, episode, EpisodeFixtures.move("NOT_MIGRATING", null, "2024-02-01"));
            Api.as(caseworker).get("/clients/" + client).then().body("currentPhase", equalTo("NOT_MIGRATING"));
            EpisodeFixtures.close(caseworker, client, episode, "2024-01-31")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-date-order"))
                    .body("errors[0].field", equalTo("$.closedOn"));
            EpisodeFixtures.close(caseworker, client, episode, "2024-02-15")
                    .then()
                    .statusCode(200)
                    .body("closedOn", equalTo("2024-02-15"))
                    .body("open", equalTo(false))
                    .body("closable", equalTo(false))
                    .body("$", not(hasKey("allowedNextPhases")));
            Api.as(caseworker).get("/clients/" + client).then().body("currentPhase", nullValue());
            EpisodeFixtures.change(
                            caseworker, client, episode, EpisodeFixtures.move("PRE_DECISION", null, "2024-03-01"))
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-closed"));
            EpisodeFixtures.close(caseworker, client, episode, "2024-03-01")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-closed"));
        }

        @Test
        void aReMigrationOpensANewEpisodeLinkedToThePreviousOne() {
            String client = newClient();
            String first = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2023-01-10"));
            EpisodeFixtures.moved(caseworker, client, first, EpisodeFixtures.move("PRE_DEPARTURE", null, "2023-02-01"));
            EpisodeFixtures.moved(caseworker, client, first, EpisodeFixtures.move("MIGRATION", null, "2023-03-01"));
            EpisodeFixtures.moved(
                    caseworker, client, first, EpisodeFixtures.returning("2024-03-01", "END_OF_CONTRACT", "COMPLETE"));
            EpisodeFixtures.close(caseworker, client, first, "2024-04-01")
                    .then()
                    .statusCode(200);

            EpisodeFixtures.Opening again = EpisodeFixtures.labour("2024-03-15");
            again.destinationCountry("QA");
            EpisodeFixtures.open(caseworker, client, again)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-date-order"))
                    .body("notBefore", equalTo("2024-04-01"));
            again.effectiveDate("2024-05-01");
            again.previousEpisodeId("0190f0a0-0000-7000-8000-000000000000");
            EpisodeFixtures.open(caseworker, client, again)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.previousEpisodeId"));
            again.previousEpisodeId(first);
            String second = EpisodeFixtures.open(caseworker, client, again)
                    .then()
                    .statusCode(201)
                    .body("previousEpisodeId", equalTo(first))
                    .body("destinationCountry", equalTo("QA"))
                    .extract()
                    .path("id");
            again.previousEpisodeId((UUID) null);
            EpisodeFixtures.moved(
                    caseworker, client, second, EpisodeFixtures.move("NOT_MIGRATING", null, "2024-05-02"));
            EpisodeFixtures.close(caseworker, client, second, "2024-05-03")
                    .then()
                    .statusCode(200);
            again.effectiveDate("2024-06-01");
            EpisodeFixtures.open(caseworker, client, again)
                    .then()
                    .statusCode(201)
                    .body("previousEpisodeId", equalTo(second));
        }

        @Test
        void aSeasonalWorkerStartsTheNextSeasonInOneRequest() {
            String client = newClient();
            EpisodeFixtures.Opening harvest = new EpisodeFixtures.Opening()
                    .type(EpisodeType.SEASONAL)
                    .originCountry("UY")
                    .originLocality("Salto")
                    .destinationCountry("AR")
                    .destinationLocality("Mendoza")
                    .phase(MigrationPhase.MIGRATION)
                    .effectiveDate("2024-02-01");
            String season = EpisodeFixtures.openId(caseworker, client, harvest);
            String seasonPath = EpisodeFixtures.path(client, season);
            Api.as(caseworker)
                    .post(seasonPath + "/next-season")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-not-closed"));
            EpisodeFixtures.moved(
                    caseworker,
                    client,
                    season,
                    EpisodeFixtures.returning("2024-04-15", "SEASONAL_PERIODIC", "COMPLETE"));
            EpisodeFixtures.close(caseworker, client, season, "2024-04-15")
                    .then()
                    .statusCode(200);

            EpisodeRequests.NextSeason nextSeason = new EpisodeRequests.NextSeason(
                    LocalDate.parse("2024-12-01"), LocalDate.parse("2025-01-15"), null, null);
            Response next = Api.as(caseworker)
                    .header("Idempotency-Key", "season-" + season)
                    .body(nextSeason)
                    .post(seasonPath + "/next-season");
            next.then()
                    .statusCode(201)
                    .header("Location", containsString("/clients/" + client + "/episodes/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("type", equalTo("SEASONAL"))
                    .body("originLocality", equalTo("Salto"))
                    .body("destinationCountry", equalTo("AR"))
                    .body("destinationLocality", equalTo("Mendoza"))
                    .body("phase", equalTo("PRE_DEPARTURE"))
                    .body("previousEpisodeId", equalTo(season))
                    .body("openedOn", equalTo("2024-12-01"))
                    .body("plannedDepartureDate", equalTo("2025-01-15"))
                    .body("open", equalTo(true));
            String nextId = next.path("id");
            assertNotEquals(season, nextId);
            Api.as(caseworker)
                    .header("Idempotency-Key", "season-" + season)
                    .body(nextSeason)
                    .post(seasonPath + "/next-season")
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .body("id", equalTo(nextId));
            Api.as(caseworker)
                    .post(seasonPath + "/next-season")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-already-open"))
                    .body("openEpisodeId", equalTo(nextId));
            Api.as(caseworker).get("/clients/" + client).then().body("currentPhase", equalTo("PRE_DEPARTURE"));

            EpisodeFixtures.moved(caseworker, client, nextId, EpisodeFixtures.move("MIGRATION", null, "2025-02-01"));
            EpisodeFixtures.moved(
                    caseworker,
                    client,
                    nextId,
                    EpisodeFixtures.returning("2025-04-10", "SEASONAL_PERIODIC", "COMPLETE"));
            EpisodeFixtures.close(caseworker, client, nextId, "2025-04-10")
                    .then()
                    .statusCode(200);
            Api.as(caseworker)
                    .body(Map.of("effectiveDate", "2025-04-20"))
                    .post(seasonPath + "/next-season")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-not-latest"))
                    .body("latestEpisodeId", equalTo(nextId));
            Api.as(caseworker)
                    .body(Map.of("effectiveDate", "2025-04-01"))
                    .post(EpisodeFixtures.path(client, nextId) + "/next-season")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:episode-date-order"));
            Api.as(caseworker)
                    .post(EpisodeFixtures.path(client, nextId) + "/next-season")
                    .then()
                    .statusCode(201)
                    .body("previousEpisodeId", equalTo(nextId))
                    .body("type", equalTo("SEASONAL"))
                    .body("phase", equalTo("PRE_DEPARTURE"))
                    .body("openedOn", notNullValue())
                    .body("$", not(hasKey("plannedDepartureDate")));
            Api.as(caseworker).get("/clients/" + client + "/episodes").then().body("items", hasSize(3));
        }
    }

    /** Reading episodes: the timeline, the phase search, staff of another office. */
    @Nested
    class Reading {

        @Test
        void theTimelineListsEpisodesAndTheirPhaseChangesInDateOrder() {
            String client = newClient();
            String first = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2023-01-10"));
            EpisodeFixtures.moved(caseworker, client, first, EpisodeFixtures.move("PRE_DEPARTURE", null, "2023-02-01"));
            EpisodeFixtures.moved(caseworker, client, first, EpisodeFixtures.move("MIGRATION", null, "2023-03-01"));
            EpisodeFixtures.moved(
                    caseworker,
                    client,
                    first,
                    EpisodeFixtures.returning("2024-03-01", "FAMILY_DECISION", "INCOMPLETE"));
            EpisodeFixtures.close(caseworker, client, first, "2024-04-01");
            EpisodeFixtures.Opening again = EpisodeFixtures.labour("2024-04-01");
            again.phase(MigrationPhase.PRE_DEPARTURE);
            String second = EpisodeFixtures.openId(caseworker, client, again);

            Response timeline = Api.as(caseworker).get("/clients/" + client + "/timeline");
            timeline.then()
                    .statusCode(200)
                    .body(
                            "items.kind",
                            equalTo(List.of(
                                    "EPISODE_OPENED",
                                    "PHASE_CHANGED",
                                    "PHASE_CHANGED",
                                    "PHASE_CHANGED",
                                    "PHASE_CHANGED",
                                    "EPISODE_CLOSED",
                                    "EPISODE_OPENED",
                                    "PHASE_CHANGED")))
                    .body(
                            "items.date",
                            equalTo(List.of(
                                    "2023-01-10",
                                    "2023-01-10",
                                    "2023-02-01",
                                    "2023-03-01",
                                    "2024-03-01",
                                    "2024-04-01",
                                    "2024-04-01",
                                    "2024-04-01")))
                    .body("items.episodeId", equalTo(List.of(first, first, first, first, first, first, second, second)))
                    .body("items[0].details.destinationCountry", equalTo("SA"))
                    .body("items[0].details.type", equalTo("LABOUR"))
                    .body("items[4].details.phase", equalTo("RETURN"))
                    .body("items[4].details.returnDetails.circumstance", equalTo("FAMILY_DECISION"))
                    .body("items[6].details.previousEpisodeId", equalTo(first))
                    .body("items[7].details.phase", equalTo("PRE_DEPARTURE"))
                    .body("nextCursor", nullValue());

            List<Object> paged = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = Api.as(caseworker).queryParam("limit", 3);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.get("/clients/" + client + "/timeline");
                page.then().statusCode(200);
                paged.addAll(page.path("items"));
                cursor = page.path("nextCursor");
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(3, pages);
            assertEquals(timeline.path("items"), paged);
        }

        @Test
        void thePhaseSearchFollowsTheOpenEpisode() {
            String family = ClientFixtures.uniqueName();
            String client = ClientFixtures.registerId(office, ClientFixtures.person("Pedro", family));
            EpisodeFixtures.Opening abroad = EpisodeFixtures.labour("2024-01-10");
            abroad.phase(MigrationPhase.MIGRATION);
            String episode = EpisodeFixtures.openId(caseworker, client, abroad);
            assertFoundInPhase(family, client, "MIGRATION", true);
            EpisodeFixtures.moved(
                    caseworker,
                    client,
                    episode,
                    EpisodeFixtures.returning("2024-05-01", "END_OF_CONTRACT", "COMPLETE"));
            assertFoundInPhase(family, client, "MIGRATION", false);
            assertFoundInPhase(family, client, "RETURN", true);
            EpisodeFixtures.close(caseworker, client, episode, "2024-06-01")
                    .then()
                    .statusCode(200);
            assertFoundInPhase(family, client, "RETURN", false);
        }

        @Test
        void staffOfAnotherOfficeCannotChangeEpisodesAndWithoutAReasonDoNotSeeThem() {
            String client = newClient();
            String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2024-01-10"));
            String stranger = Tokens.staff("caseworker", OfficeFixtures.openCode("MIGRATION_DESK", null));
            String path = EpisodeFixtures.path(client, episode);
            Api.as(stranger).get(path).then().statusCode(404);
            Api.as(stranger).get("/clients/" + client + "/episodes").then().statusCode(404);
            Api.as(stranger).get("/clients/" + client + "/timeline").then().statusCode(404);
            Api.as(stranger)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .header("If-Match", "\"0\"")
                    .body(EpisodeFixtures.move("PRE_DEPARTURE", null, "2024-02-01"))
                    .post(path + "/phase-changes")
                    .then()
                    .statusCode(404);
            EpisodeFixtures.open(stranger, client, EpisodeFixtures.labour("2024-01-10"))
                    .then()
                    .statusCode(404);
            String otherClient = newClient();
            Api.as(caseworker)
                    .get(EpisodeFixtures.path(otherClient, episode))
                    .then()
                    .statusCode(404)
                    .body("type", equalTo("urn:problem-type:mrc:not-found"));
            Api.as(caseworker).get(path).then().body("phaseChanges", hasSize(1));
        }
    }

    private void assertFoundInPhase(String family, String client, String phase, boolean found) {
        Api.as(caseworker)
                .queryParam("name", "Pedro " + family)
                .queryParam("phase", phase)
                .get("/clients")
                .then()
                .statusCode(200)
                .body("items.id", found ? hasItem(client) : not(hasItem(client)));
    }

    private static String subjectOf(String token) {
        String payload = token.split("\\.")[1];
        String json = new String(java.util.Base64.getUrlDecoder().decode(payload));
        int start = json.indexOf("\"sub\":\"") + 7;
        return json.substring(start, json.indexOf('"', start));
    }
}
