package org.mrc.casework.client.episode;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The residence or work permit held during a journey leg: its type and validity. Highly sensitive (S2) as a whole
 * ({@link JourneyLegView#permit()}): only callers who see S2 receive it.
 */
@Schema(name = "ResidencePermit", description = "Residence or work permit held during the leg (S2)")
public record ResidencePermit(
        @NotNull @Schema(example = "RESIDENCE_AND_WORK") PermitType type,
        @Schema(example = "2003-04-01") LocalDate validFrom,
        @Schema(example = "2008-03-31") LocalDate validUntil) {}
