package org.mrc.casework.reporting;

import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.Tokens;

/** Builds small report datasets through the API and reads reports back. */
final class ReportFixtures {

    private ReportFixtures() {}

    /** A client of {@code office} with this sex, birth date and roles; returns its id. */
    static String client(String office, String sex, String birthDate, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("pseudonym", ClientFixtures.uniqueName());
        body.put("sex", sex);
        body.put("birthDate", birthDate);
        body.put("nationalities", List.of("PH"));
        body.put("roles", List.of(roles.length == 0 ? new String[] {"PROSPECTIVE_MIGRANT"} : roles));
        return ClientFixtures.registerId(office, body);
    }

    /** Rebuilds every rollup (as an admin), as the schedule would. */
    static void refresh() {
        Api.asAdmin().post("/reports/refresh").then().statusCode(200).body("rollups.rollup", hasItem("caseload"));
    }

    static JsonPath report(String token, String path, Map<String, ?> parameters) {
        return Api.as(token)
                .queryParams(parameters)
                .get("/reports/" + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath asAnalyst(String path, Map<String, ?> parameters) {
        return report(Tokens.of("analyst"), path, parameters);
    }

    static Response raw(String token, String path, Map<String, ?> parameters) {
        return Api.as(token).queryParams(parameters).get("/reports/" + path);
    }

    /** The cell of {@code period} whose dimensions are exactly {@code dimensions}; fails if there is none. */
    static Map<String, Object> cell(JsonPath report, String period, Map<String, String> dimensions) {
        return find(report.getList("cells"), period, dimensions);
    }

    /** The total of {@code period} over exactly {@code dimensions} (empty: the grand total). */
    static Map<String, Object> total(JsonPath report, String period, Map<String, String> dimensions) {
        return find(report.getList("totals"), period, dimensions);
    }

    /** Whether the report has a cell for these dimensions in this period (absent cells count zero). */
    static boolean hasCell(JsonPath report, String period, Map<String, String> dimensions) {
        return report.<Map<String, Object>>getList("cells").stream().anyMatch(c -> matches(c, period, dimensions));
    }

    private static Map<String, Object> find(List<Map<String, Object>> rows, String period, Map<String, String> dims) {
        return rows.stream()
                .filter(c -> matches(c, period, dims))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + period + " " + dims + " in " + rows));
    }

    private static boolean matches(Map<String, Object> row, String period, Map<String, String> dimensions) {
        return Objects.equals(row.get("period"), period) && Objects.equals(row.get("dimensions"), dimensions);
    }

    /** The published count of a row, or null when withheld. */
    static Integer count(Map<String, Object> row) {
        return (Integer) row.get("count");
    }
}
