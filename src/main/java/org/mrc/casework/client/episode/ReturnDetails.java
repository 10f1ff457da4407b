package org.mrc.casework.client.episode;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What is recorded when an episode enters RETURN: the circumstance and whether the cycle was complete are
 * required; the preparedness answers are optional. UNDISCLOSED is always a valid circumstance.
 */
@Schema(name = "ReturnDetails")
public record ReturnDetails(
        @NotNull @Schema(example = "FAMILY_DECISION") ReturnCircumstance circumstance,
        @NotNull @Schema(example = "INCOMPLETE") CycleCompleteness completeness,

        @Schema(description = "The person had time to organise the return")
        Boolean hadTimeToPrepare,

        @Schema(description = "The return was supported by an institution or programme")
        Boolean institutionalAssistance,

        @Schema(description = "Savings or capital were accumulated abroad")
        Boolean capitalAccumulated,

        @Schema(description = "Social-protection rights were kept after the return")
        Boolean socialProtectionKept,

        @Schema(example = "STAY") ReturnIntention intention) {}
