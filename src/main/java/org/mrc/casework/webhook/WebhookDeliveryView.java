package org.mrc.casework.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an event to a subscription, with its attempts (the delivery log; no bodies). */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(
        UUID id,

        @Schema(description = "The webhook-id header: the same for every attempt and replay of the event")
        UUID eventId,

        WebhookEventType eventType,
        DeliveryState state,

        @Schema(description = "Whether the delivery was asked for as a replay")
        boolean replay,

        int attempts,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant createdAt,
        List<Attempt> log) {

    @Schema(name = "WebhookAttempt")
    public record Attempt(
            int attempt,
            Instant at,

            @Schema(description = "HTTP status of the receiver's answer; absent when none came")
            Integer status,

            @Schema(description = "Why the attempt failed: http-status, timeout, connection, refused-address, ...")
            String error,

            @Schema(description = "Time from sending to the answer (or failure), in milliseconds")
            int latencyMs) {}
}
