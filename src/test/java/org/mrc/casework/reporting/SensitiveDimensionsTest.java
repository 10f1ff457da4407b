package org.mrc.casework.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mrc.casework.reporting.ReportFixtures.cell;
import static org.mrc.casework.reporting.ReportFixtures.count;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.AdministrativeStatus;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.Sex;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * With the deployment switch on, analysts (and only analysts) may break down by S2 data. Dataset, office O: six
 * clients IRREGULAR and five UNDISCLOSED with an episode open since 2026-02-02, and one REFUGEE (a small cell); five
 * of the IRREGULAR ones returned on 2026-09-10 as DEPORTED_EXPELLED and five UNDISCLOSED ones as
 * ASSISTED_VOLUNTARY_RETURN.
 */
@QuarkusTest
@TestProfile(SensitiveDimensionsTest.SensitiveDimensionsOpen.class)
class SensitiveDimensionsTest {

    /** The only test profile: the switch a data-protection officer would turn on. */
    public static class SensitiveDimensionsOpen implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mrc.reporting.sensitive-dimensions", "true");
        }
    }

    private static String office;

    @BeforeEach
    void buildDatasetOnce() {
        if (office != null) {
            return;
        }
        String code = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String worker = Tokens.staff("caseworker", code);
        for (int i = 0; i < 12; i++) {
            String status = i < 6 ? "IRREGULAR" : i < 11 ? "UNDISCLOSED" : "REFUGEE";
            ClientFixtures.Person body = new ClientFixtures.Person()
                    .pseudonym(ClientFixtures.uniqueName())
                    .sex(Sex.FEMALE)
                    .birthYear(1985)
                    .administrativeStatus(AdministrativeStatus.valueOf(status))
                    .roles(Set.of(ClientRole.RETURNEE));
            String client = ClientFixtures.registerId(code, body);
            String episode = EpisodeFixtures.openId(worker, client, EpisodeFixtures.labour("2026-02-02"));
            if (i < 5 || (i >= 6 && i < 11)) {
                EpisodeFixtures.moved(
                        worker, client, episode, EpisodeFixtures.move("PRE_DEPARTURE", null, "2026-03-01"));
                EpisodeFixtures.moved(worker, client, episode, EpisodeFixtures.move("MIGRATION", null, "2026-04-01"));
                EpisodeFixtures.moved(
                        worker,
                        client,
                        episode,
                        EpisodeFixtures.returning(
                                "2026-09-10",
                                i < 5 ? "DEPORTED_EXPELLED" : "ASSISTED_VOLUNTARY_RETURN",
                                "INTERRUPTED"));
            }
        }
        ReportFixtures.refresh();
        office = code;
    }

    @Test
    void anAnalystMayBreakDownByAdministrativeStatusAndSmallCellsAreStillWithheld() {
        JsonPath report = ReportFixtures.asAnalyst(
                "caseload",
                Map.of("office", office, "from", "2026-08", "to", "2026-08", "dimensions", "administrativeStatus"));

        String period = "2026-08/2026-08";
        assertEquals(6, count(cell(report, period, Map.of("administrativeStatus", "IRREGULAR"))));
        assertEquals(
                true,
                cell(report, period, Map.of("administrativeStatus", "REFUGEE")).get("suppressed"));
        // the complement: 5 is the smallest other cell, withheld so that 12 - 6 - 5 cannot give the refugee away
        assertEquals(
                true,
                cell(report, period, Map.of("administrativeStatus", "UNDISCLOSED"))
                        .get("suppressed"));
    }

    @Test
    void coordinatorsAndAdminsNeverGetSensitiveDimensions() {
        for (String token : List.of(Tokens.staff("coordinator", office), Tokens.admin())) {
            ReportFixtures.raw(token, "caseload", Map.of("office", office, "dimensions", "vulnerability"))
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("urn:problem-type:mrc:sensitive-dimension"));
        }
    }

    @Test
    void deportationIsShownApartOnlyToAnalystsWithTheSwitchOn() {
        Map<String, String> parameters =
                Map.of("office", office, "from", "2026-09", "to", "2026-09", "dimensions", "circumstance");
        String period = "2026-09/2026-09";

        JsonPath analyst = ReportFixtures.asAnalyst("returnees", parameters);
        assertEquals(5, count(cell(analyst, period, Map.of("circumstance", "DEPORTED_EXPELLED"))));
        assertEquals(5, count(cell(analyst, period, Map.of("circumstance", "ASSISTED_VOLUNTARY_RETURN"))));

        JsonPath admin = ReportFixtures.report(Tokens.admin(), "returnees", parameters);
        assertEquals(5, count(cell(admin, period, Map.of("circumstance", "EXPELLED_READMITTED_OR_UNDISCLOSED"))));
        assertFalse(ReportFixtures.hasCell(admin, period, Map.of("circumstance", "DEPORTED_EXPELLED")));
        // assisted voluntary return and deportation are never merged
        assertTrue(ReportFixtures.hasCell(admin, period, Map.of("circumstance", "ASSISTED_VOLUNTARY_RETURN")));
    }
}
