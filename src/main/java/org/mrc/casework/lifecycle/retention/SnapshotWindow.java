package org.mrc.casework.lifecycle.retention;

import io.smallrye.config.ConfigMapping;

/**
 * The one reporting setting retention needs ({@code mrc.reporting.snapshot-months}, {@code MRC_REPORT_SNAPSHOT_MONTHS}):
 * how many month ends the report rollups keep, read here without depending on the reporting feature.
 */
@ConfigMapping(prefix = "mrc.reporting")
public interface SnapshotWindow {

    int snapshotMonths();
}
