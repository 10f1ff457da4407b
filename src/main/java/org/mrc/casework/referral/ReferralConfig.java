package org.mrc.casework.referral;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Referral settings ({@code mrc.referral.*}); defaults in application.properties beside their variables. */
@ConfigMapping(prefix = "mrc.referral")
public interface ReferralConfig {

    /** How often the expiry job runs ({@code MRC_REFERRAL_EXPIRY_INTERVAL}; also read by the schedule). */
    Duration expiryInterval();
}
