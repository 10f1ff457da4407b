package org.mrc.casework.shared.idempotency;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Idempotency settings ({@code mrc.idempotency.*}); defaults in application.properties beside their variables. */
@ConfigMapping(prefix = "mrc.idempotency")
public interface IdempotencyConfig {

    /** How long keys are remembered ({@code MRC_IDEMPOTENCY_RETENTION}). */
    Duration retention();

    /** How often expired keys are purged ({@code MRC_IDEMPOTENCY_PURGE_INTERVAL}; also read by the schedule). */
    Duration purgeInterval();
}
