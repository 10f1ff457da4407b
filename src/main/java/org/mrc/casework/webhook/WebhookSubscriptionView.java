package org.mrc.casework.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/** A subscription as its owner sees it; the secret is never in it. */
@Schema(name = "WebhookSubscription")
public record WebhookSubscriptionView(
        UUID id,
        String url,
        String description,
        List<WebhookEventType> eventTypes,

        @Schema(description = "Whether events are being sent")
        boolean active,

        @Schema(description = "Why the service switched the subscription off (persistent delivery failure), if it did")
        String disabledReason,

        Instant disabledAt,

        @Schema(description = "Until when the previous secret still signs, after a rotation")
        Instant previousSecretValidUntil,

        Instant createdAt,
        Instant updatedAt,
        Long version)
        implements Identified, Versioned {}
