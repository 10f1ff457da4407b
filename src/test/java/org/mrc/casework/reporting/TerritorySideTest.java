package org.mrc.casework.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mrc.casework.reporting.ReportFixtures.cell;
import static org.mrc.casework.reporting.ReportFixtures.count;
import static org.mrc.casework.reporting.ReportFixtures.hasCell;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * The territory side an office serves (ORIGIN, DESTINATION, BOTH) is recorded by an admin, with the office's ETag, and
 * every report breaks its figures down by it ({@code territorySide}), read from the office the figure is attributed
 * to: an office without a side counts under NOT_RECORDED. The side is an attribute of the office, so re-designating
 * an office moves its figures, past months included, without a rebuild.
 */
@QuarkusTest
class TerritorySideTest {

    @Test
    void anAdminRecordsTheSideAnOfficeServes() {
        OfficeFixtures.Opening opened = OfficeFixtures.body(OfficeFixtures.uniqueCode(), "RESOURCE_CENTRE", null);
        opened.territorySide(TerritorySide.DESTINATION);
        String id = Api.asAdmin()
                .body(opened)
                .post("/offices")
                .then()
                .statusCode(201)
                .body("territorySide", equalTo("DESTINATION"))
                .extract()
                .path("id");

        String unset = OfficeFixtures.open("RESOURCE_CENTRE", null);
        Api.asAdmin().get("/offices/" + unset).then().statusCode(200).body("territorySide", nullValue());

        setSide(id, "\"0\"", "BOTH")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("territorySide", equalTo("BOTH"));
        setSide(id, "\"0\"", "ORIGIN").then().statusCode(412);
        Api.asAdmin().get("/offices/" + id).then().body("territorySide", equalTo("BOTH"));

        // a value outside the vocabulary, or none, is a problem naming the field, never echoing the value
        for (Object bad : new Object[] {"SIDEWAYS", null, 7}) {
            Map<String, Object> body = new HashMap<>();
            body.put("territorySide", bad);
            Api.asAdmin()
                    .header("If-Match", "\"1\"")
                    .body(body)
                    .post("/offices/" + id + "/territory-side")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors.field", hasItem(containsString("territorySide")))
                    .body(not(containsString("SIDEWAYS")));
        }
        for (String role : List.of("coordinator", "caseworker", "analyst")) {
            Api.as(Tokens.staff(role, "BTG"))
                    .header("If-Match", "\"1\"")
                    .body(Map.of("territorySide", "ORIGIN"))
                    .post("/offices/" + id + "/territory-side")
                    .then()
                    .statusCode(403);
        }
        Api.asAdmin().get("/offices/" + id).then().body("territorySide", equalTo("BOTH"));
    }

    @Test
    void reportsBreakDownByTheSideOfTheOfficeTheFigureIsAttributedTo() {
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        inCaseload(o.centre(), 5);
        inCaseload(o.desk(), 6);
        ReportFixtures.refresh();
        Map<String, String> question = Map.of(
                "office",
                o.centre(),
                "from",
                "2026-03",
                "to",
                "2026-03",
                "granularity",
                "MONTH",
                "dimensions",
                "territorySide");

        JsonPath unset = ReportFixtures.asAnalyst("caseload", question);
        assertEquals(11, count(cell(unset, "2026-03", Map.of("territorySide", "NOT_RECORDED"))));

        setSide(o.centreId(), etag(o.centreId()), "ORIGIN").then().statusCode(200);
        setSide(o.deskId(), etag(o.deskId()), "DESTINATION").then().statusCode(200);
        JsonPath split = ReportFixtures.asAnalyst("caseload", question);
        assertEquals(5, count(cell(split, "2026-03", Map.of("territorySide", "ORIGIN"))));
        assertEquals(6, count(cell(split, "2026-03", Map.of("territorySide", "DESTINATION"))));
        assertFalse(hasCell(split, "2026-03", Map.of("territorySide", "NOT_RECORDED")));

        // two offices of one side are one cell, broken down further by sex like any dimension
        setSide(o.deskId(), etag(o.deskId()), "ORIGIN").then().statusCode(200);
        Map<String, String> crossed = new HashMap<>(question);
        crossed.put("dimensions", "territorySide,sex");
        JsonPath merged = ReportFixtures.asAnalyst("caseload", crossed);
        assertEquals(11, count(cell(merged, "2026-03", Map.of("territorySide", "ORIGIN", "sex", "FEMALE"))));
        assertEquals(11, count(ReportFixtures.total(merged, "2026-03", Map.of("territorySide", "ORIGIN"))));
    }

    @Test
    void everyReportOffersTheDimension() {
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        // the rollups exist whatever ran before (alone, on a fresh database, reports are not ready yet)
        ReportFixtures.refresh();
        for (Report report : Report.values()) {
            JsonPath view = ReportFixtures.asAnalyst(
                    report.path(), Map.of("office", o.centre(), "dimensions", "territorySide"));
            assertEquals(
                    report.implicit() == null
                            ? List.of("territorySide")
                            : List.of(report.implicit().name(), "territorySide"),
                    view.getList("dimensions"),
                    report.label());
        }
    }

    /** {@code n} women of {@code office} with a labour episode opened in January 2026 (in the caseload since). */
    private static void inCaseload(String office, int n) {
        String token = Tokens.staff("caseworker", office);
        for (String client : ReportFixtures.clients(n, office, "FEMALE", "1985-05-05", p -> p)) {
            EpisodeFixtures.openId(token, client, EpisodeFixtures.labour("2026-01-10"));
        }
    }

    private static io.restassured.response.Response setSide(String officeId, String etag, String side) {
        return Api.asAdmin()
                .header("If-Match", etag)
                .body(Map.of("territorySide", side))
                .post("/offices/" + officeId + "/territory-side");
    }

    private static String etag(String officeId) {
        return Api.asAdmin().get("/offices/" + officeId).then().extract().header("ETag");
    }
}
