package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mrc.casework.reporting.ReportFixtures.cell;
import static org.mrc.casework.reporting.ReportFixtures.count;
import static org.mrc.casework.reporting.ReportFixtures.hasCell;
import static org.mrc.casework.reporting.ReportFixtures.total;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.episode.ReadinessAnswer;
import org.mrc.casework.client.episode.ReturnDetails;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * The returnee profile against a hand-built dataset. Centre C has desk D below it; office X is elsewhere. Every
 * journey is opened in MIGRATION on 2025-01-01 (to SA unless said otherwise) and enters RETURN as listed. Expected
 * figures are worked out by hand from this list:
 *
 * <pre>
 *   D: R1-R6 FEMALE 1985-01-01   RETURN 2026-05-31 (May's last day)  FAMILY_DECISION, INCOMPLETE
 *        had time to prepare      R1-R4 yes, R5 no, R6 not recorded -> 4 of 5 recorded = 0.8 (not 4/6)
 *        institutional assistance R1 yes, others not recorded    -> 1 recorded, below 5: no share
 *        capital accumulated      R1-R3 yes, R4-R6 no            -> 3 of 6 = 0.5
 *        social protection kept   never recorded                 -> no share
 *        intention                R1-R3 STAY, R4 REMIGRATE, R5 UNDECIDED, R6 not recorded -> 0.6 / 0.2 / 0.2
 *   C: S1-S5 MALE 2001-06-01     RETURN 2026-06-01 (25th birthday: 25-34)  ASSISTED_VOLUNTARY_RETURN, INTERRUPTED
 *   D: T1-T3 MALE 2001-06-02     RETURN 2026-06-01 (aged 24: 15-24)       DEPORTED_EXPELLED, INTERRUPTED
 *   D: T4    MALE 2001-06-02     RETURN 2026-06-01                       READMISSION, INTERRUPTED
 *   D: T5    MALE 2001-06-02     RETURN 2026-06-01, from QA              UNDISCLOSED, INTERRUPTED
 *   C: U1    FEMALE 1985-01-01   RETURN 2026-07-01 (July's first day)    END_OF_CONTRACT, COMPLETE
 *   X: X1    FEMALE 1985-01-01   RETURN 2026-05-15                       FAMILY_DECISION, INCOMPLETE (never under C)
 *
 *   under C   May 2026: 6 returns (R1-R6)   June 2026: 10 (S1-S5, T1-T5)
 *   June by circumstance without sensitive access: ASSISTED_VOLUNTARY_RETURN 5, EXPELLED_READMITTED_OR_UNDISCLOSED 5
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturneesReportTest {

    private static final String FOLDED = "EXPELLED_READMITTED_OR_UNDISCLOSED";

    /** Shares are rounded to 3 decimals by the service; JsonPath reads them back as floats. */
    private static final double SHARE_PRECISION = 1e-6;

    private ReportFixtures.Offices offices;

    @BeforeEach
    void buildDatasetOnce() {
        if (offices != null) {
            return;
        }
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        String desk = Tokens.staff("caseworker", o.desk());
        String centre = Tokens.staff("caseworker", o.centre());

        List<String> r = ReportFixtures.clients(6, o.desk(), "FEMALE", "1985-01-01", p -> p);
        Boolean[] time = {true, true, true, true, false, null};
        Boolean[] assistance = {true, null, null, null, null, null};
        Boolean[] capital = {true, true, true, false, false, false};
        String[] intention = {"STAY", "STAY", "STAY", "REMIGRATE", "UNDECIDED", null};
        for (int i = 0; i < r.size(); i++) {
            ReturnDetails details = EpisodeFixtures.returnDetails(
                    "FAMILY_DECISION",
                    "INCOMPLETE",
                    new EpisodeFixtures.Readiness()
                            .timeToOrganise(answer(time[i]))
                            .institutionalAssistance(answer(assistance[i]))
                            .capitalAccumulated(answer(capital[i])),
                    intention[i]);
            returned(desk, r.get(i), "SA", "2026-05-31", details);
        }
        for (String s : ReportFixtures.clients(5, o.centre(), "MALE", "2001-06-01", p -> p)) {
            returned(centre, s, "SA", "2026-06-01", details("ASSISTED_VOLUNTARY_RETURN", "INTERRUPTED"));
        }
        List<String> t = ReportFixtures.clients(5, o.desk(), "MALE", "2001-06-02", p -> p);
        for (int i = 0; i < 3; i++) {
            returned(desk, t.get(i), "SA", "2026-06-01", details("DEPORTED_EXPELLED", "INTERRUPTED"));
        }
        returned(desk, t.get(3), "SA", "2026-06-01", details("READMISSION", "INTERRUPTED"));
        returned(desk, t.get(4), "QA", "2026-06-01", details("UNDISCLOSED", "INTERRUPTED"));
        returned(
                centre,
                ReportFixtures.client(o.centre(), "FEMALE", "1985-01-01"),
                "SA",
                "2026-07-01",
                details("END_OF_CONTRACT", "COMPLETE"));
        returned(
                Tokens.staff("caseworker", o.elsewhere()),
                ReportFixtures.client(o.elsewhere(), "FEMALE", "1985-01-01"),
                "SA",
                "2026-05-15",
                details("FAMILY_DECISION", "INCOMPLETE"));

        ReportFixtures.refresh();
        offices = o;
    }

    private static ReturnDetails details(String circumstance, String completeness) {
        return EpisodeFixtures.returnDetails(circumstance, completeness);
    }

    /** Opens a journey to {@code destination} in MIGRATION on 2025-01-01 and enters RETURN on {@code on}. */
    private static void returned(String token, String client, String destination, String on, ReturnDetails details) {
        EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2025-01-01");
        journey.phase(MigrationPhase.MIGRATION);
        journey.destinationCountry(destination);
        journey.destinationLocality(null);
        String episode = EpisodeFixtures.openId(token, client, journey);
        EpisodeFixtures.PhaseChange move = EpisodeFixtures.move("RETURN", "REINTEGRATING", on);
        move.returnDetails(details);
        EpisodeFixtures.moved(token, client, episode, move);
    }

    private Map<String, String> mayAndJune(String dimensions) {
        return Map.of(
                "office", offices.centre(),
                "from", "2026-05",
                "to", "2026-06",
                "granularity", "MONTH",
                "dimensions", dimensions);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measures(Map<String, Object> row) {
        return (Map<String, Object>) row.get("measures");
    }

    @Test
    void returnsAreCountedInTheMonthOfTheirEffectiveDateInTheOfficeSubtree() {
        JsonPath report = ReportFixtures.asAnalyst("returnees", mayAndJune("office"));

        // May 31 counts in May; June 1 does not; July 1 is not in June; X1 is elsewhere
        assertEquals(6, count(cell(report, "2026-05", Map.of("office", offices.desk()))));
        assertFalse(hasCell(report, "2026-05", Map.of("office", offices.centre())));
        assertEquals(5, count(cell(report, "2026-06", Map.of("office", offices.desk()))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("office", offices.centre()))));
        assertEquals(6, count(total(report, "2026-05", Map.of())));
        assertEquals(10, count(total(report, "2026-06", Map.of())));
        assertFalse(hasCell(report, "2026-06", Map.of("office", offices.elsewhere())));
    }

    @Test
    void theProfileCrossesCircumstanceCompletenessAndSex() {
        JsonPath report = ReportFixtures.asAnalyst("returnees", mayAndJune("circumstance,completeness,sex"));

        assertEquals(
                6,
                count(cell(
                        report,
                        "2026-05",
                        Map.of("circumstance", "FAMILY_DECISION", "completeness", "INCOMPLETE", "sex", "FEMALE"))));
        assertEquals(
                5,
                count(cell(
                        report,
                        "2026-06",
                        Map.of(
                                "circumstance",
                                "ASSISTED_VOLUNTARY_RETURN",
                                "completeness",
                                "INTERRUPTED",
                                "sex",
                                "MALE"))));
        assertEquals(
                5,
                count(cell(
                        report,
                        "2026-06",
                        Map.of("circumstance", FOLDED, "completeness", "INTERRUPTED", "sex", "MALE"))));
        assertEquals(10, count(total(report, "2026-06", Map.of("completeness", "INTERRUPTED"))));
        assertEquals(10, count(total(report, "2026-06", Map.of("sex", "MALE"))));
    }

    @Test
    void withoutSensitiveAccessExpulsionIsFoldedWhileAssistedVoluntaryReturnStaysApart() {
        JsonPath report = ReportFixtures.asAnalyst("returnees", mayAndJune("circumstance"));

        // T1-T3 (deported), T4 (readmitted) and T5 (undisclosed) together; S1-S5 (AVRR) on their own
        assertEquals(5, count(cell(report, "2026-06", Map.of("circumstance", FOLDED))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("circumstance", "ASSISTED_VOLUNTARY_RETURN"))));
        for (String hidden : List.of("DEPORTED_EXPELLED", "READMISSION", "UNDISCLOSED")) {
            assertFalse(hasCell(report, "2026-06", Map.of("circumstance", hidden)), hidden);
        }
        assertEquals(6, count(cell(report, "2026-05", Map.of("circumstance", "FAMILY_DECISION"))));

        JsonPath coordinator = ReportFixtures.report(
                Tokens.staff("coordinator", offices.centre()),
                "returnees",
                Map.of("from", "2026-06", "to", "2026-06", "dimensions", "circumstance"));
        assertEquals(5, count(cell(coordinator, "2026-06/2026-06", Map.of("circumstance", FOLDED))));
        assertFalse(hasCell(coordinator, "2026-06/2026-06", Map.of("circumstance", "DEPORTED_EXPELLED")));
    }

    @Test
    void preparednessSharesAreTakenAmongTheReturnsWhereTheFactorWasRecorded() {
        JsonPath report = ReportFixtures.asAnalyst(
                "returnees", Map.of("office", offices.centre(), "from", "2026-05", "to", "2026-05"));

        Map<String, Object> may = cell(report, "2026-05/2026-05", Map.of());
        assertEquals(6, count(may));
        Map<String, Object> shares = measures(may);
        assertEquals(0.8, ((Number) shares.get("hadTimeToPrepareShare")).doubleValue(), SHARE_PRECISION);
        assertTrue(shares.containsKey("institutionalAssistanceShare"));
        assertNull(shares.get("institutionalAssistanceShare"));
        assertEquals(0.5, ((Number) shares.get("capitalAccumulatedShare")).doubleValue(), SHARE_PRECISION);
        assertTrue(shares.containsKey("socialProtectionKeptShare"));
        assertNull(shares.get("socialProtectionKeptShare"));
        assertEquals(0.6, ((Number) shares.get("intendsToStayShare")).doubleValue(), SHARE_PRECISION);
        assertEquals(0.2, ((Number) shares.get("intendsToRemigrateShare")).doubleValue(), SHARE_PRECISION);
        assertEquals(0.2, ((Number) shares.get("undecidedShare")).doubleValue(), SHARE_PRECISION);

        // the same shares on the FAMILY_DECISION cell of May; June's returns recorded no preparedness at all
        JsonPath monthly = ReportFixtures.asAnalyst("returnees", mayAndJune("circumstance"));
        Map<String, Object> family = cell(monthly, "2026-05", Map.of("circumstance", "FAMILY_DECISION"));
        assertEquals(0.8, ((Number) measures(family).get("hadTimeToPrepareShare")).doubleValue(), SHARE_PRECISION);
        Map<String, Object> avrr = cell(monthly, "2026-06", Map.of("circumstance", "ASSISTED_VOLUNTARY_RETURN"));
        assertNull(measures(avrr).get("hadTimeToPrepareShare"));
        assertNull(measures(avrr).get("intendsToStayShare"));
    }

    @Test
    void ageBandIsTakenOnTheDayOfTheReturn() {
        JsonPath report = ReportFixtures.asAnalyst("returnees", mayAndJune("ageBand"));

        // S1-S5 turn 25 on the day they return; T1-T5 are still 24
        assertEquals(5, count(cell(report, "2026-06", Map.of("ageBand", "25-34"))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("ageBand", "15-24"))));
        assertEquals(6, count(cell(report, "2026-05", Map.of("ageBand", "35-49"))));
    }

    /**
     * June by destination: SA 9, QA 1 (T5). QA is withheld; the grand total 10 would give it away, so the smallest
     * other cell, SA, is withheld as its complement; the grand total stays published.
     */
    @Test
    void aSmallCellIsWithheldWithAComplementAndTheGrandTotalPublished() {
        JsonPath report = ReportFixtures.asAnalyst(
                "returnees",
                Map.of(
                        "office",
                        offices.centre(),
                        "from",
                        "2026-06",
                        "to",
                        "2026-06",
                        "dimensions",
                        "destinationCountry"));

        String period = "2026-06/2026-06";
        Map<String, Object> qatar = cell(report, period, Map.of("destinationCountry", "QA"));
        Map<String, Object> saudi = cell(report, period, Map.of("destinationCountry", "SA"));
        assertEquals(true, qatar.get("suppressed"));
        assertNull(qatar.get("count"));
        assertEquals(Map.of(), qatar.get("measures"));
        assertEquals(true, saudi.get("suppressed"));
        assertNull(saudi.get("count"));
        assertEquals(10, count(total(report, period, Map.of())));
        assertEquals(2, report.getInt("suppressedCells"));
    }

    /** A factor of the readiness checklist as the API takes it: YES, NO, or NOT_RECORDED for null. */
    private static ReadinessAnswer answer(Boolean stored) {
        return stored == null ? ReadinessAnswer.NOT_RECORDED : stored ? ReadinessAnswer.YES : ReadinessAnswer.NO;
    }
}
