package org.mrc.casework.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One status change: from what to what, by which kind of actor of which organisation, why, with what outcome. */
@Schema(name = "ReferralEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralEventView(
        UUID id,
        ReferralStatus from,
        ReferralStatus to,
        ReferralActor actor,

        @Schema(description = "The referring office or the partner organisation; absent for the service itself")
        UUID organisationId,

        ReferralReason reason,
        String reasonText,
        ReferralRequests.OutcomeReport outcome,
        Instant at) {}
