package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which breakdowns the breakdown copy answers (sex alone, one or two other dimensions), and which it leaves to the rollup. */
class BreakdownCopyTest {

    private static List<Dimension> of(Report report, String... names) {
        List<Dimension> breakdown = new java.util.ArrayList<>();
        if (report.implicit() != null) {
            breakdown.add(report.implicit());
        }
        for (String name : names) {
            breakdown.add(report.dimensions().get(name));
        }
        return breakdown;
    }

    @Test
    void sexOfficeAndTheImplicitDimensionAloneReadTheSexRows() {
        assertEquals(Optional.of("sex"), BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD)));
        assertEquals(Optional.of("sex"), BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "sex")));
        assertEquals(Optional.of("sex"), BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "office", "sex")));
        assertEquals(Optional.of("sex"), BreakdownCopy.rowsFor(Report.MOVEMENTS, of(Report.MOVEMENTS)));
    }

    @Test
    void oneOtherDimensionReadsItsOwnRowsWithOrWithoutSexAndOffice() {
        assertEquals(
                Optional.of("nationality"),
                BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "nationality", "sex", "office")));
        assertEquals(Optional.of("partner"), BreakdownCopy.rowsFor(Report.REFERRALS, of(Report.REFERRALS, "partner")));
        assertEquals(
                Optional.of("circumstance"),
                BreakdownCopy.rowsFor(Report.RETURNEES, of(Report.RETURNEES, "circumstance", "sex")));
    }

    @Test
    void twoOtherDimensionsReadTheirPairsRowsInDefinitionOrder() {
        assertEquals(
                Optional.of("role+nationality"),
                BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "role", "nationality")));
        assertEquals(
                Optional.of("role+nationality"),
                BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "nationality", "role")));
        assertEquals(
                Optional.of("partner+status"),
                BreakdownCopy.rowsFor(Report.REFERRALS, of(Report.REFERRALS, "status", "partner", "sex")));
        assertEquals(
                Optional.of("serviceType+provider"),
                BreakdownCopy.rowsFor(
                        Report.SERVICES_DELIVERED, of(Report.SERVICES_DELIVERED, "provider", "office", "serviceType")));
    }

    @Test
    void sensitiveDimensionsAndTheOfficesSideReadTheCopyToo() {
        assertEquals(
                Optional.of("administrativeStatus"),
                BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "administrativeStatus")));
        assertEquals(
                Optional.of("nationality+vulnerability"),
                BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "vulnerability", "office", "nationality")));
        // the side an office serves is read from the office column every row carries
        assertEquals(
                Optional.of(BreakdownCopy.SEX_ONLY),
                BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "territorySide", "sex")));
        assertEquals(
                Optional.of("phase"),
                BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "territorySide", "phase")));
    }

    @Test
    void threeOtherDimensionsAreLeftToTheRollup() {
        assertEquals(
                Optional.empty(),
                BreakdownCopy.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "role", "nationality", "phase")));
        assertEquals(
                Optional.empty(),
                BreakdownCopy.rowsFor(
                        Report.SERVICES_DELIVERED,
                        of(Report.SERVICES_DELIVERED, "serviceType", "provider", "ageBand")));
    }

    @Test
    void theCopyHoldsEveryDimensionButSexAndTheOfficeKeyedOnes() {
        for (Report report : Report.values()) {
            for (Dimension dimension : report.dimensions().values()) {
                boolean copied = BreakdownCopy.copied(report).contains(dimension);
                boolean expected = !dimension.name().equals("sex")
                        && !List.of("office", "territorySide").contains(dimension.name());
                assertEquals(expected, copied, report + " " + dimension.name());
            }
            assertFalse(BreakdownCopy.copied(report).contains(report.implicit()), report.name());
            int n = BreakdownCopy.copied(report).size();
            assertEquals(1 + n + n * (n - 1) / 2, BreakdownCopy.rowKinds(report).size(), report.name());
            for (String kind : BreakdownCopy.rowKinds(report)) {
                List<Dimension> dimensions = BreakdownCopy.dimensionsOf(report, kind);
                List<Dimension> breakdown = new java.util.ArrayList<>(dimensions);
                if (report.implicit() != null) {
                    breakdown.add(0, report.implicit());
                }
                assertEquals(Optional.of(kind), BreakdownCopy.rowsFor(report, breakdown), report + " " + kind);
            }
        }
        assertTrue(BreakdownCopy.copied(Report.SKILLS_RECOGNITION).size() > 1);
    }

    @Test
    void aKindOfRowsTheReportDoesNotHaveIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> BreakdownCopy.dimensionsOf(Report.CASELOAD, "phase+partner"));
        assertThrows(IllegalArgumentException.class, () -> BreakdownCopy.dimensionsOf(Report.CASELOAD, "office"));
    }
}
