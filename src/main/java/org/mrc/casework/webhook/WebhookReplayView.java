package org.mrc.casework.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay queued. */
@Schema(name = "WebhookReplayResult")
public record WebhookReplayView(
        @Schema(description = "Deliveries queued") int queued) {}
