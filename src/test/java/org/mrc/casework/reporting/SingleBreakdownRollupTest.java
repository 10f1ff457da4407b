package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which breakdowns the single-breakdown copy answers, and which it must leave to the rollup. */
class SingleBreakdownRollupTest {

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
        assertEquals(Optional.of("sex"), SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD)));
        assertEquals(Optional.of("sex"), SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "sex")));
        assertEquals(
                Optional.of("sex"),
                SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "office", "sex")));
        assertEquals(Optional.of("sex"), SingleBreakdownRollup.rowsFor(Report.MOVEMENTS, of(Report.MOVEMENTS)));
    }

    @Test
    void oneOtherDimensionReadsItsOwnRowsWithOrWithoutSexAndOffice() {
        assertEquals(
                Optional.of("nationality"),
                SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "nationality", "sex", "office")));
        assertEquals(
                Optional.of("partner"),
                SingleBreakdownRollup.rowsFor(Report.REFERRALS, of(Report.REFERRALS, "partner")));
        assertEquals(
                Optional.of("circumstance"),
                SingleBreakdownRollup.rowsFor(Report.RETURNEES, of(Report.RETURNEES, "circumstance", "sex")));
    }

    @Test
    void twoOtherDimensionsOrASensitiveOneAreLeftToTheRollup() {
        assertEquals(
                Optional.empty(),
                SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "role", "nationality")));
        assertEquals(
                Optional.empty(),
                SingleBreakdownRollup.rowsFor(Report.REFERRALS, of(Report.REFERRALS, "partner", "status", "sex")));
        assertEquals(
                Optional.empty(),
                SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "administrativeStatus")));
        // the side an office serves is read from the office column every row carries
        assertEquals(
                Optional.of(SingleBreakdownRollup.SEX_ONLY),
                SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "territorySide", "sex")));
        assertEquals(
                Optional.of("phase"),
                SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "territorySide", "phase")));
        assertEquals(
                Optional.empty(),
                SingleBreakdownRollup.rowsFor(Report.CASELOAD, of(Report.CASELOAD, "vulnerability", "sex")));
    }

    @Test
    void theCopyHoldsEveryDimensionButSexTheOfficeKeyedAndTheSensitiveOnes() {
        for (Report report : Report.values()) {
            for (Dimension dimension : report.dimensions().values()) {
                boolean copied = SingleBreakdownRollup.copied(report).contains(dimension);
                boolean expected = !dimension.sensitive()
                        && !dimension.name().equals("sex")
                        && !List.of("office", "territorySide").contains(dimension.name());
                assertEquals(expected, copied, report + " " + dimension.name());
            }
            assertFalse(SingleBreakdownRollup.copied(report).contains(report.implicit()), report.name());
        }
        assertTrue(SingleBreakdownRollup.copied(Report.SKILLS_RECOGNITION).size() > 1);
    }
}
