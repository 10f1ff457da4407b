package org.mrc.casework.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production instance whose token check would be too weak. quarkus-oidc skips the audience
 * check when no audience is configured, which would let tokens minted for any other client of the same issuer
 * in; so an audience is mandatory outside development and tests.
 */
public class ProductionGuards {

    /** Runs before every other start-up observer (those that reach the database included): a config refusal first. */
    void requireAudience(
            @Observes @Priority(1) StartupEvent event,
            @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<List<String>> audience) {
        if (LaunchMode.current() == LaunchMode.NORMAL
                && audience.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("MRC_OIDC_AUDIENCE (quarkus.oidc.token.audience) must be set: "
                    + "without it tokens issued to other clients of the identity provider would be accepted");
        }
    }
}
