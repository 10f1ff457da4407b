package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mrc.casework.reporting.ReportFixtures.cell;
import static org.mrc.casework.reporting.ReportFixtures.count;
import static org.mrc.casework.reporting.ReportFixtures.hasCell;
import static org.mrc.casework.reporting.ReportFixtures.total;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.client.Sex;
import org.mrc.casework.servicelog.ServiceLogRequests;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.ServiceFixtures;
import org.mrc.casework.support.Tokens;

/**
 * People served against a hand-built dataset. Centre C has desk D below it; office X is elsewhere; P is a partner
 * organisation. Expected counts are worked out by hand from this list:
 *
 * <pre>
 *   K1-K5  D clients, FEMALE 1990-01-01: LANGUAGE_COURSE (LANGUAGE) by D on 2026-05-31 (May's last day)
 *          K1 again on 2026-07-01 (July's first day)
 *   L1-L5  D clients, MALE 2001-06-02: LEGAL_AID (LEGAL) by partner P on 2026-06-01 (aged 24: 15-24)
 *          -> office D, the client's office; provider P
 *   N1-N5  D clients, FEMALE 1990-01-01: HEALTH_ACCESS (HEALTH) by the centre C on 2026-06-15
 *          -> office C, the delivering office; provider C
 *   Z1     C client, FEMALE 1990-01-01: INTERPRETATION (LANGUAGE) by C on 2026-06-30 (June's last day)
 *   S      C's PRE_DEPARTURE_ORIENTATION (INFORMATION) session on 2026-06-01: attendees M1-M5, C clients,
 *          MALE 2001-06-01 (their 25th birthday: 25-34); anonymous headcounts FEMALE 15-24: 7, FEMALE 65+: 5,
 *          MALE 15-24: 0
 *   Y1     X client: LANGUAGE_COURSE by X on 2026-06-10 (never under C)
 *
 *   under C   May 2026: 5 (K1-K5)      July 2026: 1 (K1)
 *             June 2026: 28 = INDIVIDUAL 11 (L, N, Z1) + GROUP 5 (M) + ANONYMOUS 12
 *               provider P 5, C 23;  office D 5, C 23;  category INFORMATION 17, LEGAL 5, HEALTH 5, LANGUAGE 1
 *               mode x sex x ageBand: ANONYMOUS FEMALE 15-24 7, ANONYMOUS FEMALE 65+ 5, GROUP MALE 25-34 5,
 *               INDIVIDUAL MALE 15-24 5, INDIVIDUAL FEMALE 35-49 6
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicesDeliveredReportTest {

    private ReportFixtures.Offices offices;
    private String partnerName;

    @BeforeEach
    void buildDatasetOnce() {
        if (offices != null) {
            return;
        }
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        String desk = Tokens.staff("caseworker", o.desk());
        String centre = Tokens.staff("caseworker", o.centre());
        String coordinator = Tokens.staff("coordinator", o.centre());
        String name = "Report partner " + UUID.randomUUID().toString().substring(0, 8);
        String partner = Api.asAdmin()
                .body(DirectoryFixtures.partner(name, "NGO"))
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<String> k = ReportFixtures.clients(5, o.desk(), "FEMALE", "1990-01-01", p -> p);
        for (String client : k) {
            deliver(desk, client, service("LANGUAGE_COURSE", "2026-05-31"));
        }
        deliver(desk, k.get(0), service("LANGUAGE_COURSE", "2026-07-01"));
        for (String client : ReportFixtures.clients(5, o.desk(), "MALE", "2001-06-02", p -> p)) {
            deliver(desk, client, service("LEGAL_AID", "2026-06-01").partnerId(partner));
        }
        for (String client : ReportFixtures.clients(5, o.desk(), "FEMALE", "1990-01-01", p -> p)) {
            deliver(coordinator, client, service("HEALTH_ACCESS", "2026-06-15").officeId(o.centreId()));
        }
        deliver(
                centre,
                ReportFixtures.client(o.centre(), "FEMALE", "1990-01-01"),
                service("INTERPRETATION", "2026-06-30"));
        session(centre, ReportFixtures.clients(5, o.centre(), "MALE", "2001-06-01", p -> p));
        deliver(
                Tokens.staff("caseworker", o.elsewhere()),
                ReportFixtures.client(o.elsewhere(), "FEMALE", "1990-01-01"),
                service("LANGUAGE_COURSE", "2026-06-10"));

        ReportFixtures.refresh();
        partnerName = name;
        offices = o;
    }

    private static ServiceFixtures.Service service(String serviceType, String on) {
        return ServiceFixtures.service(serviceType, LocalDate.parse(on));
    }

    private static void deliver(String token, String client, ServiceFixtures.Service body) {
        Api.as(token).body(body).post("/clients/" + client + "/services").then().statusCode(201);
    }

    /** The orientation session of 2026-06-01 with its headcounts and {@code attendees}. */
    private static void session(String token, List<String> attendees) {
        ServiceFixtures.Session body = ServiceFixtures.session(
                        "PRE_DEPARTURE_ORIENTATION", LocalDate.parse("2026-06-01"))
                .place("Community hall, Barangay 4")
                .headcounts(List.of(
                        new ServiceLogRequests.HeadcountCell(Sex.FEMALE, "15-24", 7),
                        new ServiceLogRequests.HeadcountCell(Sex.MALE, "15-24", 0),
                        new ServiceLogRequests.HeadcountCell(Sex.FEMALE, "65+", 5)));
        Response created = Api.as(token).body(body).post("/group-sessions");
        created.then().statusCode(201);
        String id = created.path("id");
        String etag = created.header("ETag");
        for (String client : attendees) {
            Response added = Api.as(token)
                    .header("If-Match", etag)
                    .body(Map.of("clientId", client))
                    .post("/group-sessions/" + id + "/attendees");
            added.then().statusCode(200);
            etag = added.header("ETag");
        }
    }

    private Map<String, String> months(String from, String to, String dimensions) {
        return Map.of(
                "office", offices.centre(), "from", from, "to", to, "granularity", "MONTH", "dimensions", dimensions);
    }

    @Test
    void peopleAreCountedInTheMonthOfTheServiceByMode() {
        JsonPath report = ReportFixtures.asAnalyst("services-delivered", months("2026-05", "2026-07", "mode"));

        // May 31 counts in May, June 1 does not; June 30 counts in June, July 1 does not
        assertEquals(5, count(cell(report, "2026-05", Map.of("mode", "INDIVIDUAL"))));
        assertFalse(hasCell(report, "2026-05", Map.of("mode", "GROUP")));
        assertEquals(11, count(cell(report, "2026-06", Map.of("mode", "INDIVIDUAL"))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("mode", "GROUP"))));
        assertEquals(12, count(cell(report, "2026-06", Map.of("mode", "ANONYMOUS"))));
        assertEquals(28, count(total(report, "2026-06", Map.of())));
        assertEquals(true, cell(report, "2026-07", Map.of("mode", "INDIVIDUAL")).get("suppressed"));
    }

    @Test
    void aPartnersServiceCountsForTheClientsOfficeAndTheCentresForTheCentre() {
        JsonPath byOffice = ReportFixtures.asAnalyst("services-delivered", months("2026-06", "2026-06", "office"));
        assertEquals(5, count(cell(byOffice, "2026-06", Map.of("office", offices.desk()))));
        assertEquals(23, count(cell(byOffice, "2026-06", Map.of("office", offices.centre()))));
        assertFalse(hasCell(byOffice, "2026-06", Map.of("office", offices.elsewhere())));

        JsonPath byProvider = ReportFixtures.asAnalyst("services-delivered", months("2026-06", "2026-06", "provider"));
        assertEquals(5, count(cell(byProvider, "2026-06", Map.of("provider", partnerName))));
        assertEquals(23, count(cell(byProvider, "2026-06", Map.of("provider", offices.centre()))));

        JsonPath desk = ReportFixtures.report(
                Tokens.of("analyst"),
                "services-delivered",
                Map.of("office", offices.desk(), "from", "2026-05", "to", "2026-06", "granularity", "MONTH"));
        assertEquals(5, count(cell(desk, "2026-05", Map.of())));
        assertEquals(5, count(cell(desk, "2026-06", Map.of())));
    }

    @Test
    void anonymousHeadcountsKeepTheSexAndAgeBandCountedAtTheSession() {
        JsonPath report =
                ReportFixtures.asAnalyst("services-delivered", months("2026-06", "2026-06", "mode,sex,ageBand"));

        assertEquals(
                7, count(cell(report, "2026-06", Map.of("mode", "ANONYMOUS", "sex", "FEMALE", "ageBand", "15-24"))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("mode", "ANONYMOUS", "sex", "FEMALE", "ageBand", "65+"))));
        // a zero headcount is no one served
        assertFalse(hasCell(report, "2026-06", Map.of("mode", "ANONYMOUS", "sex", "MALE", "ageBand", "15-24")));
        // M1-M5 turn 25 on the day of the session, L1-L5 are 24 on the day of their service
        assertEquals(5, count(cell(report, "2026-06", Map.of("mode", "GROUP", "sex", "MALE", "ageBand", "25-34"))));
        assertEquals(
                5, count(cell(report, "2026-06", Map.of("mode", "INDIVIDUAL", "sex", "MALE", "ageBand", "15-24"))));
        assertEquals(
                6, count(cell(report, "2026-06", Map.of("mode", "INDIVIDUAL", "sex", "FEMALE", "ageBand", "35-49"))));
        assertEquals(18, count(total(report, "2026-06", Map.of("sex", "FEMALE"))));
        assertEquals(12, count(total(report, "2026-06", Map.of("ageBand", "15-24"))));
    }

    @Test
    void serviceTypesAreBrokenDownWithTheirCatalogueCategory() {
        JsonPath report =
                ReportFixtures.asAnalyst("services-delivered", months("2026-06", "2026-06", "serviceType,category"));

        assertEquals(
                17,
                count(cell(
                        report,
                        "2026-06",
                        Map.of("serviceType", "PRE_DEPARTURE_ORIENTATION", "category", "INFORMATION"))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("serviceType", "LEGAL_AID", "category", "LEGAL"))));
        // Z1's interpretation is alone (withheld, and HEALTH_ACCESS with it as its complement)
        assertEquals(
                true,
                cell(report, "2026-06", Map.of("serviceType", "INTERPRETATION", "category", "LANGUAGE"))
                        .get("suppressed"));

        JsonPath desk = ReportFixtures.asAnalyst(
                "services-delivered",
                Map.of(
                        "office",
                        offices.desk(),
                        "from",
                        "2026-05",
                        "to",
                        "2026-06",
                        "dimensions",
                        "serviceType,category"));
        assertEquals(
                5,
                count(cell(desk, "2026-05/2026-06", Map.of("serviceType", "LANGUAGE_COURSE", "category", "LANGUAGE"))));
        assertEquals(5, count(cell(desk, "2026-05/2026-06", Map.of("serviceType", "LEGAL_AID", "category", "LEGAL"))));
    }

    /**
     * June by category: INFORMATION 17, LEGAL 5, HEALTH 5, LANGUAGE 1 (Z1). LANGUAGE is withheld; the grand total
     * 28 would give it away, so the smallest other cell is withheld too: HEALTH and LEGAL tie at 5 and HEALTH comes
     * first by value.
     */
    @Test
    void aSmallCellIsWithheldWithAComplementAndTheGrandTotalPublished() {
        JsonPath report = ReportFixtures.asAnalyst(
                "services-delivered",
                Map.of("office", offices.centre(), "from", "2026-06", "to", "2026-06", "dimensions", "category"));

        String period = "2026-06/2026-06";
        Map<String, Object> language = cell(report, period, Map.of("category", "LANGUAGE"));
        assertEquals(true, language.get("suppressed"));
        assertNull(language.get("count"));
        assertEquals(true, cell(report, period, Map.of("category", "HEALTH")).get("suppressed"));
        assertEquals(5, count(cell(report, period, Map.of("category", "LEGAL"))));
        assertEquals(17, count(cell(report, period, Map.of("category", "INFORMATION"))));
        assertEquals(28, count(total(report, period, Map.of())));
        assertEquals(2, report.getInt("suppressedCells"));
    }
}
