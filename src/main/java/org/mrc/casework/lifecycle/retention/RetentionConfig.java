package org.mrc.casework.lifecycle.retention;

import io.smallrye.config.ConfigMapping;

/** Retention job settings ({@code mrc.retention.*}); defaults in application.properties beside their variables. */
@ConfigMapping(prefix = "mrc.retention")
public interface RetentionConfig {

    /** How often the job runs, or "off" ({@code MRC_RETENTION_INTERVAL}; also read by the schedule). */
    String interval();

    /** How long after start-up the first run begins ({@code MRC_RETENTION_DELAY}; read by the schedule). */
    String delay();

    /** Clients per batch transaction ({@code MRC_RETENTION_BATCH_SIZE}). */
    int batchSize();
}
