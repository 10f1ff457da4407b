package org.mrc.casework.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Reporting settings ({@code mrc.reporting.*}). */
@ConfigMapping(prefix = "mrc.reporting")
public interface ReportingConfig {

    /** Cells with a count from 1 to threshold - 1 are withheld. */
    @WithDefault("5")
    int threshold();

    /**
     * Whether analysts may break reports down by dimensions built from S2 data (administrative status,
     * vulnerability markers, deportation as a return circumstance). Off unless the data-protection officer agrees.
     */
    @WithDefault("false")
    boolean sensitiveDimensions();

    /**
     * How often the rollups are rebuilt whole (read by the schedule in {@link ReportRefresh}; "off" disables it).
     * Between rebuilds, {@link #changesInterval()} keeps them up to date.
     */
    @WithDefault("24h")
    String refreshInterval();

    /**
     * How often the changes since the last round are applied to the rollups ("off" disables it): a write shows in
     * reports at the latest one interval plus one round after it commits.
     */
    @WithDefault("15s")
    String changesInterval();

    /** How long after start the first scheduled rebuild runs. */
    @WithDefault("5s")
    String refreshDelay();

    /**
     * How many reports are computed at once; more wait (see {@link #queueWait()}). Keep it below the connection pool
     * ({@code MRC_DB_POOL_SIZE}, or {@code MRC_REPORT_DB_POOL_SIZE} with a replica) so case work keeps connections.
     */
    @WithDefault("8")
    int concurrency();

    /** How long a report waits for one of the {@link #concurrency()} slots before a 503 report-busy. */
    @WithDefault("10s")
    Duration queueWait();

    /** How many month ends of stock figures (caseload, families, skills) the rollups keep, this month included. */
    @WithDefault("36")
    int snapshotMonths();
}
