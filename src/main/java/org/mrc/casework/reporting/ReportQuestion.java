package org.mrc.casework.reporting;

import java.time.YearMonth;
import java.util.List;

/**
 * What a report is asked, as the service takes it: typed, with nothing of HTTP. Null stands for "not given" (the
 * service applies the defaults). Whether the values make sense together, for this report and this caller, is the
 * service's to decide.
 *
 * @param from first month, inclusive
 * @param to last month, inclusive
 * @param granularity the time series' step, or null for the whole period as one
 * @param office the code of the office whose subtree is covered
 * @param dimensions the breakdown dimension names, in the order asked, each non-blank
 */
public record ReportQuestion(
        YearMonth from, YearMonth to, Granularity granularity, String office, List<String> dimensions) {

    public ReportQuestion {
        dimensions = List.copyOf(dimensions);
    }
}
