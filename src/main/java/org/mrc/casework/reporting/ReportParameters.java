package org.mrc.casework.reporting;

import java.util.List;

/** The parameters a report was produced with, echoed in the report. */
public record ReportParameters(
        String from, String to, Granularity granularity, String office, List<String> dimensions) {}
