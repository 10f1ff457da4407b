package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a report period is labelled and which month ends stock reports read, worked out by hand per granularity. */
class PeriodTest {

    private static YearMonth ym(String value) {
        return YearMonth.parse(value);
    }

    private static List<YearMonth> yms(String... values) {
        return Arrays.stream(values).map(YearMonth::parse).toList();
    }

    @Test
    void withoutGranularityTheWholePeriodIsOneLabelledFromTo() {
        Period period = new Period(ym("2026-02"), ym("2026-07"), null);

        assertEquals("2026-02/2026-07", period.labelOf(ym("2026-02")));
        assertEquals("2026-02/2026-07", period.labelOf(ym("2026-05")));
        assertEquals(6, period.months().size());
        assertEquals(yms("2026-07"), period.snapshotMonths());
    }

    @Test
    void monthlyPeriodsAreLabelledByMonthAndEveryMonthEndIsASnapshot() {
        Period period = new Period(ym("2025-12"), ym("2026-02"), Granularity.MONTH);

        assertEquals("2025-12", period.labelOf(ym("2025-12")));
        assertEquals("2026-01", period.labelOf(ym("2026-01")));
        assertEquals(yms("2025-12", "2026-01", "2026-02"), period.months());
        assertEquals(yms("2025-12", "2026-01", "2026-02"), period.snapshotMonths());
    }

    @Test
    void quartersAreLabelledByCalendarQuarter() {
        Period period = new Period(ym("2026-01"), ym("2026-12"), Granularity.QUARTER);

        assertEquals("2026-Q1", period.labelOf(ym("2026-01")));
        assertEquals("2026-Q1", period.labelOf(ym("2026-03")));
        assertEquals("2026-Q2", period.labelOf(ym("2026-04")));
        assertEquals("2026-Q3", period.labelOf(ym("2026-09")));
        assertEquals("2026-Q4", period.labelOf(ym("2026-10")));
        assertEquals("2026-Q4", period.labelOf(ym("2026-12")));
        assertEquals(yms("2026-03", "2026-06", "2026-09", "2026-12"), period.snapshotMonths());
    }

    @Test
    void aQuarterCutByThePeriodEdgesKeepsItsLabelAndEndsAtTheEdge() {
        // February-March is Q1 cut at its start, April-June Q2 whole, July Q3 cut at its end
        Period period = new Period(ym("2026-02"), ym("2026-07"), Granularity.QUARTER);

        assertEquals("2026-Q1", period.labelOf(ym("2026-02")));
        assertEquals("2026-Q3", period.labelOf(ym("2026-07")));
        assertEquals(yms("2026-03", "2026-06", "2026-07"), period.snapshotMonths());
    }

    @Test
    void yearsAreLabelledByYearAndAYearCutByThePeriodEndsAtItsEdge() {
        Period period = new Period(ym("2025-11"), ym("2027-02"), Granularity.YEAR);

        assertEquals("2025", period.labelOf(ym("2025-11")));
        assertEquals("2026", period.labelOf(ym("2026-01")));
        assertEquals("2027", period.labelOf(ym("2027-02")));
        assertEquals(16, period.months().size());
        assertEquals(yms("2025-12", "2026-12", "2027-02"), period.snapshotMonths());
    }

    @Test
    void aPeriodOfOneMonthHasOneSnapshotWhateverTheGranularity() {
        for (Granularity granularity : Granularity.values()) {
            Period period = new Period(ym("2026-05"), ym("2026-05"), granularity);

            assertEquals(yms("2026-05"), period.months());
            assertEquals(yms("2026-05"), period.snapshotMonths());
        }
        assertEquals("2026-05/2026-05", new Period(ym("2026-05"), ym("2026-05"), null).labelOf(ym("2026-05")));
    }
}
