package org.mrc.casework.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.schooling.SchoolLevel;
import org.mrc.casework.client.schooling.SchoolStatus;
import org.mrc.casework.client.schooling.SchoolingRequests;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Children left behind, walked through the API: a caseworker records the school status of a child whose mother
 * migrated (S2: only the owning office sees it), and the schooling report counts enrolment and drop-out by which
 * parent migrated, through the suppression of every report. Dataset (desk D below centre C, office X elsewhere):
 *
 * <pre>
 *   D: K1-K6 MALE 2015-03-01, children of migrant mother MM (MIGRATION since 2026-02-01): ENROLLED (attending)
 *            since 2025-09-01, DROPPED_OUT since 2026-10-01  -> 2026-09: MOTHER ENROLLED 6; 2026-11: MOTHER DROPPED_OUT 6
 *   D: L1-L6 FEMALE 2012-05-01, children of migrant father MF (MIGRATION since 2026-02-01): ENROLLED since 2025-09-01
 *            -> 2026-09 and 2026-11: FATHER ENROLLED 6
 *   D: N1-N2 FEMALE 2012-05-01, children of MF: NOT_ENROLLED since 2026-10-01 -> 2026-11: FATHER NOT_ENROLLED 2, withheld
 *            (and one of the two cells of 6 with it, so that it cannot be recomputed from the total)
 *   X: Y1    child of a migrant mother elsewhere, DROPPED_OUT -> never under C
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildrenSchoolingTest {

    private ReportFixtures.Offices offices;
    private String caseworker;
    private String child;
    private String mother;

    @BeforeEach
    void buildDatasetOnce() {
        if (offices != null) {
            return;
        }
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        caseworker = Tokens.staff("caseworker", o.desk());
        mother = migrant(o.desk(), "FEMALE", caseworker);
        List<String> sons = ReportFixtures.clients(6, o.desk(), "MALE", "2015-03-01", p -> p, "FAMILY_LEFT_BEHIND");
        for (String son : sons) {
            HouseholdFixtures.linked(caseworker, mother, HouseholdFixtures.link(son, "CHILD_OF", "ORIGIN_HOUSEHOLD"));
            school(caseworker, son, status("ENROLLED", true, "2025-09-01"))
                    .then()
                    .statusCode(201);
            school(caseworker, son, status("DROPPED_OUT", null, "2026-10-01"))
                    .then()
                    .statusCode(201);
        }
        child = sons.get(0);
        String father = migrant(o.desk(), "MALE", caseworker);
        List<String> daughters =
                ReportFixtures.clients(8, o.desk(), "FEMALE", "2012-05-01", p -> p, "FAMILY_LEFT_BEHIND");
        for (int i = 0; i < daughters.size(); i++) {
            HouseholdFixtures.linked(
                    caseworker, father, HouseholdFixtures.link(daughters.get(i), "CHILD_OF", "ORIGIN_HOUSEHOLD"));
            SchoolingRequests.RecordSchooling status =
                    i < 6 ? status("ENROLLED", true, "2025-09-01") : status("NOT_ENROLLED", null, "2026-10-01");
            school(caseworker, daughters.get(i), status).then().statusCode(201);
        }
        String elsewhere = Tokens.staff("caseworker", o.elsewhere());
        String otherMother = migrant(o.elsewhere(), "FEMALE", elsewhere);
        String otherChild = ReportFixtures.client(o.elsewhere(), "MALE", "2015-03-01", "FAMILY_LEFT_BEHIND");
        HouseholdFixtures.linked(
                elsewhere, otherMother, HouseholdFixtures.link(otherChild, "CHILD_OF", "ORIGIN_HOUSEHOLD"));
        school(elsewhere, otherChild, status("DROPPED_OUT", null, "2026-10-01"))
                .then()
                .statusCode(201);
        ReportFixtures.refresh();
        offices = o;
    }

    @Test
    void schoolStatusIsRecordedOnlyForAChildWithAMigrantHouseholdMember() {
        school(caseworker, mother, status("ENROLLED", true, "2025-09-01"))
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:schooling-not-applicable"));
        String alone = ReportFixtures.client(offices.desk(), "MALE", "2016-01-01", "NON_MIGRANT_RESIDENT");
        school(caseworker, alone, status("ENROLLED", true, "2025-09-01"))
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:problem-type:mrc:schooling-not-applicable"));
        school(caseworker, child, status("DROPPED_OUT", true, "2026-10-02"))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("$.attending")));
    }

    @Test
    void schoolStatusIsS2OnlyTheOwningOfficeReadsIt() {
        Api.as(caseworker)
                .get("/clients/" + child + "/schooling")
                .then()
                .statusCode(200)
                .body("status", equalTo(List.of("DROPPED_OUT", "ENROLLED")))
                .body("since", equalTo(List.of("2026-10-01", "2025-09-01")));
        String id = Api.as(caseworker).get("/clients/" + child + "/schooling").path("[0].id");
        Api.as(caseworker).get("/clients/" + child + "/schooling/" + id).then().statusCode(200);

        String other = Tokens.staff("caseworker", offices.elsewhere());
        Api.as(other).get("/clients/" + child + "/schooling").then().statusCode(404);
        Api.as(other)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + child + "/schooling")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        Api.as(other)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + child + "/schooling/" + id)
                .then()
                .statusCode(404);
        Api.as(other)
                .body(status("ENROLLED", true, "2026-11-01"))
                .post("/clients/" + child + "/schooling")
                .then()
                .statusCode(404);
    }

    @Test
    void theReportCountsEnrolmentAndDropOutByWhichParentMigratedWithSmallCellsWithheld() {
        String coordinator = Tokens.staff("coordinator", offices.centre());
        Map<String, Object> september = Map.of(
                "office", offices.centre(), "from", "2026-09", "to", "2026-09", "dimensions", "parentMigrated,status");
        JsonPath before = ReportFixtures.report(coordinator, "children-left-behind/schooling", september);
        assertEquals(
                6,
                ReportFixtures.count(ReportFixtures.cell(
                        before, "2026-09/2026-09", Map.of("parentMigrated", "MOTHER", "status", "ENROLLED"))));

        Map<String, Object> november = new HashMap<>(september);
        november.put("from", "2026-11");
        november.put("to", "2026-11");
        assertEquals(
                6,
                ReportFixtures.count(ReportFixtures.cell(
                        before, "2026-09/2026-09", Map.of("parentMigrated", "FATHER", "status", "ENROLLED"))));
        JsonPath after = ReportFixtures.report(coordinator, "children-left-behind/schooling", november);
        Map<String, Object> notEnrolled = ReportFixtures.cell(
                after, "2026-11/2026-11", Map.of("parentMigrated", "FATHER", "status", "NOT_ENROLLED"));
        assertEquals(true, notEnrolled.get("suppressed"));
        assertNull(notEnrolled.get("count"));
        List<Integer> published = new ArrayList<>();
        for (Map<String, String> cell : List.of(
                Map.of("parentMigrated", "MOTHER", "status", "DROPPED_OUT"),
                Map.of("parentMigrated", "FATHER", "status", "ENROLLED"))) {
            Integer count = ReportFixtures.count(ReportFixtures.cell(after, "2026-11/2026-11", cell));
            if (count != null) {
                published.add(count);
            }
        }
        assertTrue(!published.isEmpty() && published.stream().allMatch(n -> n == 6), "published: " + published);
        for (String part : List.of("cells", "totals")) {
            for (Map<String, Object> row : after.<Map<String, Object>>getList(part)) {
                Integer count = ReportFixtures.count(row);
                assertTrue(count == null || count == 0 || count >= 5, "no published count below the threshold");
            }
        }

        Map<String, Object> bySex = Map.of(
                "office", offices.centre(), "from", "2026-11", "to", "2026-11", "dimensions", "zone,sex,ageBand");
        ReportFixtures.report(coordinator, "children-left-behind/schooling", bySex);
        ReportFixtures.raw(
                        Tokens.staff("coordinator", offices.elsewhere()),
                        "children-left-behind/schooling",
                        Map.of("office", offices.centre()))
                .then()
                .statusCode(403);
    }

    private static String migrant(String office, String sex, String token) {
        String id = ReportFixtures.client(office, sex, "1985-01-01", "EMIGRANT_DIASPORA");
        EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2026-01-10");
        journey.phase(MigrationPhase.PRE_DEPARTURE);
        String episode = EpisodeFixtures.openId(token, id, journey);
        EpisodeFixtures.moved(token, id, episode, EpisodeFixtures.move("MIGRATION", null, "2026-02-01"));
        return id;
    }

    private static SchoolingRequests.RecordSchooling status(String status, Boolean attending, String since) {
        return new SchoolingRequests.RecordSchooling(
                SchoolStatus.valueOf(status), SchoolLevel.PRIMARY, attending, LocalDate.parse(since));
    }

    private static io.restassured.response.Response school(
            String token, String client, SchoolingRequests.RecordSchooling body) {
        return Api.as(token).body(body).post("/clients/" + client + "/schooling");
    }
}
