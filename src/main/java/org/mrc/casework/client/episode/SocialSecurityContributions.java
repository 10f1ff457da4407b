package org.mrc.casework.client.episode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.validation.CountryCode;

/**
 * Social-security contributions paid during a journey leg, which the pension-portability services work from:
 * where, for how many years, under which scheme. Sensitive (S1) as a whole ({@link JourneyLegView#contributions()}).
 */
@Schema(name = "SocialSecurityContributions", description = "Contributions paid during the leg (S1)")
public record SocialSecurityContributions(
        @NotNull @CountryCode @Schema(example = "SA") String country,

        @DecimalMin("0")
        @DecimalMax("80")
        @Schema(description = "Years of contributions, to one decimal", example = "17")
        BigDecimal years,

        @Size(max = 200) @Schema(example = "GOSI") String scheme) {}
