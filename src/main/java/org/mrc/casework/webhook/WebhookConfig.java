package org.mrc.casework.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook settings ({@code mrc.webhooks.*}); the README lists the environment variables. */
@ConfigMapping(prefix = "mrc.webhooks")
public interface WebhookConfig {

    /** Base URL receivers use to read a resource named in an event (the service's public address). */
    String publicBaseUrl();

    /** Key the signing secrets are encrypted under at rest (any string; a SHA-256 of it is the AES key). */
    String secretKey();

    /** Whether subscription URLs may use plain http (local runs and tests only; production requires https). */
    @WithDefault("false")
    boolean allowHttp();

    /** Whether targets on the loopback interface are allowed (local runs and tests only). */
    @WithDefault("false")
    boolean allowLoopback();

    /**
     * Private, link-local and other non-public ranges (CIDR) that targets may nevertheless resolve into, for a
     * deployment whose internal systems live there. Empty by default: such targets are refused.
     */
    Optional<List<String>> allowedPrivateRanges();

    /** How long the previous secret stays valid (and signs alongside the new one) after a rotation. */
    Duration rotationGracePeriod();

    Dispatch dispatch();

    Retry retry();

    interface Dispatch {
        /** Whether this instance runs the dispatcher. */
        boolean enabled();

        /** How often an idle dispatcher looks for due deliveries (a commit on this instance wakes it at once). */
        @WithDefault("1S")
        Duration pollInterval();

        /** How long a claimed delivery is reserved for its instance; after that another may claim it again. */
        @WithDefault("60S")
        Duration lease();

        /** Most deliveries (at most one per subscription) sent at once by one instance. */
        @WithDefault("16")
        int batchSize();

        @WithDefault("5S")
        Duration connectTimeout();

        @WithDefault("10S")
        Duration requestTimeout();
    }

    interface Retry {
        /** Delay before the second attempt; doubles for each further attempt, with jitter. */
        @WithDefault("5S")
        Duration initialDelay();

        /** Largest delay between two attempts. */
        @WithDefault("1H")
        Duration maxDelay();

        /**
         * A delivery still failing this long after its first attempt is given up and its subscription disabled (at
         * least 24 hours in production).
         */
        Duration giveUpAfter();
    }
}
