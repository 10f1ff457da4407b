package org.mrc.casework.privacy;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Settings of out-of-scope access to client records ({@code mrc.access.*}). */
@ConfigMapping(prefix = "mrc.access")
public interface AccessConfig {

    /**
     * The fewest characters the free-text part of an {@code X-Access-Reason} may have: long enough that a
     * justification says something a reviewer can check ("client at our desk for legal aid"), not "x" or "ok".
     */
    @Min(1)
    @Max(AccessReason.MAX_TEXT_LENGTH)
    int reasonMinLength();
}
