package org.mrc.casework.reporting;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One cell (or total) of a report. A withheld cell has {@code suppressed = true}, no count and no figures.
 *
 * @param period the period label (2026-03, 2026-Q1, 2026, or 2026-01/2026-06 for the whole period)
 * @param dimensions the breakdown values; a total names only the dimension it totals (none for the grand total),
 *     besides the implicit one (movement, indicator), which every cell and total carries
 */
public record ReportCell(
        String period,

        @Schema(example = "{\"sex\": \"FEMALE\", \"phase\": \"MIGRATION\"}")
        Map<String, String> dimensions,

        @Schema(description = "null when suppressed") Long count,
        boolean suppressed,

        @Schema(description = "Report-specific figures (rates, shares, hours); null below the threshold")
        Map<String, Number> measures) {}
