package org.mrc.casework.lifecycle.erasure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's request to have their data erased, as the caseworker who received it records it. Codes only. */
@Schema(name = "RequestErasure")
public record RequestErasure(
        @NotNull ErasureRequester requestedBy,
        @NotNull ErasureGround ground,

        @Schema(description = "When the request reached the centre") @NotNull @PastOrPresent
        LocalDate receivedOn) {}
