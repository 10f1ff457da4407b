package org.mrc.casework.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mrc.casework.reporting.ReportFixtures.cell;
import static org.mrc.casework.reporting.ReportFixtures.client;
import static org.mrc.casework.reporting.ReportFixtures.count;
import static org.mrc.casework.reporting.ReportFixtures.total;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Caseload against a hand-built dataset. Centre C has desk D below it; office X is elsewhere. Expected counts are
 * worked out by hand from the list below (snapshots on 2026-05-31 and 2026-06-30):
 *
 * <pre>
 *   D: A1-A6  FEMALE 1988, episode opened 2026-03-10, open          -> May and June, PRE_DECISION, 35-49
 *   D: A7-A11 MALE   1988, episode opened 2026-03-10, open          -> May and June, PRE_DECISION, 35-49
 *   D: B1-B5  MALE   2011-06-15, opened 2026-03-10, open            -> 14 on May 31 (0-14), 15 on June 30 (15-24)
 *   D: E1     FEMALE 1988, opened 2026-03-10, NOT_MIGRATING 2026-05-15, closed 2026-06-10 -> May only
 *   C: C1     MALE   1990, opened 2026-06-30 (last day of June)     -> June only, 35-49
 *   C: C2     FEMALE 1990, opened 2026-07-01                         -> neither
 *   X: X1     FEMALE 1988, opened 2026-03-10                         -> not under C
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadReportTest {

    private String centre;
    private String desk;
    private String elsewhere;

    @BeforeEach
    void buildDatasetOnce() {
        if (centre != null) {
            return;
        }
        String centreId = OfficeFixtures.open("RESOURCE_CENTRE", null);
        centre = Api.asAdmin().get("/offices/" + centreId).path("code");
        desk = OfficeFixtures.openCode("MIGRATION_DESK", centreId);
        elsewhere = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        List<String> open = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            open.add(client(desk, "FEMALE", "1988-04-02"));
        }
        for (int i = 0; i < 5; i++) {
            open.add(client(desk, "MALE", "1988-04-02"));
        }
        for (int i = 0; i < 5; i++) {
            open.add(client(desk, "MALE", "2011-06-15"));
        }
        String deskWorker = Tokens.staff("caseworker", desk);
        for (String id : open) {
            EpisodeFixtures.openId(deskWorker, id, EpisodeFixtures.labour("2026-03-10"));
        }
        String e1 = client(desk, "FEMALE", "1988-04-02");
        String episode = EpisodeFixtures.openId(deskWorker, e1, EpisodeFixtures.labour("2026-03-10"));
        EpisodeFixtures.moved(deskWorker, e1, episode, EpisodeFixtures.move("NOT_MIGRATING", null, "2026-05-15"));
        EpisodeFixtures.close(deskWorker, e1, episode, "2026-06-10").then().statusCode(200);

        String centreWorker = Tokens.staff("caseworker", centre);
        EpisodeFixtures.openId(
                centreWorker, client(centre, "MALE", "1990-01-20"), EpisodeFixtures.labour("2026-06-30"));
        EpisodeFixtures.openId(
                centreWorker, client(centre, "FEMALE", "1990-01-20"), EpisodeFixtures.labour("2026-07-01"));
        EpisodeFixtures.openId(
                Tokens.staff("caseworker", elsewhere),
                client(elsewhere, "FEMALE", "1988-04-02"),
                EpisodeFixtures.labour("2026-03-10"));
        ReportFixtures.refresh();
    }

    private Map<String, String> months(String dimensions) {
        return Map.of(
                "office", centre, "from", "2026-05", "to", "2026-06", "granularity", "MONTH", "dimensions", dimensions);
    }

    @Test
    void countsClientsWithAnOpenEpisodeOnTheLastDayOfEachMonthOfTheOfficeSubtree() {
        JsonPath report = ReportFixtures.asAnalyst("caseload", months("sex"));

        assertEquals(7, count(cell(report, "2026-05", Map.of("sex", "FEMALE"))));
        assertEquals(10, count(cell(report, "2026-05", Map.of("sex", "MALE"))));
        assertEquals(17, count(total(report, "2026-05", Map.of())));
        // E1 closed on June 10; C1 opened on June 30, the snapshot day itself
        assertEquals(6, count(cell(report, "2026-06", Map.of("sex", "FEMALE"))));
        assertEquals(11, count(cell(report, "2026-06", Map.of("sex", "MALE"))));
        assertEquals(17, count(total(report, "2026-06", Map.of())));
        assertEquals(5, report.getInt("threshold"));
        assertTrue(report.getString("note").contains("not a population"));
        assertEquals(centre, report.getString("parameters.office"));
        assertEquals(List.of("sex"), report.getList("parameters.dimensions"));
        assertNotNull(report.getString("generatedAt"));
        assertNotNull(report.getString("dataAsOf"));
    }

    @Test
    void ageBandIsTakenOnTheSnapshotDay() {
        JsonPath report = ReportFixtures.asAnalyst("caseload", months("ageBand"));

        // B1-B5 turn 15 on 2026-06-15
        assertEquals(5, count(cell(report, "2026-05", Map.of("ageBand", "0-14"))));
        assertFalse(ReportFixtures.hasCell(report, "2026-05", Map.of("ageBand", "15-24")));
        assertEquals(5, count(cell(report, "2026-06", Map.of("ageBand", "15-24"))));
        assertEquals(12, count(cell(report, "2026-05", Map.of("ageBand", "35-49"))));
        assertEquals(12, count(cell(report, "2026-06", Map.of("ageBand", "35-49"))));
    }

    @Test
    void aSmallCellIsWithheldWithAComplementSoThatTheTotalCannotRevealIt() {
        JsonPath report = ReportFixtures.asAnalyst(
                "caseload", Map.of("office", centre, "from", "2026-05", "to", "2026-05", "dimensions", "phase"));

        String period = "2026-05/2026-05";
        Map<String, Object> notMigrating = cell(report, period, Map.of("phase", "NOT_MIGRATING"));
        Map<String, Object> preDecision = cell(report, period, Map.of("phase", "PRE_DECISION"));
        assertEquals(true, notMigrating.get("suppressed"));
        assertNull(notMigrating.get("count"));
        // 16 alone is safe, but 17 - 16 would give E1 away
        assertEquals(true, preDecision.get("suppressed"));
        assertEquals(17, count(total(report, period, Map.of())));
        assertEquals(2, report.getInt("suppressedCells"));
    }

    @Test
    void aSingleClientIsWithheldEvenFromTheGrandTotal() {
        JsonPath report = ReportFixtures.asAnalyst(
                "caseload", Map.of("office", elsewhere, "from", "2026-06", "to", "2026-06", "dimensions", "sex"));

        String period = "2026-06/2026-06";
        assertEquals(true, cell(report, period, Map.of("sex", "FEMALE")).get("suppressed"));
        assertEquals(true, total(report, period, Map.of()).get("suppressed"));
        assertNull(report.getString("cells[0].count"));
    }

    @Test
    void aCoordinatorSeesTheirSubtreeByDefaultAndNothingAboveIt() {
        JsonPath own = ReportFixtures.report(
                Tokens.staff("coordinator", centre),
                "caseload",
                Map.of("from", "2026-06", "to", "2026-06", "dimensions", "sex"));
        assertEquals(17, count(total(own, "2026-06/2026-06", Map.of())));

        ReportFixtures.raw(Tokens.staff("coordinator", desk), "caseload", Map.of("office", centre))
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:problem-type:mrc:office-out-of-scope"))
                .body("errors[0].field", equalTo("office"));
    }

    @Test
    void aCaseworkerCannotReadReports() {
        ReportFixtures.raw(Tokens.staff("caseworker", desk), "caseload", Map.of())
                .then()
                .statusCode(403);
    }

    @Test
    void sensitiveDimensionsAreRefusedWhileTheDeploymentKeepsThemClosed() {
        ReportFixtures.raw(Tokens.of("analyst"), "caseload", Map.of("dimensions", "sex,administrativeStatus"))
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:problem-type:mrc:sensitive-dimension"))
                .body("errors[0].field", equalTo("dimensions"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        String analyst = Tokens.of("analyst");
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("from", "2026-13"), "from",
                Map.of("to", "2026/05"), "to",
                Map.of("from", "2026-06", "to", "2026-05"), "from",
                Map.of("to", "2099-01"), "to",
                Map.of("granularity", "WEEK"), "granularity",
                Map.of("dimensions", "sex,shoeSize"), "dimensions",
                Map.of("dimensions", "sex,sex"), "dimensions",
                Map.of("dimensions", "sex,phase,role,ageBand"), "dimensions",
                Map.of("office", "NO-SUCH-OFFICE"), "office");
        cases.forEach((parameters, field) -> ReportFixtures.raw(analyst, "caseload", parameters)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo(field)));
    }

    @Test
    void theReportIsAvailableAsCsvWithItsParameters() {
        String csv = Api.as(Tokens.of("analyst"))
                .accept("text/csv")
                .queryParams(months("sex"))
                .get("/reports/caseload")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();

        assertTrue(csv.contains("# report: caseload\r\n"), csv);
        assertTrue(csv.contains("# office: " + centre + "\r\n"), csv);
        assertTrue(csv.contains("# threshold: 5\r\n"), csv);
        assertTrue(csv.contains("row,period,sex,count,suppressed\r\n"), csv);
        assertTrue(csv.contains("CELL,2026-05,FEMALE,7,false\r\n"), csv);
        assertTrue(csv.contains("TOTAL,2026-06,,17,false\r\n"), csv);
    }
}
