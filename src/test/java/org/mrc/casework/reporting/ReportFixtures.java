package org.mrc.casework.reporting;

import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.Sex;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/** Builds small report datasets through the API and reads reports back. */
final class ReportFixtures {

    private ReportFixtures() {}

    /**
     * The offices of one report test: a centre with a desk below it (both covered by a report on the centre) and a
     * centre elsewhere (never covered). Codes are what reports and staff tokens take; the centre's id places the desk.
     */
    record Offices(String centre, String centreId, String desk, String deskId, String elsewhere) {

        static Offices open() {
            String centreId = OfficeFixtures.open("RESOURCE_CENTRE", null);
            String centre = Api.asAdmin().get("/offices/" + centreId).path("code");
            String desk = OfficeFixtures.uniqueCode();
            String deskId = OfficeFixtures.openWithCode(desk, "MIGRATION_DESK", centreId)
                    .extract()
                    .path("id");
            return new Offices(centre, centreId, desk, deskId, OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        }
    }

    /** A client of {@code office} with this sex, birth date and roles; returns its id. */
    static String client(String office, String sex, String birthDate, String... roles) {
        return client(office, sex, birthDate, p -> p, roles);
    }

    /** As {@link #client(String, String, String, String...)}, with more registration fields. */
    static String client(
            String office, String sex, String birthDate, UnaryOperator<ClientFixtures.Person> more, String... roles) {
        ClientFixtures.Person body = new ClientFixtures.Person()
                .pseudonym(ClientFixtures.uniqueName())
                .sex(Sex.valueOf(sex))
                .birthDate(birthDate)
                .nationalities(List.of("PH"))
                .roles(Stream.of(roles.length == 0 ? new String[] {"PROSPECTIVE_MIGRANT"} : roles)
                        .map(ClientRole::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        return ClientFixtures.registerId(office, more.apply(body));
    }

    /** {@code n} clients of {@code office} with this sex, birth date, fields and roles; returns their ids. */
    static List<String> clients(
            int n,
            String office,
            String sex,
            String birthDate,
            UnaryOperator<ClientFixtures.Person> more,
            String... roles) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(client(office, sex, birthDate, more, roles));
        }
        return ids;
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
