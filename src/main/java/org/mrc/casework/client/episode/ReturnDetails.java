package org.mrc.casework.client.episode;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What is recorded when an episode enters RETURN: the circumstance and whether the cycle was complete are
 * required; the return-readiness checklist and the intention are optional. UNDISCLOSED is always a valid
 * circumstance.
 */
@Schema(name = "ReturnDetails")
public record ReturnDetails(
        @NotNull @Schema(example = "FAMILY_DECISION") ReturnCircumstance circumstance,
        @NotNull @Schema(example = "INCOMPLETE") CycleCompleteness completeness,

        @Schema(description = "The return-readiness checklist; absent factors are NOT_RECORDED")
        ReturnReadiness readiness,

        @Schema(example = "STAY") ReturnIntention intention) {

    /** The checklist, every absent factor NOT_RECORDED. */
    ReturnReadiness answeredReadiness() {
        return readiness == null ? ReturnReadiness.NOT_RECORDED : ReturnReadiness.fromStored(readiness.stored());
    }
}
