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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.referral.ReferralOutcome;
import org.mrc.casework.referral.ReferralRequests;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ReferralFixtures.Setup;

/**
 * Referral uptake against a hand-built dataset. Centre C has desk D below it; office X is elsewhere. P1 (an NGO)
 * offers LANGUAGE_COURSE (category LANGUAGE), P2 (an NGO) LEGAL_AID (LEGAL). Clients c1 and c2 (FEMALE) belong to D,
 * c3 (MALE) to C; each consented to sharing with NGOs. A referral counts in the month it was created and for the
 * client's office; every referral here is created now, so only the current month has figures (the API cannot
 * backdate a referral). Partners answer within the hour, so every duration falls in the first bucket (up to 1 h).
 *
 * <pre>
 *   P1  #1-#5  c1 x3, c2 x2: requested, accepted, in progress, completed (DELIVERED)
 *       #6-#7  c3: requested, rejected (NO_CAPACITY)
 *       #8     c3: requested, accepted, cancelled by the referrer (CLIENT_DECLINED)
 *       #9     c3: requested, accepted, in progress
 *       #10    c3: draft, never sent
 *   P2  #11    c1: requested, received, accepted, in progress, completed (PARTLY_DELIVERED)
 *       #12-#15 c1 x2, c2 x2: requested, received
 *   X   one referral of an X client to P1, requested and accepted (never under C)
 *
 *   under C, this month: 15 referrals; office D 10, C 5; FEMALE 10, MALE 5
 *     P1: 10; ever accepted 7 (#1-#5, #8, #9), rejected 2 -> acceptance 7/9 = 0.778, completion 5/7 = 0.714;
 *         first responses 9 (#1-#9) and completions 5, all within 1 h -> median and p90 1 h
 *     P2: 5; accepted 1, rejected 0 -> acceptance and completion over fewer than 5: null;
 *         first responses 5 -> median and p90 1 h; completions 1 -> null
 *     all: accepted 8, rejected 2 -> 0.8; completion 6/8 = 0.75; first responses 14, completions 6 -> 1 h
 *     by status: completed 6, received 4, rejected 2, cancelled 1, in-progress 1, draft 1
 *     by outcome: NONE 9, DELIVERED 5, PARTLY_DELIVERED 1
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralsReportTest {

    /** Rates are rounded to 3 decimals by the service; JsonPath reads them back as floats. */
    private static final double RATE_PRECISION = 1e-6;

    private ReportFixtures.Offices offices;
    private String p1Name;
    private String p2Name;
    private String thisMonth;

    @BeforeEach
    void buildDatasetOnce() {
        if (offices != null) {
            return;
        }
        ReportFixtures.Offices o = ReportFixtures.Offices.open();
        String[] p1 = partner("LANGUAGE_COURSE");
        String[] p2 = partner("LEGAL_AID");
        String c1 = consenting(o.desk(), "FEMALE");
        String c2 = consenting(o.desk(), "FEMALE");
        String c3 = consenting(o.centre(), "MALE");
        Setup c1p1 = new Setup(o.desk(), c1, p1[0], p1[2]);
        Setup c2p1 = new Setup(o.desk(), c2, p1[0], p1[2]);
        Setup c3p1 = new Setup(o.centre(), c3, p1[0], p1[2]);
        Setup c1p2 = new Setup(o.desk(), c1, p2[0], p2[2]);
        Setup c2p2 = new Setup(o.desk(), c2, p2[0], p2[2]);

        for (Setup s : List.of(c1p1, c1p1, c1p1, c2p1, c2p1)) {
            String referral = sent(s);
            partner(s, referral, 1, ReferralFixtures.move("accepted"));
            partner(s, referral, 2, ReferralFixtures.move("in-progress"));
            partner(s, referral, 3, completed("DELIVERED"));
        }
        for (int i = 0; i < 2; i++) {
            partner(c3p1, sent(c3p1), 1, ReferralFixtures.move("rejected", "NO_CAPACITY"));
        }
        String cancelled = sent(c3p1);
        partner(c3p1, cancelled, 1, ReferralFixtures.move("accepted"));
        ReferralFixtures.staffMove(c3p1, cancelled, 2, ReferralFixtures.move("cancelled", "CLIENT_DECLINED"))
                .then()
                .statusCode(200);
        String started = sent(c3p1);
        partner(c3p1, started, 1, ReferralFixtures.move("accepted"));
        partner(c3p1, started, 2, ReferralFixtures.move("in-progress"));
        ReferralFixtures.draft(c3p1, "IDENTITY");

        String partly = sent(c1p2);
        partner(c1p2, partly, 1, ReferralFixtures.move("received"));
        partner(c1p2, partly, 2, ReferralFixtures.move("accepted"));
        partner(c1p2, partly, 3, ReferralFixtures.move("in-progress"));
        partner(c1p2, partly, 4, completed("PARTLY_DELIVERED"));
        for (Setup s : List.of(c1p2, c1p2, c2p2, c2p2)) {
            partner(s, sent(s), 1, ReferralFixtures.move("received"));
        }

        Setup elsewhere = new Setup(o.elsewhere(), consenting(o.elsewhere(), "FEMALE"), p1[0], p1[2]);
        partner(elsewhere, sent(elsewhere), 1, ReferralFixtures.move("accepted"));

        ReportFixtures.refresh();
        // the service reckons months in UTC
        thisMonth = YearMonth.now(ZoneOffset.UTC).toString();
        p1Name = p1[1];
        p2Name = p2[1];
        offices = o;
    }

    /** A partner NGO offering {@code serviceType}: {@code [id, name, offering id]}. */
    private static String[] partner(String serviceType) {
        String name = "Report partner " + UUID.randomUUID().toString().substring(0, 8);
        String id = Api.asAdmin()
                .body(DirectoryFixtures.partner(name, "NGO"))
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String location = DirectoryFixtures.addLocation(id, DirectoryFixtures.uniqueLocality());
        return new String[] {id, name, DirectoryFixtures.offer(serviceType, id, location, "tl")};
    }

    /** A client of {@code office} who consented to sharing their identity with NGOs. */
    private static String consenting(String office, String sex) {
        String client = ReportFixtures.client(office, sex, "1990-01-01");
        ConsentFixtures.record(office, client, ConsentFixtures.sharingWithType("NGO", "IDENTITY"));
        return client;
    }

    /** A referral drafted and sent by the client's office (version 1). */
    private static String sent(Setup s) {
        String referral = ReferralFixtures.draft(s, "IDENTITY");
        ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);
        return referral;
    }

    private static void partner(Setup s, String referral, long version, ReferralFixtures.Move move) {
        ReferralFixtures.partnerMove(s.partnerToken(), referral, version, move)
                .then()
                .statusCode(200);
    }

    private static ReferralFixtures.Move completed(String result) {
        ReferralFixtures.Move move = ReferralFixtures.move("completed");
        move.outcome(new ReferralRequests.OutcomeReport(
                ReferralOutcome.valueOf(result), LocalDate.now(), "Course attended"));
        return move;
    }

    private Map<String, String> parameters(String office, String dimensions) {
        Map<String, String> parameters = new HashMap<>(Map.of("office", office, "from", thisMonth, "to", thisMonth));
        if (dimensions != null) {
            parameters.put("dimensions", dimensions);
        }
        return parameters;
    }

    private String period() {
        return thisMonth + "/" + thisMonth;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measures(Map<String, Object> row) {
        return (Map<String, Object>) row.get("measures");
    }

    private static double rate(Map<String, Object> row, String measure) {
        return ((Number) measures(row).get(measure)).doubleValue();
    }

    @Test
    void referralsCountInTheMonthTheyWereCreatedForTheReferringOfficeSubtree() {
        String previous = YearMonth.parse(thisMonth).minusMonths(1).toString();
        JsonPath report = ReportFixtures.asAnalyst(
                "referrals",
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
                        "office"));

        assertEquals(10, count(cell(report, thisMonth, Map.of("office", offices.desk()))));
        assertEquals(5, count(cell(report, thisMonth, Map.of("office", offices.centre()))));
        assertFalse(hasCell(report, thisMonth, Map.of("office", offices.elsewhere())));
        assertFalse(hasCell(report, previous, Map.of("office", offices.desk())));
        assertEquals(15, count(total(report, thisMonth, Map.of())));

        JsonPath bySex = ReportFixtures.asAnalyst("referrals", parameters(offices.centre(), "sex"));
        assertEquals(10, count(cell(bySex, period(), Map.of("sex", "FEMALE"))));
        assertEquals(5, count(cell(bySex, period(), Map.of("sex", "MALE"))));
    }

    @Test
    void acceptanceAndCompletionRatesCountEveryReferralEverAcceptedAndAreWithheldBelowTheThreshold() {
        JsonPath report = ReportFixtures.asAnalyst("referrals", parameters(offices.centre(), "partner"));

        Map<String, Object> first = cell(report, period(), Map.of("partner", p1Name));
        assertEquals(10, count(first));
        assertEquals(0.778, rate(first, "acceptanceRate"), RATE_PRECISION);
        assertEquals(0.714, rate(first, "completionRate"), RATE_PRECISION);

        Map<String, Object> second = cell(report, period(), Map.of("partner", p2Name));
        assertEquals(5, count(second));
        assertTrue(measures(second).containsKey("acceptanceRate"));
        assertNull(measures(second).get("acceptanceRate"));
        assertNull(measures(second).get("completionRate"));

        Map<String, Object> all = total(report, period(), Map.of());
        assertEquals(15, count(all));
        assertEquals(0.8, rate(all, "acceptanceRate"), RATE_PRECISION);
        assertEquals(0.75, rate(all, "completionRate"), RATE_PRECISION);
    }

    @Test
    void responseTimesAreBucketUpperBoundsGivenFromFiveDurationsOn() {
        JsonPath report = ReportFixtures.asAnalyst("referrals", parameters(offices.centre(), "partner"));

        Map<String, Object> first = measures(cell(report, period(), Map.of("partner", p1Name)));
        assertEquals(1, first.get("medianHoursToFirstResponse"));
        assertEquals(1, first.get("p90HoursToFirstResponse"));
        assertEquals(1, first.get("medianHoursToCompletion"));
        assertEquals(1, first.get("p90HoursToCompletion"));

        // P2: five first responses, one completion
        Map<String, Object> second = measures(cell(report, period(), Map.of("partner", p2Name)));
        assertEquals(1, second.get("medianHoursToFirstResponse"));
        assertEquals(1, second.get("p90HoursToFirstResponse"));
        assertTrue(second.containsKey("medianHoursToCompletion"));
        assertNull(second.get("medianHoursToCompletion"));
        assertNull(second.get("p90HoursToCompletion"));

        Map<String, Object> all = measures(total(report, period(), Map.of()));
        assertEquals(1, all.get("medianHoursToCompletion"));
    }

    @Test
    void aBreakdownByStatusGivesRatesButNoResponseTimes() {
        JsonPath report = ReportFixtures.asAnalyst("referrals", parameters(offices.centre(), "status"));

        // every status but completed (#1-#5, #11) has fewer than 5: they protect one another, no complement needed
        Map<String, Object> completed = cell(report, period(), Map.of("status", "completed"));
        assertEquals(6, count(completed));
        assertEquals(1.0, rate(completed, "acceptanceRate"), RATE_PRECISION);
        assertEquals(1.0, rate(completed, "completionRate"), RATE_PRECISION);
        assertFalse(measures(completed).containsKey("medianHoursToFirstResponse"));
        assertFalse(measures(completed).containsKey("p90HoursToCompletion"));
        assertEquals(true, cell(report, period(), Map.of("status", "received")).get("suppressed"));
        assertEquals(
                true, cell(report, period(), Map.of("status", "in-progress")).get("suppressed"));
        assertEquals(15, count(total(report, period(), Map.of())));
        assertFalse(measures(total(report, period(), Map.of())).containsKey("medianHoursToCompletion"));
    }

    @Test
    void serviceTypeAndCategoryComeFromTheOfferingAndTheCatalogue() {
        JsonPath report = ReportFixtures.asAnalyst("referrals", parameters(offices.centre(), "serviceType,category"));

        assertEquals(
                10, count(cell(report, period(), Map.of("serviceType", "LANGUAGE_COURSE", "category", "LANGUAGE"))));
        assertEquals(5, count(cell(report, period(), Map.of("serviceType", "LEGAL_AID", "category", "LEGAL"))));
    }

    /**
     * By outcome: NONE 9, DELIVERED 5, PARTLY_DELIVERED 1 (#11). PARTLY_DELIVERED is withheld; the grand total 15
     * would give it away, so the smallest other cell, DELIVERED, is withheld as its complement.
     */
    @Test
    void aSmallCellIsWithheldWithAComplementAndTheGrandTotalPublished() {
        JsonPath report = ReportFixtures.asAnalyst("referrals", parameters(offices.centre(), "outcome"));

        Map<String, Object> partly = cell(report, period(), Map.of("outcome", "PARTLY_DELIVERED"));
        assertEquals(true, partly.get("suppressed"));
        assertNull(partly.get("count"));
        assertEquals(Map.of(), partly.get("measures"));
        assertEquals(
                true, cell(report, period(), Map.of("outcome", "DELIVERED")).get("suppressed"));
        assertEquals(9, count(cell(report, period(), Map.of("outcome", "NONE"))));
        assertEquals(15, count(total(report, period(), Map.of())));
        assertEquals(2, report.getInt("suppressedCells"));
    }
}
