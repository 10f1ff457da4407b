package org.mrc.casework.webhook;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What callers send to manage subscriptions and ask for replays. */
public final class WebhookRequests {

    private WebhookRequests() {}

    @Schema(name = "WebhookSubscriptionTerms")
    public record Subscription(
            @Schema(
                    description = "Where events are POSTed: https (plain http and loopback only where configured);"
                            + " a host resolving to a private or reserved address is refused")
            @NotNull
            @Size(min = 1, max = 2000)
            String url,

            @Schema(description = "The events to send") @NotEmpty @Size(max = 20)
            List<@NotNull WebhookEventType> eventTypes,

            @Schema(description = "A note for the receiver's operators; no personal data") @Size(max = 500)
            String description,

            @Schema(description = "Whether events are sent (default true); switching on again clears disabledReason")
            Boolean active) {}

    @Schema(
            name = "WebhookReplay",
            description = "Give exactly one: eventId (one event again) or since (every event from that instant)")
    public record Replay(
            @Schema(description = "The event to send again") UUID eventId,

            @Schema(description = "Send again every event the subscription would have received from this instant")
            Instant since) {}
}
