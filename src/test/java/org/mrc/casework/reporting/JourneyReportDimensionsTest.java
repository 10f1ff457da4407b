package org.mrc.casework.reporting;

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
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * The report dimensions journeys add. Movements and returns are reported by the country of the journey leg in force
 * on the date of the phase change, and the caseload breaks down by the client's origin locality.
 * Five women of a new desk leave for Saudi Arabia in January 2025 (one leg there), move on to the United Kingdom on
 * 2026-02-28 (a second leg) and return in April 2026: their departures count under SA, their returns under GB, never
 * under SA, the episode's destination. They come from Lipa City and are in the caseload of April (their episodes are
 * open, in RETURN); five men of the desk whose origin locality is not recorded count under UNKNOWN.
 */
@QuarkusTest
class JourneyReportDimensionsTest {

    @Test
    void movementsAndReturnsCountUnderTheCountryOfTheLegInForce() {
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        String desk = Tokens.staff("caseworker", o.desk());
        for (String client :
                ReportFixtures.clients(5, o.desk(), "FEMALE", "1980-01-01", p -> p.originLocality("Lipa City"))) {
            String episode = abroad(desk, client);
            EpisodeFixtures.recordLegs(
                            desk,
                            client,
                            episode,
                            List.of(
                                    EpisodeFixtures.leg("SA", "2025-01-15", "2026-02-28", "WORK"),
                                    EpisodeFixtures.leg("GB", "2026-02-28", null, "WORK")))
                    .then()
                    .statusCode(200);
            returned(desk, client, episode);
        }
        for (String unrecorded : ReportFixtures.clients(5, o.desk(), "MALE", "1980-01-01", p -> p)) {
            EpisodeFixtures.openId(desk, unrecorded, EpisodeFixtures.labour("2026-01-10"));
        }
        ReportFixtures.refresh();

        Map<String, String> parameters = new HashMap<>(Map.of(
                "office", o.desk(),
                "from", "2025-01",
                "to", "2026-04",
                "granularity", "MONTH",
                "dimensions", "destinationCountry"));
        JsonPath movements = ReportFixtures.asAnalyst("movements", parameters);
        assertEquals(5, count(cell(movements, "2025-01", Map.of("movement", "DEPARTURE", "destinationCountry", "SA"))));
        assertEquals(5, count(cell(movements, "2026-04", Map.of("movement", "RETURN", "destinationCountry", "GB"))));
        assertFalse(hasCell(movements, "2026-04", Map.of("movement", "RETURN", "destinationCountry", "SA")));

        JsonPath returnees = ReportFixtures.asAnalyst("returnees", parameters);
        assertEquals(5, count(cell(returnees, "2026-04", Map.of("destinationCountry", "GB"))));
        assertFalse(hasCell(returnees, "2026-04", Map.of("destinationCountry", "SA")));

        parameters.put("from", "2026-04");
        parameters.put("dimensions", "originLocality");
        JsonPath caseload = ReportFixtures.asAnalyst("caseload", parameters);
        assertEquals(5, count(cell(caseload, "2026-04", Map.of("originLocality", "Lipa City"))));
        assertEquals(5, count(cell(caseload, "2026-04", Map.of("originLocality", "UNKNOWN"))));
        parameters.put("dimensions", "originLocality,sex");
        JsonPath crossed = ReportFixtures.asAnalyst("caseload", parameters);
        assertEquals(5, count(cell(crossed, "2026-04", Map.of("originLocality", "Lipa City", "sex", "FEMALE"))));
    }

    /** Opens a labour journey to SA that starts in MIGRATION on 2025-01-15 (a departure); returns the episode. */
    private static String abroad(String token, String client) {
        EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2025-01-15");
        journey.phase(MigrationPhase.MIGRATION);
        return EpisodeFixtures.openId(token, client, journey);
    }

    private static void returned(String token, String client, String episode) {
        EpisodeFixtures.moved(
                token, client, episode, EpisodeFixtures.returning("2026-04-10", "END_OF_CONTRACT", "COMPLETE"));
    }
}
