package org.mrc.casework.reporting;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An aggregate report: cells per period and breakdown, their totals, which of them were withheld and at what
 * threshold. Nothing in it names or identifies a client.
 *
 * @param dimensions the breakdown of every cell, in order (an implicit one such as movement first)
 * @param dataAsOf when the rollup the figures come from was last recomputed
 * @param suppressedCells how many cells and totals were withheld
 */
public record ReportView(
        String report,
        String unit,
        String note,
        ReportParameters parameters,
        List<String> dimensions,
        Instant generatedAt,
        Instant dataAsOf,

        @Schema(
                description = "Counts from 1 to threshold - 1 are withheld, with enough others that none can be"
                        + " recomputed from the totals")
        int threshold,

        int suppressedCells,
        List<ReportCell> cells,
        List<ReportCell> totals) {}
