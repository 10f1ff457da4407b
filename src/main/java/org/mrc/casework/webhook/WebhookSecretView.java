package org.mrc.casework.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A subscription with its signing secret: returned once, when the subscription is created or its secret rotated.
 * The service cannot show the secret again.
 */
@Schema(name = "WebhookSubscriptionWithSecret")
public record WebhookSecretView(
        @Schema(description = "The subscription") WebhookSubscriptionView subscription,

        @Schema(description = "The signing secret (whsec_ + base64); store it now, it is not shown again")
        String secret,

        @Schema(description = "After a rotation: until when deliveries are also signed with the previous secret")
        Instant previousSecretValidUntil)
        implements Identified, Versioned {

    @Override
    public UUID id() {
        return subscription.id();
    }

    @Override
    public Long version() {
        return subscription.version();
    }
}
