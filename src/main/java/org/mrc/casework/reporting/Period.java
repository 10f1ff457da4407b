package org.mrc.casework.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A report period: whole months {@code from}..{@code to} (inclusive), optionally split by a granularity. Periods are
 * labelled {@code 2026-03}, {@code 2026-Q1}, {@code 2026}, or {@code 2026-01/2026-06} for the whole period; a quarter
 * or year cut by the period's edges keeps its label and covers only the months inside the period.
 */
record Period(YearMonth from, YearMonth to, Granularity granularity) {

    /** The label of the period a month belongs to. */
    String labelOf(YearMonth month) {
        if (granularity == null) {
            return from + "/" + to;
        }
        return switch (granularity) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(month.getYear());
        };
    }

    /** Every month of the period. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The month whose end is each period's snapshot date (stock figures): the last month of each period. */
    List<YearMonth> snapshotMonths() {
        List<YearMonth> ends = new ArrayList<>();
        List<YearMonth> months = months();
        for (int i = 0; i < months.size(); i++) {
            boolean last = i == months.size() - 1;
            if (last || !labelOf(months.get(i)).equals(labelOf(months.get(i + 1)))) {
                ends.add(months.get(i));
            }
        }
        return ends;
    }
}
