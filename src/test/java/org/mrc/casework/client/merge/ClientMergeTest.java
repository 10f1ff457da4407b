package org.mrc.casework.client.merge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class ClientMergeTest {

    record Pair(String office, String coordinator, String survivor, String duplicate, String family) {}

    private static Pair pair() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String family = ClientFixtures.uniqueName();
        String survivor = ClientFixtures.registerId(office, ClientFixtures.person("Irina", family));
        String duplicate = ClientFixtures.registerId(office, ClientFixtures.person("Iryna", family));
        return new Pair(office, Tokens.staff("coordinator", office), survivor, duplicate, family);
    }

    @Test
    void aCoordinatorMergesADuplicateMovingItsRecordsAndCanUndoIt() {
        Pair p = pair();
        String caseworker = Tokens.staff("caseworker", p.office());
        String episode = EpisodeFixtures.openId(caseworker, p.duplicate(), EpisodeFixtures.labour("2025-01-10"));
        Api.as(caseworker)
                .body(HumanCapitalFixtures.skill("Hairdressing", "ABROAD", "DE"))
                .post("/clients/" + p.duplicate() + "/skills")
                .then()
                .statusCode(201);
        Api.as(caseworker)
                .body(HumanCapitalFixtures.language("uk", "C2", false, null))
                .post("/clients/" + p.duplicate() + "/languages")
                .then()
                .statusCode(201);
        Api.as(caseworker)
                .body(HumanCapitalFixtures.language("uk", "C2", false, null))
                .post("/clients/" + p.survivor() + "/languages")
                .then()
                .statusCode(201);

        Response merged = Api.as(p.coordinator())
                .body(Map.of("duplicateId", p.duplicate()))
                .post("/clients/" + p.survivor() + "/merges");
        merged.then()
                .statusCode(201)
                .header("Location", containsString("/clients/" + p.survivor() + "/merges/"))
                .body("survivorId", equalTo(p.survivor()))
                .body("mergedId", equalTo(p.duplicate()))
                .body("moved.episodes", equalTo(1))
                .body("moved.skills", equalTo(1))
                .body("moved.languages", equalTo(0));
        String mergeId = merged.path("id");

        Api.as(caseworker)
                .get("/clients/" + p.duplicate())
                .then()
                .statusCode(200)
                .body("mergedInto", equalTo(p.survivor()));
        Api.as(caseworker).get("/clients/" + p.survivor() + "/episodes").then().body("items.id", hasItem(episode));
        Api.as(caseworker).get("/clients/" + p.survivor()).then().body("currentPhase", equalTo("PRE_DECISION"));
        Api.as(caseworker)
                .get("/clients/" + p.survivor() + "/human-capital")
                .then()
                .body("skills", hasSize(1))
                .body("languages", hasSize(1));
        Api.as(caseworker)
                .queryParam("name", "Irina " + p.family())
                .get("/clients")
                .then()
                .body("items.id", not(hasItem(p.duplicate())));
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("currentLocality", "Lviv"))
                .patch("/clients/" + p.duplicate())
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:client-merged"))
                .body("mergedInto", equalTo(p.survivor()));
        EpisodeFixtures.open(caseworker, p.duplicate(), EpisodeFixtures.labour("2025-02-10"))
                .then()
                .statusCode(409);

        Api.as(p.coordinator())
                .post("/clients/" + p.survivor() + "/merges/" + mergeId + "/undo")
                .then()
                .statusCode(200)
                .body("undoneAt", org.hamcrest.Matchers.notNullValue());
        Api.as(caseworker)
                .get("/clients/" + p.duplicate())
                .then()
                .body("mergedInto", equalTo(null))
                .body("currentPhase", equalTo("PRE_DECISION"));
        Api.as(caseworker).get("/clients/" + p.duplicate() + "/episodes").then().body("items.id", hasItem(episode));
        Api.as(caseworker).get("/clients/" + p.survivor() + "/episodes").then().body("items", hasSize(0));
        Api.as(caseworker)
                .get("/clients/" + p.duplicate() + "/human-capital")
                .then()
                .body("skills", hasSize(1))
                .body("languages", hasSize(1));
        Api.as(caseworker).get("/clients/" + p.survivor()).then().body("currentPhase", equalTo(null));
        Api.as(p.coordinator())
                .post("/clients/" + p.survivor() + "/merges/" + mergeId + "/undo")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:merge-undone"));
        Api.as(caseworker).get("/clients/" + p.duplicate() + "/merges").then().body("id", equalTo(List.of(mergeId)));
    }

    @Test
    void householdLinksMoveExceptALinkBetweenTheTwoRecordsAndComeBackOnUndo() {
        Pair p = pair();
        String caseworker = Tokens.staff("caseworker", p.office());
        String child = ClientFixtures.registerId(p.office(), ClientFixtures.person("Mykola", p.family()));
        HouseholdFixtures.linked(caseworker, p.duplicate(), HouseholdFixtures.link(child, "PARENT_OF", "LIVES_WITH"))
                .then()
                .statusCode(201);
        HouseholdFixtures.linked(
                        caseworker, p.duplicate(), HouseholdFixtures.link(p.survivor(), "SIBLING", "ELSEWHERE"))
                .then()
                .statusCode(201);
        String mergeId = Api.as(p.coordinator())
                .body(Map.of("duplicateId", p.duplicate()))
                .post("/clients/" + p.survivor() + "/merges")
                .then()
                .statusCode(201)
                .body("moved.householdLinks", equalTo(1))
                .extract()
                .path("id");
        Api.as(caseworker)
                .get("/clients/" + child + "/household")
                .then()
                .body("links.relatedClient.id", hasItem(p.survivor()));
        Api.as(p.coordinator())
                .post("/clients/" + p.survivor() + "/merges/" + mergeId + "/undo")
                .then()
                .statusCode(200);
        Api.as(caseworker)
                .get("/clients/" + child + "/household")
                .then()
                .body("links.relatedClient.id", hasItem(p.duplicate()))
                .body("links.relatedClient.id", not(hasItem(p.survivor())));
    }

    @Test
    void mergesAndUndoesAreAuditedOnBothRecords() {
        Pair p = pair();
        String mergeId = Api.as(p.coordinator())
                .body(Map.of("duplicateId", p.duplicate()))
                .post("/clients/" + p.survivor() + "/merges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(p.coordinator())
                .post("/clients/" + p.survivor() + "/merges/" + mergeId + "/undo")
                .then()
                .statusCode(200);
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", p.survivor())
                .get("/audit")
                .then()
                .body("items.action", hasItem("client.merge"))
                .body("items.action", hasItem("client.unmerged"));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", p.duplicate())
                .get("/audit")
                .then()
                .body("items.action", hasItem("client.merged-away"))
                .body("items.action", hasItem("client.unmerged"));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", mergeId)
                .get("/audit")
                .then()
                .body("items.action", equalTo(List.of("client.unmerge")));
    }

    @Test
    void onlyCoordinatorsMergeAndOnlyWithinTheirScope() {
        Pair p = pair();
        Api.as(Tokens.staff("caseworker", p.office()))
                .body(Map.of("duplicateId", p.duplicate()))
                .post("/clients/" + p.survivor() + "/merges")
                .then()
                .statusCode(403);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        Api.as(Tokens.staff("coordinator", elsewhere))
                .body(Map.of("duplicateId", p.duplicate()))
                .post("/clients/" + p.survivor() + "/merges")
                .then()
                .statusCode(404);
        Api.as(p.coordinator())
                .body(Map.of("duplicateId", p.survivor()))
                .post("/clients/" + p.survivor() + "/merges")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.duplicateId"));
    }

    @Test
    void twoOpenEpisodesMustBeReconciledBeforeMerging() {
        Pair p = pair();
        String caseworker = Tokens.staff("caseworker", p.office());
        EpisodeFixtures.openId(caseworker, p.survivor(), EpisodeFixtures.labour("2025-01-10"));
        EpisodeFixtures.openId(caseworker, p.duplicate(), EpisodeFixtures.labour("2025-01-11"));
        Api.as(p.coordinator())
                .body(Map.of("duplicateId", p.duplicate()))
                .post("/clients/" + p.survivor() + "/merges")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:merge-two-open-episodes"));
        Api.as(caseworker).get("/clients/" + p.duplicate()).then().body("mergedInto", equalTo(null));
    }

    @Test
    void aRecordMergedAwayCannotBeMergedAgainOrBecomeASurvivor() {
        Pair p = pair();
        String third = ClientFixtures.registerId(p.office(), ClientFixtures.person("Irene", p.family()));
        Api.as(p.coordinator())
                .body(Map.of("duplicateId", p.duplicate()))
                .post("/clients/" + p.survivor() + "/merges")
                .then()
                .statusCode(201);
        Api.as(p.coordinator())
                .body(Map.of("duplicateId", p.duplicate()))
                .post("/clients/" + third + "/merges")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:client-merged"));
        Api.as(p.coordinator())
                .body(Map.of("duplicateId", third))
                .post("/clients/" + p.duplicate() + "/merges")
                .then()
                .statusCode(409);
    }
}
