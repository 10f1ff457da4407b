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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Departures (entries into MIGRATION) and returns (entries into RETURN) against a hand-built dataset. Centre C has
 * desk D below it; office X is elsewhere. Every journey starts in PRE_DEPARTURE on 2026-03-01 from Lipa City unless
 * said otherwise. Expected counts are worked out by hand from this list:
 *
 * <pre>
 *   D: F1-F6  FEMALE 1990-03-01, to SA: MIGRATION 2026-05-31 (May's last day), RETURN 2026-06-30 (June's last day)
 *             F1 also changes sub-stage in MIGRATION on 2026-06-10 and in RETURN on 2026-06-30: neither is a movement
 *   D: M1-M5  MALE 2001-06-02, to SA: MIGRATION 2026-06-01 (aged 24: 15-24)
 *   C: M6-M10 MALE 2001-06-01, to AE, no origin on the journey (the client's: Tanauan City):
 *             MIGRATION 2026-06-01 (their 25th birthday: 25-34)
 *   C: Q1     FEMALE 1990-03-01, to QA: MIGRATION 2026-05-20
 *   C: E1     MALE 1980-01-01, to SA: journey opened in MIGRATION on 2026-01-10, RETURN 2026-07-01 (July's first day)
 *   X: X1     FEMALE 1990-03-01, to SA: MIGRATION 2026-05-20, RETURN 2026-06-20 (never under C)
 *
 *   under C   January 2026: DEPARTURE 1 (E1: a journey opened in MIGRATION enters it)
 *             May 2026: DEPARTURE 7 (F1-F6, Q1)   June 2026: DEPARTURE 10 (M1-M10), RETURN 6 (F1-F6)
 *             July 2026: RETURN 1 (E1)            2026-Q2 (April-June): DEPARTURE 17, RETURN 6
 *             2026 (January-July): DEPARTURE 18, RETURN 7
 *   Departures and returns are suppressed and totalled as separate tables.
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovementsReportTest {

    private ReportFixtures.Offices offices;

    @BeforeEach
    void buildDatasetOnce() {
        if (offices != null) {
            return;
        }
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        String deskWorker = Tokens.staff("caseworker", o.desk());
        String centreWorker = Tokens.staff("caseworker", o.centre());

        List<String> f = ReportFixtures.clients(6, o.desk(), "FEMALE", "1990-03-01", p -> p);
        for (int i = 0; i < f.size(); i++) {
            String client = f.get(i);
            String episode = EpisodeFixtures.openId(deskWorker, client, journey("SA", "Lipa City"));
            move(deskWorker, client, episode, "MIGRATION", "ARRIVAL", "2026-05-31");
            if (i == 0) {
                move(deskWorker, client, episode, "MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", "2026-06-10");
            }
            EpisodeFixtures.moved(
                    deskWorker,
                    client,
                    episode,
                    EpisodeFixtures.returning("2026-06-30", "VOLUNTARY_SELF_ORGANISED", "COMPLETE"));
            if (i == 0) {
                move(deskWorker, client, episode, "RETURN", "SETTLED", "2026-06-30");
            }
        }
        for (String client : ReportFixtures.clients(5, o.desk(), "MALE", "2001-06-02", p -> p)) {
            String episode = EpisodeFixtures.openId(deskWorker, client, journey("SA", "Lipa City"));
            move(deskWorker, client, episode, "MIGRATION", null, "2026-06-01");
        }
        for (String client :
                ReportFixtures.clients(5, o.centre(), "MALE", "2001-06-01", p -> p.originLocality("Tanauan City"))) {
            String episode = EpisodeFixtures.openId(centreWorker, client, journey("AE", null));
            move(centreWorker, client, episode, "MIGRATION", null, "2026-06-01");
        }
        String q1 = ReportFixtures.client(o.centre(), "FEMALE", "1990-03-01");
        move(
                centreWorker,
                q1,
                EpisodeFixtures.openId(centreWorker, q1, journey("QA", "Lipa City")),
                "MIGRATION",
                null,
                "2026-05-20");
        String e1 = ReportFixtures.client(o.centre(), "MALE", "1980-01-01");
        EpisodeFixtures.Opening abroad = journey("SA", "Lipa City");
        abroad.phase(MigrationPhase.MIGRATION);
        abroad.effectiveDate("2026-01-10");
        EpisodeFixtures.moved(
                centreWorker,
                e1,
                EpisodeFixtures.openId(centreWorker, e1, abroad),
                EpisodeFixtures.returning("2026-07-01", "END_OF_CONTRACT", "COMPLETE"));

        String elsewhereWorker = Tokens.staff("caseworker", o.elsewhere());
        String x1 = ReportFixtures.client(o.elsewhere(), "FEMALE", "1990-03-01");
        String episode = EpisodeFixtures.openId(elsewhereWorker, x1, journey("SA", "Lipa City"));
        move(elsewhereWorker, x1, episode, "MIGRATION", null, "2026-05-20");
        EpisodeFixtures.moved(
                elsewhereWorker, x1, episode, EpisodeFixtures.returning("2026-06-20", "FAMILY_DECISION", "INCOMPLETE"));

        ReportFixtures.refresh();
        offices = o;
    }

    /** A journey from the Philippines (from {@code originLocality} when given) in PRE_DEPARTURE on 2026-03-01. */
    private static EpisodeFixtures.Opening journey(String destination, String originLocality) {
        EpisodeFixtures.Opening body = EpisodeFixtures.labour("2026-03-01");
        body.phase(MigrationPhase.PRE_DEPARTURE);
        body.destinationCountry(destination);
        body.destinationLocality(null);
        if (originLocality == null) {
            body.originLocality(null);
        } else {
            body.originLocality(originLocality);
        }
        return body;
    }

    private static void move(String token, String client, String episode, String phase, String subStage, String on) {
        EpisodeFixtures.moved(token, client, episode, EpisodeFixtures.move(phase, subStage, on));
    }

    private Map<String, String> mayAndJune(String office, String dimensions) {
        Map<String, String> parameters =
                new HashMap<>(Map.of("office", office, "from", "2026-05", "to", "2026-06", "granularity", "MONTH"));
        if (dimensions != null) {
            parameters.put("dimensions", dimensions);
        }
        return parameters;
    }

    private static Map<String, String> departures() {
        return Map.of("movement", "DEPARTURE");
    }

    private static Map<String, String> returns() {
        return Map.of("movement", "RETURN");
    }

    private static Map<String, String> with(Map<String, String> movement, String dimension, String value) {
        Map<String, String> dimensions = new HashMap<>(movement);
        dimensions.put(dimension, value);
        return dimensions;
    }

    @Test
    void departuresAndReturnsAreCountedInTheMonthOfTheirEffectiveDateAndNeverTogether() {
        JsonPath report = ReportFixtures.asAnalyst("movements", mayAndJune(offices.centre(), null));

        // May 31 counts in May; June 1 does not
        assertEquals(7, count(cell(report, "2026-05", departures())));
        assertFalse(hasCell(report, "2026-05", returns()));
        assertEquals(10, count(cell(report, "2026-06", departures())));
        // June 30 counts in June, E1's July 1 return does not; sub-stage changes are no movements
        assertEquals(6, count(cell(report, "2026-06", returns())));
        assertEquals(List.of("movement"), report.getList("dimensions"));
        List<Map<String, Object>> cells = report.getList("cells");
        assertEquals(3, cells.size());
        for (Map<String, Object> c : cells) {
            assertTrue(((Map<?, ?>) c.get("dimensions")).containsKey("movement"), c.toString());
        }
        assertEquals("movements", report.getString("report"));
        // each movement is totalled on its own: no total adds departures and returns together
        assertEquals(10, count(total(report, "2026-06", departures())));
        assertEquals(6, count(total(report, "2026-06", returns())));
        List<Map<String, Object>> totals = report.getList("totals");
        assertEquals(3, totals.size());
        for (Map<String, Object> t : totals) {
            assertTrue(((Map<?, ?>) t.get("dimensions")).containsKey("movement"), t.toString());
        }
    }

    @Test
    void aReportOnTheCentreCoversTheDeskBelowItAndNotAnOfficeElsewhere() {
        JsonPath byOffice = ReportFixtures.asAnalyst("movements", mayAndJune(offices.centre(), "office"));

        assertEquals(5, count(cell(byOffice, "2026-06", with(departures(), "office", offices.desk()))));
        assertEquals(5, count(cell(byOffice, "2026-06", with(departures(), "office", offices.centre()))));
        assertEquals(6, count(cell(byOffice, "2026-06", with(returns(), "office", offices.desk()))));
        assertFalse(hasCell(byOffice, "2026-06", with(returns(), "office", offices.elsewhere())));

        JsonPath desk = ReportFixtures.asAnalyst("movements", mayAndJune(offices.desk(), null));
        assertEquals(6, count(cell(desk, "2026-05", departures())));
        assertEquals(5, count(cell(desk, "2026-06", departures())));
        assertEquals(6, count(cell(desk, "2026-06", returns())));
    }

    @Test
    void ageBandIsTakenOnTheDayOfTheMove() {
        JsonPath report = ReportFixtures.asAnalyst("movements", mayAndJune(offices.centre(), "ageBand"));

        // M1-M5 are 24 on 2026-06-01; M6-M10 turn 25 that very day
        assertEquals(5, count(cell(report, "2026-06", with(departures(), "ageBand", "15-24"))));
        assertEquals(5, count(cell(report, "2026-06", with(departures(), "ageBand", "25-34"))));
        assertEquals(6, count(cell(report, "2026-06", with(returns(), "ageBand", "35-49"))));
        assertEquals(7, count(cell(report, "2026-05", with(departures(), "ageBand", "35-49"))));
        assertEquals(10, count(total(report, "2026-06", departures())));
        assertEquals(6, count(total(report, "2026-06", returns())));
    }

    @Test
    void destinationAndOriginComeFromTheJourneyAndOriginFallsBackToTheClientsLocality() {
        JsonPath byDestination =
                ReportFixtures.asAnalyst("movements", mayAndJune(offices.centre(), "destinationCountry"));
        assertEquals(5, count(cell(byDestination, "2026-06", with(departures(), "destinationCountry", "SA"))));
        assertEquals(5, count(cell(byDestination, "2026-06", with(departures(), "destinationCountry", "AE"))));
        assertEquals(6, count(cell(byDestination, "2026-06", with(returns(), "destinationCountry", "SA"))));

        JsonPath byOrigin = ReportFixtures.asAnalyst("movements", mayAndJune(offices.centre(), "originLocality"));
        assertEquals(5, count(cell(byOrigin, "2026-06", with(departures(), "originLocality", "Lipa City"))));
        assertEquals(5, count(cell(byOrigin, "2026-06", with(departures(), "originLocality", "Tanauan City"))));
        assertEquals(6, count(cell(byOrigin, "2026-06", with(returns(), "originLocality", "Lipa City"))));
    }

    @Test
    void quartersAddTheirMonthsAndAQuarterCutByThePeriodCoversOnlyItsMonthsInside() {
        JsonPath report = ReportFixtures.asAnalyst(
                "movements",
                Map.of("office", offices.centre(), "from", "2026-04", "to", "2026-07", "granularity", "QUARTER"));

        assertEquals(17, count(cell(report, "2026-Q2", departures())));
        assertEquals(6, count(cell(report, "2026-Q2", returns())));
        // July alone in Q3: E1's return, a single person, is withheld
        Map<String, Object> july = cell(report, "2026-Q3", returns());
        assertEquals(true, july.get("suppressed"));
        assertNull(july.get("count"));
        assertFalse(hasCell(report, "2026-Q3", departures()));
        assertEquals("QUARTER", report.getString("parameters.granularity"));
    }

    @Test
    void yearsAddTheirMonthsAndAJourneyOpenedAbroadIsADeparture() {
        JsonPath report = ReportFixtures.asAnalyst(
                "movements",
                Map.of("office", offices.centre(), "from", "2025-12", "to", "2026-07", "granularity", "YEAR"));

        // January to July 2026: E1's journey opened in MIGRATION on 2026-01-10, then the 17 of the second quarter
        assertEquals(18, count(cell(report, "2026", departures())));
        assertEquals(7, count(cell(report, "2026", returns())));
        assertFalse(hasCell(report, "2025", departures()));
    }

    /**
     * May by destination, departures being a table of their own: QA 1, SA 6. QA is withheld; the departures' total 7
     * would give it away, so SA, the only other cell, is withheld as its complement; the total stays published.
     */
    @Test
    void aSmallCellIsWithheldWithAComplementWhileTheMovementsTotalStaysPublished() {
        JsonPath report = ReportFixtures.asAnalyst(
                "movements",
                Map.of(
                        "office",
                        offices.centre(),
                        "from",
                        "2026-05",
                        "to",
                        "2026-05",
                        "dimensions",
                        "destinationCountry"));

        String period = "2026-05/2026-05";
        Map<String, Object> qatar = cell(report, period, with(departures(), "destinationCountry", "QA"));
        Map<String, Object> saudi = cell(report, period, with(departures(), "destinationCountry", "SA"));
        assertEquals(true, qatar.get("suppressed"));
        assertNull(qatar.get("count"));
        assertEquals(true, saudi.get("suppressed"));
        assertNull(saudi.get("count"));
        assertEquals(7, count(total(report, period, departures())));
        assertEquals(1, report.getList("totals").size());
        assertEquals(2, report.getInt("suppressedCells"));
    }
}
