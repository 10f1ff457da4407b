package org.mrc.casework.lifecycle.hold;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal hold to place on a client and everything linked to them, until {@code endsOn} (inclusive). */
@Schema(name = "PlaceLegalHold")
public record PlaceLegalHold(
        @NotNull LegalHoldReason reason,

        @NotNull @FutureOrPresent @Schema(description = "Last day of the hold, unless released earlier")
        LocalDate endsOn) {}
