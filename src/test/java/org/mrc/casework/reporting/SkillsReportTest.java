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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.client.humancapital.EmploymentPeriod;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Skills recognition and deskilling against a hand-built dataset. Centre C has desk D below it; office X is
 * elsewhere. Expected counts are worked out by hand from this list.
 *
 * <p>Recognition (snapshots 2026-05-31, 2026-06-30 and today, since diplomas without any step count from the day
 * they were recorded, which is today):
 *
 * <pre>
 *   D: Q1-Q5 FEMALE 1990-01-01, MASTER: FR PENDING 2026-03-01, FR RECOGNISED 2026-06-01, DE PENDING 2026-05-31
 *   C: R1-R5 MALE 1961-06-15 (64 on May 31: 50-64; 65 on June 30: 65+), BACHELOR: IT REFUSED 2026-01-10;
 *            R1 later IT RECOGNISED 2026-07-01
 *   C: T1    FEMALE 1990-01-01, DOCTORATE: IT REFUSED 2026-04-01
 *   D: S1-S5 FEMALE 1990-01-01, MASTER without any recognition step -> NOT_REQUESTED in NONE, from today
 *   X: X1    FEMALE 1990-01-01, MASTER: FR PENDING 2026-03-01 (never under C)
 *
 *   under C   May 31: PENDING 10 (Q in FR and DE), REFUSED 6 (R, T1)            = 16
 *             June 30: RECOGNISED 5 (Q in FR), PENDING 5 (Q in DE), REFUSED 6     = 16; MASTER 10, BACHELOR 5,
 *             DOCTORATE 1; 35-49 11, 65+ 5 (May: 50-64 5)
 *             today: RECOGNISED 6 (Q in FR, R1), PENDING 5, REFUSED 5, NOT_REQUESTED 5 = 21; under D alone
 *             NOT_REQUESTED in NONE 5, RECOGNISED in FR 5, PENDING in DE 5
 * </pre>
 *
 * <p>Deskilling (everyone recorded today, so only the current month has figures; ages on today's date):
 *
 * <pre>
 *   D: DK1-DK5 FEMALE, 25 today, MASTER, current job ISCO 9 (DK1 also an earlier ISCO 2 job)  -> DESKILLED
 *   C: W1      INTERSEX, 25 today, DOCTORATE, current job ISCO 9                             -> DESKILLED
 *   C: NK1-NK4 MALE, 24 today (25 tomorrow), BACHELOR, current job ISCO 2 (NK1 also an earlier ISCO 9 job)
 *                                                                                          -> NOT_DESKILLED
 *   C: NK5     MALE, 24 today, SHORT_CYCLE_TERTIARY, jobs ISCO 9 until 2020, then ISCO 3 until 2025
 *                                                                                          -> NOT_DESKILLED
 *   D: U1 UPPER_SECONDARY with a current ISCO 9 job; V1 MASTER without any job; V2 MASTER only UNEMPLOYED
 *                                                                                          -> not counted
 *   X: X2      MASTER, current job ISCO 9                                                  -> never under C
 *
 *   under C   today: DESKILLED 6 (FEMALE 5, INTERSEX 1; 25-34), NOT_DESKILLED 5 (MALE; 15-24)
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkillsReportTest {

    private ReportFixtures.Offices offices;
    private String thisMonth;

    @BeforeEach
    void buildDatasetOnce() {
        if (offices != null) {
            return;
        }
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        String coordinator = Tokens.staff("coordinator", o.centre());

        for (String q : ReportFixtures.clients(5, o.desk(), "FEMALE", "1990-01-01", p -> p)) {
            diploma(
                    coordinator,
                    q,
                    "MASTER",
                    recognition("FR", "PENDING", "2026-03-01"),
                    recognition("FR", "RECOGNISED", "2026-06-01"),
                    recognition("DE", "PENDING", "2026-05-31"));
        }
        List<String> r = ReportFixtures.clients(5, o.centre(), "MALE", "1961-06-15", p -> p);
        List<String> rDiplomas = new ArrayList<>();
        for (String client : r) {
            rDiplomas.add(diploma(coordinator, client, "BACHELOR", recognition("IT", "REFUSED", "2026-01-10")));
        }
        Api.as(coordinator)
                .body(recognition("IT", "RECOGNISED", "2026-07-01"))
                .post("/clients/" + r.get(0) + "/diplomas/" + rDiplomas.get(0) + "/recognitions")
                .then()
                .statusCode(201);
        diploma(
                coordinator,
                ReportFixtures.client(o.centre(), "FEMALE", "1990-01-01"),
                "DOCTORATE",
                recognition("IT", "REFUSED", "2026-04-01"));
        for (String s : ReportFixtures.clients(5, o.desk(), "FEMALE", "1990-01-01", p -> p)) {
            diploma(coordinator, s, "MASTER");
        }
        String elsewhere = Tokens.staff("caseworker", o.elsewhere());
        diploma(
                elsewhere,
                ReportFixtures.client(o.elsewhere(), "FEMALE", "1990-01-01"),
                "MASTER",
                recognition("FR", "PENDING", "2026-03-01"));

        LocalDate today = LocalDate.now();
        String twentyFive = today.minusYears(25).toString();
        String twentyFour = today.minusYears(25).plusDays(1).toString();
        List<String> dk = ReportFixtures.clients(5, o.desk(), "FEMALE", twentyFive, educated("MASTER"));
        for (String client : dk) {
            job(coordinator, client, 9, "2024-01-01", null);
        }
        job(coordinator, dk.get(0), 2, "2010-01-01", "2015-12-31");
        job(
                coordinator,
                ReportFixtures.client(o.centre(), "INTERSEX", twentyFive, educated("DOCTORATE")),
                9,
                "2024-01-01",
                null);
        List<String> nk = ReportFixtures.clients(4, o.centre(), "MALE", twentyFour, educated("BACHELOR"));
        for (String client : nk) {
            job(coordinator, client, 2, "2022-01-01", null);
        }
        job(coordinator, nk.get(0), 9, "2019-01-01", "2020-06-30");
        String nk5 = ReportFixtures.client(o.centre(), "MALE", twentyFour, educated("SHORT_CYCLE_TERTIARY"));
        job(coordinator, nk5, 9, "2018-01-01", "2020-12-31");
        job(coordinator, nk5, 3, "2021-01-01", "2025-06-30");
        job(
                coordinator,
                ReportFixtures.client(o.desk(), "FEMALE", twentyFive, educated("UPPER_SECONDARY")),
                9,
                "2024-01-01",
                null);
        ReportFixtures.client(o.desk(), "FEMALE", twentyFive, educated("MASTER"));
        HumanCapitalFixtures.Employment unemployed = new HumanCapitalFixtures.Employment()
                .period(EmploymentPeriod.AFTER)
                .employmentStatus(EmploymentStatus.UNEMPLOYED)
                .from("2025-01-01")
                .current(true);
        Api.as(coordinator)
                .body(unemployed)
                .post("/clients/" + ReportFixtures.client(o.desk(), "FEMALE", twentyFive, educated("MASTER"))
                        + "/employment")
                .then()
                .statusCode(201);
        job(
                elsewhere,
                ReportFixtures.client(o.elsewhere(), "FEMALE", twentyFive, educated("MASTER")),
                9,
                "2024-01-01",
                null);

        ReportFixtures.refresh();
        // the service reckons months in UTC
        thisMonth = YearMonth.now(ZoneOffset.UTC).toString();
        offices = o;
    }

    private static UnaryOperator<ClientFixtures.Person> educated(String level) {
        return person -> person.educationLevel(EducationLevel.valueOf(level));
    }

    private static HumanCapitalFixtures.Recognition recognition(String country, String status, String effectiveOn) {
        return HumanCapitalFixtures.recognition(country, status, effectiveOn);
    }

    /** Records a diploma at {@code level} with its recognition history; returns its id. */
    private static String diploma(
            String token, String client, String level, HumanCapitalFixtures.Recognition... recognitions) {
        HumanCapitalFixtures.Diploma body = new HumanCapitalFixtures.Diploma()
                .title("Diploma in " + level.toLowerCase(java.util.Locale.ROOT))
                .level(EducationLevel.valueOf(level))
                .issuingCountry("PH")
                .year(2012)
                .recognitions(Stream.of(recognitions)
                        .map(HumanCapitalFixtures.Recognition::build)
                        .toList());
        return Api.as(token)
                .body(body)
                .post("/clients/" + client + "/diplomas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Records a job in ISCO major group {@code isco} from {@code from}, current when {@code to} is null. */
    private static void job(String token, String client, int isco, String from, String to) {
        HumanCapitalFixtures.Employment body = HumanCapitalFixtures.employment(
                "DURING", isco == 9 ? "Window cleaner" : "Accountant", isco, "FORMAL", from, to, to == null);
        Api.as(token)
                .body(body)
                .post("/clients/" + client + "/employment")
                .then()
                .statusCode(201);
    }

    private Map<String, String> mayAndJune(String office, String dimensions) {
        return Map.of(
                "office", office, "from", "2026-05", "to", "2026-06", "granularity", "MONTH", "dimensions", dimensions);
    }

    private Map<String, String> today(String office, String dimensions) {
        Map<String, String> parameters = new HashMap<>(Map.of("office", office, "from", thisMonth, "to", thisMonth));
        if (dimensions != null) {
            parameters.put("dimensions", dimensions);
        }
        return parameters;
    }

    private String now() {
        return thisMonth + "/" + thisMonth;
    }

    @Test
    void eachMonthEndTakesTheLatestRecognitionStatusEffectiveByThen() {
        JsonPath report =
                ReportFixtures.asAnalyst("skills/recognition", mayAndJune(offices.centre(), "recognitionStatus"));

        // DE PENDING effective on May 31 counts in May; FR RECOGNISED from June 1 changes June only
        assertEquals(10, count(cell(report, "2026-05", Map.of("recognitionStatus", "PENDING"))));
        assertFalse(hasCell(report, "2026-05", Map.of("recognitionStatus", "RECOGNISED")));
        assertEquals(6, count(cell(report, "2026-05", Map.of("recognitionStatus", "REFUSED"))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("recognitionStatus", "RECOGNISED"))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("recognitionStatus", "PENDING"))));
        // R1's recognition from July 1 is not yet in June
        assertEquals(6, count(cell(report, "2026-06", Map.of("recognitionStatus", "REFUSED"))));
        assertEquals(16, count(total(report, "2026-05", Map.of())));
        assertEquals(16, count(total(report, "2026-06", Map.of())));

        JsonPath desk = ReportFixtures.asAnalyst("skills/recognition", mayAndJune(offices.desk(), "country"));
        assertEquals(5, count(cell(desk, "2026-05", Map.of("country", "FR"))));
        assertEquals(5, count(cell(desk, "2026-05", Map.of("country", "DE"))));
        assertFalse(hasCell(desk, "2026-05", Map.of("country", "IT")));
    }

    @Test
    void aDiplomaWithoutAnyRecognitionStepCountsAsNotRequestedInNoCountryFromTheDayItWasRecorded() {
        JsonPath desk =
                ReportFixtures.asAnalyst("skills/recognition", today(offices.desk(), "recognitionStatus,country"));

        assertEquals(5, count(cell(desk, now(), Map.of("recognitionStatus", "NOT_REQUESTED", "country", "NONE"))));
        assertEquals(5, count(cell(desk, now(), Map.of("recognitionStatus", "RECOGNISED", "country", "FR"))));
        assertEquals(5, count(cell(desk, now(), Map.of("recognitionStatus", "PENDING", "country", "DE"))));
        assertEquals(15, count(total(desk, now(), Map.of())));
        // under the centre today: the 16 diplomas of June 30 and S1-S5
        assertEquals(
                21,
                count(cell(
                        ReportFixtures.asAnalyst("skills/recognition", today(offices.centre(), null)),
                        now(),
                        Map.of())));

        JsonPath june =
                ReportFixtures.asAnalyst("skills/recognition", mayAndJune(offices.centre(), "recognitionStatus"));
        assertFalse(hasCell(june, "2026-06", Map.of("recognitionStatus", "NOT_REQUESTED")));
    }

    @Test
    void ageBandIsTakenOnEachMonthEnd() {
        JsonPath report = ReportFixtures.asAnalyst("skills/recognition", mayAndJune(offices.centre(), "ageBand"));

        // R1-R5 turn 65 on 2026-06-15
        assertEquals(5, count(cell(report, "2026-05", Map.of("ageBand", "50-64"))));
        assertFalse(hasCell(report, "2026-05", Map.of("ageBand", "65+")));
        assertEquals(5, count(cell(report, "2026-06", Map.of("ageBand", "65+"))));
        assertEquals(11, count(cell(report, "2026-06", Map.of("ageBand", "35-49"))));
    }

    /**
     * June 30 by level: MASTER 10, BACHELOR 5, DOCTORATE 1 (T1). DOCTORATE is withheld; the grand total 16 would give
     * it away, so the smallest other cell, BACHELOR, is withheld as its complement.
     */
    @Test
    void aSmallRecognitionCellIsWithheldWithAComplementAndTheGrandTotalPublished() {
        JsonPath report = ReportFixtures.asAnalyst(
                "skills/recognition",
                Map.of("office", offices.centre(), "from", "2026-06", "to", "2026-06", "dimensions", "level"));

        String period = "2026-06/2026-06";
        Map<String, Object> doctorate = cell(report, period, Map.of("level", "DOCTORATE"));
        assertEquals(true, doctorate.get("suppressed"));
        assertNull(doctorate.get("count"));
        assertEquals(true, cell(report, period, Map.of("level", "BACHELOR")).get("suppressed"));
        assertEquals(10, count(cell(report, period, Map.of("level", "MASTER"))));
        assertEquals(16, count(total(report, period, Map.of())));
        assertEquals(2, report.getInt("suppressedCells"));
    }

    @Test
    void tertiaryEducatedClientsAreDeskilledWhenTheirCurrentOrLastOccupationIsElementary() {
        JsonPath report = ReportFixtures.asAnalyst("skills/deskilling", today(offices.centre(), null));

        assertEquals(6, count(cell(report, now(), Map.of("indicator", "DESKILLED"))));
        assertEquals(5, count(cell(report, now(), Map.of("indicator", "NOT_DESKILLED"))));

        // the desk holds DK1-DK5 and the three clients who are not counted (U1, V1, V2)
        JsonPath desk = ReportFixtures.asAnalyst("skills/deskilling", today(offices.desk(), null));
        assertEquals(5, count(cell(desk, now(), Map.of("indicator", "DESKILLED"))));
        assertFalse(hasCell(desk, now(), Map.of("indicator", "NOT_DESKILLED")));
    }

    @Test
    void deskillingCountsFromTheMonthTheClientsWereRecordedWithTheirAgeOnTheSnapshotDay() {
        String previous = YearMonth.parse(thisMonth).minusMonths(1).toString();
        JsonPath report = ReportFixtures.asAnalyst(
                "skills/deskilling",
                Map.of(
                        "office",
                        offices.centre(),
                        "from",
                        previous,
                        "to",
                        thisMonth,
                        "granularity",
                        "MONTH",
                        "dimensions",
                        "ageBand"));

        assertFalse(hasCell(report, previous, Map.of("indicator", "DESKILLED", "ageBand", "25-34")));
        assertEquals(6, count(cell(report, thisMonth, Map.of("indicator", "DESKILLED", "ageBand", "25-34"))));
        assertEquals(5, count(cell(report, thisMonth, Map.of("indicator", "NOT_DESKILLED", "ageBand", "15-24"))));
    }

    /**
     * Today by sex, each indicator a table of its own: DESKILLED has FEMALE 5 and INTERSEX 1 (W1), so INTERSEX is
     * withheld and FEMALE with it as its complement (the DESKILLED total 6 would give it away); NOT_DESKILLED has
     * MALE 5. Both indicators' totals are published; none adds them together.
     */
    @Test
    void aSmallDeskillingCellIsWithheldWithItsComplementAndEachIndicatorTotalledApart() {
        JsonPath report = ReportFixtures.asAnalyst("skills/deskilling", today(offices.centre(), "sex"));

        Map<String, Object> intersex = cell(report, now(), Map.of("indicator", "DESKILLED", "sex", "INTERSEX"));
        assertEquals(true, intersex.get("suppressed"));
        assertNull(intersex.get("count"));
        assertEquals(
                true,
                cell(report, now(), Map.of("indicator", "DESKILLED", "sex", "FEMALE"))
                        .get("suppressed"));
        assertEquals(5, count(cell(report, now(), Map.of("indicator", "NOT_DESKILLED", "sex", "MALE"))));
        assertEquals(6, count(total(report, now(), Map.of("indicator", "DESKILLED"))));
        assertEquals(5, count(total(report, now(), Map.of("indicator", "NOT_DESKILLED"))));
        assertEquals(2, report.getList("totals").size());
        assertEquals(2, report.getInt("suppressedCells"));
    }
}
