package org.mrc.casework.client.episode;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/** Who sees how much of an episode, and the audit trail every access leaves. */
@QuarkusTest
class EpisodeVisibilityTest {

    private String office;
    private String owner;
    private String elsewhere;
    private String stranger;

    @BeforeEach
    void twoOffices() {
        office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        owner = Tokens.staff("caseworker", office);
        elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        stranger = Tokens.staff("caseworker", elsewhere);
    }

    @Test
    void anExpulsionIsHiddenFromOutOfScopeStaffAndCannotBeInferred() {
        String deported = returnee("DEPORTED_EXPELLED", "Deported from Italy after a raid");
        String undisclosed = returnee("UNDISCLOSED", "Would not say why she came back");
        String family = returnee("FAMILY_DECISION", "Husband decided to come back");

        Response ownerView = Api.as(owner).get(episodePath(deported));
        ownerView
                .then()
                .statusCode(200)
                .body("visibility", equalTo("S2"))
                .body("returnDetails.protectedCircumstance", equalTo("DEPORTED_EXPELLED"))
                .body("returnDetails.readiness.expelled", equalTo("YES"))
                .body("returnDetails", not(hasKey("circumstance")))
                .body("phaseChanges[2].confidentialNote", equalTo("Deported from Italy after a raid"))
                .body("phaseChanges[2]", not(hasKey("note")));

        Response deportedSeen = readAsStranger(episodePath(deported));
        Response undisclosedSeen = readAsStranger(episodePath(undisclosed));
        for (Response seen : List.of(deportedSeen, undisclosedSeen)) {
            seen.then()
                    .statusCode(200)
                    .body("visibility", equalTo("S1"))
                    .body("phase", equalTo("RETURN"))
                    .body("returnDetails.completeness", equalTo("INTERRUPTED"))
                    .body("returnDetails", not(hasKey("circumstance")))
                    .body("returnDetails", not(hasKey("protectedCircumstance")))
                    .body("returnDetails.readiness.timeToOrganise", equalTo("NO"))
                    .body("returnDetails.readiness", not(hasKey("expelled")))
                    .body("phaseChanges", everyItem(not(hasKey("confidentialNote"))))
                    .body("phaseChanges", everyItem(not(hasKey("note"))))
                    .body(not(containsString("DEPORTED")))
                    .body(not(containsString("Deported")));
        }
        assertEquals(comparable(undisclosedSeen), comparable(deportedSeen), "an expulsion must look undisclosed");

        readAsStranger(episodePath(family))
                .then()
                .body("returnDetails.circumstance", equalTo("FAMILY_DECISION"))
                .body("phaseChanges[2].note", equalTo("Husband decided to come back"));

        for (String path : List.of("/clients/" + deported + "/episodes", "/clients/" + deported + "/timeline")) {
            String body = readAsStranger(path).then().statusCode(200).extract().asString();
            assertFalse(body.contains("DEPORTED") || body.contains("Deported"), path + " leaks the expulsion");
            assertFalse(body.contains("protectedCircumstance"), path + " leaks the protected component");
        }
        Api.as(owner)
                .get("/clients/" + deported + "/timeline")
                .then()
                .body("items[3].details.returnDetails.protectedCircumstance", equalTo("DEPORTED_EXPELLED"));
    }

    @Test
    void aConfidentialNoteIsForTheOwningOfficeOnly() {
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Idriss", ClientFixtures.uniqueName()));
        EpisodeFixtures.Opening abroad = EpisodeFixtures.labour("2024-01-10");
        abroad.phase(MigrationPhase.TRANSIT);
        abroad.note("Crossed by boat");
        String episode = EpisodeFixtures.openId(owner, client, abroad);
        EpisodeFixtures.PhaseChange arrived = EpisodeFixtures.move("MIGRATION", "ARRIVAL", "2024-02-01");
        arrived.note("Sleeping rough, no papers");
        arrived.confidentialNote(true);
        EpisodeFixtures.moved(owner, client, episode, arrived)
                .then()
                .body("phaseChanges[1].confidentialNote", equalTo("Sleeping rough, no papers"));
        readAsStranger(EpisodeFixtures.path(client, episode))
                .then()
                .statusCode(200)
                .body("phaseChanges[0].note", equalTo("Crossed by boat"))
                .body("phaseChanges[1]", not(hasKey("confidentialNote")))
                .body("phaseChanges[1]", not(hasKey("note")))
                .body(not(containsString("papers")));
    }

    @Test
    void outOfScopeStaffReadWithAReasonButCannotWrite() {
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        String episode = EpisodeFixtures.openId(owner, client, EpisodeFixtures.labour("2024-01-10"));
        readAsStranger(EpisodeFixtures.path(client, episode))
                .then()
                .statusCode(200)
                .body("type", equalTo("LABOUR"))
                .body("destinationCountry", equalTo("SA"));
        Api.as(stranger)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .header("If-Match", "\"0\"")
                .body(Map.of("closedOn", "2024-01-11"))
                .post(EpisodeFixtures.path(client, episode) + "/close")
                .then()
                .statusCode(404);
        Api.as(stranger)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .post(EpisodeFixtures.path(client, episode) + "/next-season")
                .then()
                .statusCode(404);
    }

    @Test
    void everyReadAndWriteOfAnEpisodeIsAuditedAgainstTheClient() {
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        String episode = EpisodeFixtures.openId(owner, client, EpisodeFixtures.labour("2024-01-10"));
        String path = EpisodeFixtures.path(client, episode);
        Api.as(owner).get(path).then().statusCode(200);
        Api.as(owner)
                .header("If-Match", "\"0\"")
                .body(EpisodeFixtures.move("NOT_MIGRATING", null, "2024-01-20"))
                .post(path + "/phase-changes")
                .then()
                .statusCode(200);
        Api.as(owner)
                .header("If-Match", "\"1\"")
                .body(Map.of("closedOn", "2024-01-21"))
                .post(path + "/close")
                .then()
                .statusCode(200);
        Api.as(owner).get("/clients/" + client + "/episodes").then().statusCode(200);
        readAsStranger("/clients/" + client + "/timeline").then().statusCode(200);
        Api.as(stranger)
                .header("If-Match", "\"2\"")
                .body(Map.of("closedOn", "2024-01-22"))
                .post(path + "/close")
                .then()
                .statusCode(404);

        Response trail = Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", client)
                .queryParam("resourceType", "client")
                .get("/audit");
        trail.then()
                .statusCode(200)
                .body(
                        "items.action",
                        equalTo(List.of(
                                "episode.close",
                                "client.timeline",
                                "episode.list",
                                "episode.close",
                                "episode.change-phase",
                                "episode.read",
                                "episode.create",
                                "client.create")))
                .body(
                        "items.outcome",
                        equalTo(List.of(
                                "DENIED", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS")))
                .body("items[1].reason", equalTo(AccessReasons.VALID_TEXT))
                .body("items[1].actorOffice", equalTo(elsewhere))
                .body("items[2]", not(hasKey("reason")))
                .body("items[6].actorOffice", equalTo(office));
    }

    private String returnee(String circumstance, String note) {
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        EpisodeFixtures.Opening abroad = EpisodeFixtures.labour("2023-01-10");
        abroad.phase(MigrationPhase.PRE_DEPARTURE);
        String episode = EpisodeFixtures.openId(owner, client, abroad);
        EpisodeFixtures.moved(owner, client, episode, EpisodeFixtures.move("MIGRATION", "ARRIVAL", "2023-02-01"));
        EpisodeFixtures.PhaseChange back = EpisodeFixtures.move("RETURN", "REINTEGRATING", "2024-05-01");
        back.returnDetails(EpisodeFixtures.returnDetails(
                circumstance,
                "INTERRUPTED",
                new EpisodeFixtures.Readiness()
                        .timeToOrganise(ReadinessAnswer.NO)
                        .expelled(
                                circumstance.equals("DEPORTED_EXPELLED")
                                        ? ReadinessAnswer.YES
                                        : ReadinessAnswer.NOT_RECORDED),
                "UNDECIDED"));
        back.note(note);
        EpisodeFixtures.moved(owner, client, episode, back);
        return client;
    }

    private String episodePath(String client) {
        String episode = Api.as(owner).get("/clients/" + client + "/episodes").path("items[0].id");
        return EpisodeFixtures.path(client, episode);
    }

    private Response readAsStranger(String path) {
        return Api.as(stranger)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get(path);
    }

    /** The episode as seen, without what differs between any two records (ids, clocks). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> comparable(Response seen) {
        Map<String, Object> view = new java.util.TreeMap<>(seen.as(Map.class));
        view.remove("id");
        view.remove("clientId");
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Map<String, Object> change : (List<Map<String, Object>>) view.get("phaseChanges")) {
            Map<String, Object> copy = new java.util.TreeMap<>(change);
            copy.remove("id");
            copy.remove("recordedAt");
            changes.add(copy);
        }
        view.put("phaseChanges", changes);
        return view;
    }
}
