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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Families left behind against a hand-built dataset. Centre C has desk D below it; office X is elsewhere. Family
 * members have the role FAMILY_LEFT_BEHIND unless said otherwise; migrants do not. Snapshots are 2026-05-31 and
 * 2026-06-30. Expected counts are worked out by hand from this list:
 *
 * <pre>
 *   D: A1-A5 FEMALE 1980, each the parent of her own migrant MAi (MIGRATION since 2026-03-01, still abroad).
 *            A1-A3's links are stored on them (MAi is CHILD_OF Ai), A4-A5's on the migrant (Ai is PARENT_OF MAi):
 *            relation CHILD either way                                          -> May and June
 *   D: B1-B5 FEMALE 1980, spouses of MBi (MIGRATION 2026-03-01, RETURN 2026-06-30) -> May only (returned by June 30)
 *   D: C1-C5 MALE 2011-06-15, children of one migrant father MC (opened in MIGRATION 2026-02-01), links stored on
 *            MC (Ci is CHILD_OF MC): relation PARENT; 14 on May 31 (0-14), 15 on June 30 (15-24) -> May and June
 *   C: D1    FEMALE 1980, sibling of MD (PRE_DEPARTURE, TRANSIT 2026-06-20), link since 2026-06-30 -> June only
 *   C: D2    FEMALE 1980, sibling of MA1, link since 2026-07-01                          -> neither
 *   D: E1    FEMALE 1980, spouse of ME (MIGRATION since 2026-03-01), link 2026-01-01 until 2026-06-30 -> May only
 *   D: G1    FEMALE 1980, PROSPECTIVE_MIGRANT (not family left behind), spouse of MA2      -> neither
 *   D: H1    FEMALE 1980, spouse of MH (still in PRE_DEPARTURE)                           -> neither
 *   X: X1    FEMALE 1980, spouse of MX (MIGRATION since 2026-03-01)                       -> never under C
 *
 *   under C   May 31: 16 = CHILD 5 + SPOUSE 6 (B1-B5, E1) + PARENT 5; FEMALE 11, MALE 5; 35-49 11, 0-14 5
 *             June 30: 11 = CHILD 5 + PARENT 5 + SIBLING 1 (D1, migrant in TRANSIT); FEMALE 6, MALE 5;
 *             35-49 6, 15-24 5
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamiliesLeftBehindReportTest {

    private static final String FAMILY = "FAMILY_LEFT_BEHIND";

    private ReportFixtures.Offices offices;
    private String coordinator;

    @BeforeEach
    void buildDatasetOnce() {
        if (offices != null) {
            return;
        }
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        // the centre's coordinator may change records of the centre and of the desk below it
        coordinator = Tokens.staff("coordinator", o.centre());

        List<String> a = ReportFixtures.clients(5, o.desk(), "FEMALE", "1980-01-01", p -> p, FAMILY);
        List<String> ma = migrants(5, o.desk());
        for (int i = 0; i < 5; i++) {
            move(ma.get(i), journey(ma.get(i), "PRE_DEPARTURE", "2026-01-10"), "MIGRATION", "2026-03-01");
            if (i < 3) {
                link(a.get(i), ma.get(i), "CHILD_OF", null);
            } else {
                link(ma.get(i), a.get(i), "PARENT_OF", null);
            }
        }
        List<String> b = ReportFixtures.clients(5, o.desk(), "FEMALE", "1980-01-01", p -> p, FAMILY);
        List<String> mb = migrants(5, o.desk());
        for (int i = 0; i < 5; i++) {
            String episode = journey(mb.get(i), "PRE_DEPARTURE", "2026-01-10");
            move(mb.get(i), episode, "MIGRATION", "2026-03-01");
            EpisodeFixtures.moved(
                    coordinator,
                    mb.get(i),
                    episode,
                    EpisodeFixtures.returning("2026-06-30", "END_OF_CONTRACT", "COMPLETE"));
            link(b.get(i), mb.get(i), "SPOUSE", null);
        }
        String mc = migrants(1, o.desk()).get(0);
        journey(mc, "MIGRATION", "2026-02-01");
        for (String child : ReportFixtures.clients(5, o.desk(), "MALE", "2011-06-15", p -> p, FAMILY)) {
            link(mc, child, "CHILD_OF", null);
        }
        String md = migrants(1, o.centre()).get(0);
        move(md, journey(md, "PRE_DEPARTURE", "2026-01-10"), "TRANSIT", "2026-06-20");
        link(ReportFixtures.client(o.centre(), "FEMALE", "1980-01-01", FAMILY), md, "SIBLING", "2026-06-30");
        link(ReportFixtures.client(o.centre(), "FEMALE", "1980-01-01", FAMILY), ma.get(0), "SIBLING", "2026-07-01");
        String me = migrants(1, o.desk()).get(0);
        move(me, journey(me, "PRE_DEPARTURE", "2026-01-10"), "MIGRATION", "2026-03-01");
        String e1 = ReportFixtures.client(o.desk(), "FEMALE", "1980-01-01", FAMILY);
        String ended = link(e1, me, "SPOUSE", "2026-01-01");
        Api.as(coordinator)
                .header("If-Match", "\"0\"")
                .body(Map.of("until", "2026-06-30"))
                .post("/clients/" + e1 + "/household-links/" + ended + "/end")
                .then()
                .statusCode(200);
        link(ReportFixtures.client(o.desk(), "FEMALE", "1980-01-01", "PROSPECTIVE_MIGRANT"), ma.get(1), "SPOUSE", null);
        String mh = migrants(1, o.desk()).get(0);
        journey(mh, "PRE_DEPARTURE", "2026-01-10");
        link(ReportFixtures.client(o.desk(), "FEMALE", "1980-01-01", FAMILY), mh, "SPOUSE", null);

        String elsewhere = Tokens.staff("caseworker", o.elsewhere());
        String mx = migrants(1, o.elsewhere()).get(0);
        EpisodeFixtures.openId(elsewhere, mx, opening("MIGRATION", "2026-03-01"));
        HouseholdFixtures.linked(
                elsewhere,
                ReportFixtures.client(o.elsewhere(), "FEMALE", "1980-01-01", FAMILY),
                HouseholdFixtures.link(mx, "SPOUSE", "ELSEWHERE"));

        ReportFixtures.refresh();
        offices = o;
    }

    private static List<String> migrants(int n, String office) {
        return ReportFixtures.clients(n, office, "MALE", "1980-01-01", p -> p, "EMIGRANT_DIASPORA");
    }

    private static EpisodeFixtures.Opening opening(String phase, String on) {
        EpisodeFixtures.Opening body = EpisodeFixtures.labour(on);
        body.phase(MigrationPhase.valueOf(phase));
        return body;
    }

    private String journey(String client, String phase, String on) {
        return EpisodeFixtures.openId(coordinator, client, opening(phase, on));
    }

    private void move(String client, String episode, String phase, String on) {
        EpisodeFixtures.moved(coordinator, client, episode, EpisodeFixtures.move(phase, null, on));
    }

    /** Links {@code related} to {@code client} as {@code type} of them; returns the link id. */
    private String link(String client, String related, String type, String since) {
        HouseholdFixtures.Link body = HouseholdFixtures.link(related, type, "ELSEWHERE");
        if (since != null) {
            body.since(since);
        }
        return HouseholdFixtures.linked(coordinator, client, body).path("id");
    }

    private Map<String, String> mayAndJune(String office, String dimensions) {
        return Map.of(
                "office", office, "from", "2026-05", "to", "2026-06", "granularity", "MONTH", "dimensions", dimensions);
    }

    @Test
    void relationIsWhatTheMigrantIsToTheFamilyMemberWhicheverSideStoredTheLink() {
        JsonPath report = ReportFixtures.asAnalyst("families-left-behind", mayAndJune(offices.centre(), "relation"));

        assertEquals(5, count(cell(report, "2026-05", Map.of("relation", "CHILD"))));
        assertEquals(5, count(cell(report, "2026-05", Map.of("relation", "PARENT"))));
        assertEquals(6, count(cell(report, "2026-05", Map.of("relation", "SPOUSE"))));
        assertEquals(16, count(total(report, "2026-05", Map.of())));
        assertEquals(11, count(total(report, "2026-06", Map.of())));
    }

    @Test
    void theMigrantsReturnAndTheLinksDatesMovePeopleInAndOutOfMonthEnds() {
        JsonPath report = ReportFixtures.asAnalyst("families-left-behind", mayAndJune(offices.centre(), "sex"));

        // May: A1-A5, B1-B5, E1 women and C1-C5 boys
        assertEquals(11, count(cell(report, "2026-05", Map.of("sex", "FEMALE"))));
        assertEquals(5, count(cell(report, "2026-05", Map.of("sex", "MALE"))));
        // June 30: B1-B5's spouses came back that day, E1's link ended that day, D1's began that day
        assertEquals(6, count(cell(report, "2026-06", Map.of("sex", "FEMALE"))));
        assertEquals(5, count(cell(report, "2026-06", Map.of("sex", "MALE"))));

        JsonPath desk = ReportFixtures.asAnalyst("families-left-behind", mayAndJune(offices.desk(), "migrantPhase"));
        assertEquals(16, count(cell(desk, "2026-05", Map.of("migrantPhase", "MIGRATION"))));
        assertEquals(10, count(cell(desk, "2026-06", Map.of("migrantPhase", "MIGRATION"))));
        assertFalse(hasCell(desk, "2026-06", Map.of("migrantPhase", "TRANSIT")));
    }

    @Test
    void ageBandIsTheFamilyMembersOnTheSnapshotDay() {
        JsonPath report = ReportFixtures.asAnalyst("families-left-behind", mayAndJune(offices.centre(), "ageBand"));

        // C1-C5 turn 15 on 2026-06-15
        assertEquals(5, count(cell(report, "2026-05", Map.of("ageBand", "0-14"))));
        assertFalse(hasCell(report, "2026-05", Map.of("ageBand", "15-24")));
        assertEquals(5, count(cell(report, "2026-06", Map.of("ageBand", "15-24"))));
        assertFalse(hasCell(report, "2026-06", Map.of("ageBand", "0-14")));
        assertEquals(11, count(cell(report, "2026-05", Map.of("ageBand", "35-49"))));
        assertEquals(6, count(cell(report, "2026-06", Map.of("ageBand", "35-49"))));
    }

    /**
     * June 30 by relation: CHILD 5, PARENT 5, SIBLING 1 (D1). SIBLING is withheld; the grand total 11 would give it
     * away, so the smallest other cell is withheld too: CHILD and PARENT tie at 5 and CHILD comes first by value.
     */
    @Test
    void aSmallCellIsWithheldWithAComplementAndTheGrandTotalPublished() {
        JsonPath report = ReportFixtures.asAnalyst(
                "families-left-behind",
                Map.of("office", offices.centre(), "from", "2026-06", "to", "2026-06", "dimensions", "relation"));

        String period = "2026-06/2026-06";
        Map<String, Object> sibling = cell(report, period, Map.of("relation", "SIBLING"));
        assertEquals(true, sibling.get("suppressed"));
        assertNull(sibling.get("count"));
        assertEquals(true, cell(report, period, Map.of("relation", "CHILD")).get("suppressed"));
        assertEquals(5, count(cell(report, period, Map.of("relation", "PARENT"))));
        assertEquals(11, count(total(report, period, Map.of())));
        assertEquals(2, report.getInt("suppressedCells"));
    }
}
